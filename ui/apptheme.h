#pragma once

#include "appsettings.h"

#include <QPalette>

class QChart;

//! Light, dark or the platform's look, for the whole application at once. Light and dark use
//! the Fusion style (the native Windows and macOS styles ignore most palette colours); the
//! system choice puts the platform style and palette back. Widgets get QEvent::PaletteChange;
//! code that caches colours (charts) should re-read them then, or on AppSettings::themeChanged.
namespace Density::AppTheme {

QPalette lightPalette();
QPalette darkPalette();
//! Sets the style and QApplication's palette. Returns whether the result is dark.
bool apply(Preferences::Theme theme);
//! Colours a Qt Charts chart from `palette` (background, plot area, axes, grid, legend, title)
//! without touching series colours, which the charts choose. QChart's own themes would reset
//! those; call this at construction and on QEvent::PaletteChange.
void styleChart(QChart *chart, const QPalette &palette);
//! Red for inline error messages that stays readable (4.5:1 or better) on the palette's window.
QColor errorTextColour(const QPalette &palette);
//! Amber for warnings (and "degraded"), 4.5:1 or better on the palette's window and base.
QColor warningTextColour(const QPalette &palette);
//! WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
//! Dark means the window background is darker than its text (also for a dark system theme).
bool isDark(const QPalette &palette);

} // namespace Density::AppTheme
