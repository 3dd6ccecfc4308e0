#pragma once

#include "analytics/metricrules.h"

#include <QColor>
#include <QString>

//! The colours of the chart pages in one place, so the legend, the chart and the summary cards
//! agree. Lines use the Okabe–Ito palette (distinguishable with the common colour-vision
//! deficiencies); shading uses hatches as well as colour, so "offline" and "missing" differ
//! in a greyscale print too.
namespace Density::ChartPalette {

//! Up to 8 compared spaces; repeats after that.
QColor spaceColour(int index);

//! Kinds of shading over stretches of time. Zero use has none: it is good data at 0.
enum class Shade { LowQuality, Offline, Missing, Pending };
QColor shadeColour(Shade shade);
Qt::BrushStyle shadeBrush(Shade shade);
//! Legend text ("Low quality (sensors online 80% or less)"), translated.
QString shadeName(Shade shade);
//! The shade of a bucket's quality, if it is shaded at all.
std::optional<Shade> shadeFor(MetricRules::DataQuality quality);

//! Background of a utilization band (Under, Within, Over).
QColor bandColour(MetricRules::UtilizationBand band);

} // namespace Density::ChartPalette
