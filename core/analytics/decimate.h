#pragma once

#include <QList>
#include <QPointF>

//! Chart decimation. A year of hourly data is 8,760 points for a chart a thousand pixels wide;
//! drawing them all is slow and shows nothing more. Averaging them away would hide exactly the
//! peaks people look for, so each pixel column keeps its lowest and its highest point.
namespace Density::Decimation {

//! Min-max decimation to at most `maxPoints` points (at least 4 for any reduction to happen):
//! the first and last points, and for each of (maxPoints - 2) / 2 equal x-columns between them
//! its minimum and maximum in x order. The global peak and trough are always kept. Input must
//! be sorted by x; points with a non-finite y cannot be drawn and are dropped. Returns the
//! input unchanged when it is already small enough.
QList<QPointF> minMax(const QList<QPointF> &points, int maxPoints);

} // namespace Density::Decimation
