#include "apptheme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QSet>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace Density::AppTheme {
namespace {

const QString &platformStyleName() {
    // Taken before the first change, so "follow the system" can put it back.
    static const QString name = QApplication::style() ? QApplication::style()->name() : QString();
    return name;
}

void useStyle(const QString &name) {
    QStyle *current = QApplication::style();
    if (name.isEmpty() || (current && current->name().compare(name, Qt::CaseInsensitive) == 0))
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

QPalette lightPalette() {
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    delete fusion;
    // Fusion's own colours, darkened just enough for WCAG AA on white and on the #efefef
    // window (tst_accessibility): its highlight (#308cc6) gives white text 3.7:1, its
    // placeholder (black at half alpha) 3.9:1, its visited links (magenta) 3.1:1, and its
    // disabled text (#bebebe) 1.6:1, too faint to read a greyed-out value at all.
    const QColor disabledHighlight = palette.color(QPalette::Disabled, QPalette::Highlight);
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x76, 0xad)); // 4.9:1 with white
    palette.setColor(QPalette::Disabled, QPalette::Highlight, disabledHighlight);
    palette.setColor(QPalette::PlaceholderText, QColor(0x66, 0x66, 0x66)); // 5.0:1 on window
    palette.setColor(QPalette::LinkVisited, QColor(0x7b, 0x1f, 0xa2));     // 8.2:1 on white
    const QColor disabledText(0x87, 0x87, 0x87); // 3.1:1 on window: plainly off, still legible
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

QPalette darkPalette() {
    // Contrast: body text #e8e8e8 on #2b2b2b is about 11:1, the placeholder grey about 4.6:1
    // (WCAG AA); links and highlights are lightened blues that stay readable on the dark base.
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor button(0x35, 0x35, 0x35);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette(text, button, QColor(0x4a, 0x4a, 0x4a), QColor(0x18, 0x18, 0x18),
                     QColor(0x28, 0x28, 0x28), text, QColor(0xff, 0xff, 0xff), base, window);
    palette.setColor(QPalette::AlternateBase, QColor(0x29, 0x29, 0x29));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9c, 0x9c, 0x9c));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::HighlightedText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

bool apply(Preferences::Theme theme) {
    platformStyleName();
    switch (theme) {
    case Preferences::Theme::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Preferences::Theme::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    case Preferences::Theme::System:
        useStyle(platformStyleName());
        // A palette with nothing set hands every role back to the platform theme and style.
        QApplication::setPalette(QPalette());
        break;
    }
    // Top-level windows get the change posted; deliver it now, so every widget shows the new
    // colours by the time the caller (and AppSettings::themeChanged) hears about it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
    // A widget with a style sheet (banners, notices, legends) has its palette fixed when it is
    // polished and ignores the application's new one: its text would stay black on dark.
    // Their children are styled by the same sheet, so they are polished again as well.
    const QList<QWidget *> widgets = QApplication::allWidgets();
    QSet<QWidget *> repolish;
    for (QWidget *widget : widgets) {
        if (widget->styleSheet().isEmpty())
            continue;
        repolish.insert(widget);
        const QList<QWidget *> children = widget->findChildren<QWidget *>();
        for (QWidget *child : children)
            repolish.insert(child);
    }
    for (QWidget *widget : std::as_const(repolish)) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
        widget->update();
    }
    return isDark(QApplication::palette());
}

void styleChart(QChart *chart, const QPalette &palette) {
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(isDark(palette) ? 160 : 110);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(muted);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

QColor errorTextColour(const QPalette &palette) {
    return isDark(palette) ? QColor(0xff, 0x8a, 0x7a) : QColor(0xb0, 0x2a, 0x1f);
}

QColor warningTextColour(const QPalette &palette) {
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x8a, 0x55, 0x00);
}

double contrastRatio(const QColor &a, const QColor &b) {
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double c) {
            return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        const QColor rgb = colour.toRgb();
        return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
               0.0722 * channel(rgb.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

} // namespace Density::AppTheme
