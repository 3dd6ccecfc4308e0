#pragma once

#include <QCoreApplication>
#include <QLabel>
#include <QLayout>
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

//! "QLabel \"Display id:\"" or "QLineEdit displayId": enough to find a widget again.
inline QString describeWidget(const QWidget *widget) {
    QString what = QString::fromLatin1(widget->metaObject()->className());
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return what + QStringLiteral(" \"%1\"").arg(label->text().left(40));
    if (!widget->objectName().isEmpty())
        what += QLatin1Char(' ') + widget->objectName();
    return what;
}

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

//! clippedLabels(), and also word-wrapped labels lower than their lines need at their width.
inline QStringList cutOffLabels(const QWidget *root) {
    QStringList cut = clippedLabels(root);
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisible() || label->text().isEmpty() || !label->wordWrap())
            continue;
        const int needs = label->heightForWidth(label->width());
        if (label->height() + 1 < needs)
            cut.append(QStringLiteral("%1 (height %2 < %3)")
                           .arg(label->text().left(60))
                           .arg(label->height())
                           .arg(needs));
    }
    return cut;
}

//! True when `widget` is placed by `layout` or by a layout nested in it.
inline bool placedBy(const QLayout *layout, const QWidget *widget) {
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget)
            return true;
        if (item->layout() && placedBy(item->layout(), widget))
            return true;
    }
    return false;
}

//! Visible sibling widgets that a layout placed on top of each other: what a layout squeezed
//! below its minimum size does (every wrapped line then overlaps the next row).
inline QStringList overlappingWidgets(const QWidget *root) {
    QStringList overlaps;
    QList<const QWidget *> parents{root};
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (const QWidget *widget : all)
        parents.append(widget);
    for (const QWidget *parent : std::as_const(parents)) {
        const QLayout *layout = parent->layout();
        if (!layout || !parent->isVisible())
            continue;
        QList<const QWidget *> placed;
        for (const QObject *child : parent->children()) {
            const auto *widget = qobject_cast<const QWidget *>(child);
            if (widget && widget->isVisible() && !widget->isWindow() && placedBy(layout, widget))
                placed.append(widget);
        }
        for (int i = 0; i < placed.size(); ++i) {
            for (int j = i + 1; j < placed.size(); ++j) {
                const QRect both = placed[i]->geometry() & placed[j]->geometry();
                if (both.width() > 1 && both.height() > 1)
                    overlaps.append(QStringLiteral("%1 and %2 in %3")
                                        .arg(describeWidget(placed[i]), describeWidget(placed[j]),
                                             describeWidget(parent)));
            }
        }
    }
    return overlaps;
}
