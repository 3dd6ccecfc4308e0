#pragma once

#include <QCoreApplication>
#include <QLabel>
#include <QStringList>
#include <QTranslator>

//! Layout checks shared by the widget tests: a translator that makes every string longer than
//! German would, and the labels a layout cut short.

//! Every string of four or more characters doubled ("Apply Apply").
class PseudoTranslator : public QTranslator {
public:
    struct Options {
        //! Date and number patterns must stay patterns.
        bool keepTimeBasis = false;
        //! Strings with %1 placeholders stay as they are (a doubled "%1" would fill twice).
        bool keepPlaceholders = false;
    };

    PseudoTranslator()
        : PseudoTranslator(Options{}) {}
    explicit PseudoTranslator(Options options)
        : m_options(options) {}

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *,
                      int) const override {
        const QString source = QString::fromUtf8(sourceText);
        if (source.size() < 4 ||
            (m_options.keepTimeBasis && QByteArray(context) == "Density::TimeBasis") ||
            (m_options.keepPlaceholders && source.contains(QLatin1Char('%'))))
            return source;
        return source + QLatin1Char(' ') + source;
    }

private:
    Options m_options;
};

//! Visible single-line labels narrower than their text: "text (width < needed)".
inline QStringList clippedLabels(const QWidget *root) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // settle layouts first
    QStringList clipped;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisible() || label->text().isEmpty() || label->wordWrap() ||
            !label->pixmap().isNull())
            continue;
        if (label->width() + 1 < label->sizeHint().width())
            clipped.append(QStringLiteral("%1 (%2 < %3)")
                               .arg(label->text())
                               .arg(label->width())
                               .arg(label->sizeHint().width()));
    }
    return clipped;
}
