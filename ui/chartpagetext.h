#pragma once

#include "chartdatasource.h"
#include "metricchartbuilder.h"

#include <QColor>
#include <QLocale>

//! The words around a chart: the time-basis header, bucket names for tooltips and legend
//! swatches. Kept apart from the page so each reads in one place.
namespace Density::ChartPageText {

//! "Mon 16 Nov – Sun 22 Nov 2026, hourly · Operating hours: Mon–Fri 08:00–18:00 · Time zone:
//! America/New_York (the space's own)". Several zones are named, and a UTC fallback is said.
QString header(const ChartDataSource::Request &request, const QLocale &locale);

//! The period of a bucket as people say it: "Tue 24 Nov 2026, 09:00–10:00", "Week from Mon 23
//! Nov 2026", "Every Monday", "09:00–10:00, every day"...
QString bucketTime(const ChartBucket &bucket, TimeResolution resolution, const QLocale &locale);

//! Rich-text legend pieces: a coloured swatch and an escaped text, kept together when the
//! legend wraps.
enum class Swatch { Solid, Line, Dashed, Hatched, Marker };
QString legendEntry(Swatch swatch, const QColor &colour, const QString &text);

//! A number with `decimals` in `locale`, and "42%" for a ratio.
QString number(double value, int decimals, const QLocale &locale);
QString percent(double ratio, const QLocale &locale);

} // namespace Density::ChartPageText
