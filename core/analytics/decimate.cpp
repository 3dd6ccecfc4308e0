#include "decimate.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Density::Decimation {

QList<QPointF> minMax(const QList<QPointF> &input, int maxPoints) {
    QList<QPointF> points;
    points.reserve(input.size());
    for (const QPointF &p : input) {
        if (std::isfinite(p.y()) && std::isfinite(p.x()))
            points.append(p);
    }
    const qsizetype n = points.size();
    if (n <= maxPoints || maxPoints < 4)
        return points;

    const qsizetype columns = (maxPoints - 2) / 2;
    const double x0 = points.first().x();
    const double span = points.last().x() - x0;
    // Column of an interior point: by x, so gaps in time stay gaps; by index if x is flat.
    const auto columnOf = [&](qsizetype i) {
        const double t = span > 0 ? (points.at(i).x() - x0) / span : double(i) / double(n - 1);
        return std::clamp(qsizetype(t * double(columns)), qsizetype(0), columns - 1);
    };

    constexpr qsizetype None = -1;
    std::vector<qsizetype> lowest(size_t(columns), None);
    std::vector<qsizetype> highest(size_t(columns), None);
    for (qsizetype i = 1; i + 1 < n; ++i) {
        const auto c = size_t(columnOf(i));
        if (lowest[c] == None || points.at(i).y() < points.at(lowest[c]).y())
            lowest[c] = i;
        if (highest[c] == None || points.at(i).y() > points.at(highest[c]).y())
            highest[c] = i;
    }

    QList<QPointF> result;
    result.reserve(2 + 2 * columns);
    result.append(points.first());
    for (size_t c = 0; c < size_t(columns); ++c) {
        if (lowest[c] == None)
            continue;
        const qsizetype a = std::min(lowest[c], highest[c]);
        const qsizetype b = std::max(lowest[c], highest[c]);
        result.append(points.at(a));
        if (b != a)
            result.append(points.at(b));
    }
    result.append(points.last());
    return result;
}

} // namespace Density::Decimation
