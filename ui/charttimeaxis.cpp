#include "charttimeaxis.h"

#include "analytics/operatingtime.h"
#include "metricchartbuilder.h"

#include <algorithm>
#include <cmath>

namespace Density {

namespace {

constexpr double Epsilon = 1e-6;

bool touches(double a, double b) {
    return std::abs(a - b) < Epsilon;
}

} // namespace

ChartTimeAxis ChartTimeAxis::identity(double from, double to) {
    ChartTimeAxis axis;
    axis.m_segments.append({from, std::max(to, from + Epsilon), from});
    return axis;
}

ChartTimeAxis ChartTimeAxis::make(double wallFrom, double wallTo, TimeResolution resolution,
                                  const std::optional<OperatingHours> &hours) {
    const bool byHours = resolution == TimeResolution::Minute ||
                         resolution == TimeResolution::TenMinute ||
                         resolution == TimeResolution::Hour;
    const bool byDays = resolution == TimeResolution::Day;
    ChartRanges kept;
    if (hours && hours->isValid() && (byHours || byDays)) {
        const QDate last = MetricChartBuilder::wallTime(wallTo).date();
        for (QDate day = MetricChartBuilder::wallTime(wallFrom).date(); day <= last;
             day = day.addDays(1)) {
            if (!hours->days.contains(OperatingTime::apiWeekday(day)))
                continue;
            const double midnight =
                MetricChartBuilder::wallHours(QDateTime(day, QTime(0, 0), QTimeZone::utc()));
            const double from = std::max(wallFrom, midnight + (byHours ? hours->startHour : 0));
            const double to = std::min(wallTo, midnight + (byHours ? hours->endHour : 24));
            if (to <= from)
                continue;
            if (!kept.isEmpty() && touches(kept.last().second, from))
                kept.last().second = to;
            else
                kept.append({from, to});
        }
    }
    if (kept.isEmpty())
        return identity(wallFrom, wallTo);
    ChartTimeAxis axis;
    double length = 0;
    for (const auto &[from, to] : std::as_const(kept))
        length += to - from;
    axis.m_seam = 0.06 * length / double(kept.size());
    double x = 0;
    for (const auto &[from, to] : std::as_const(kept)) {
        axis.m_segments.append({from, to, x});
        x += to - from + axis.m_seam;
    }
    return axis;
}

double ChartTimeAxis::toX(double wall) const {
    if (m_segments.isEmpty())
        return wall;
    const auto it =
        std::upper_bound(m_segments.begin(), m_segments.end(), wall,
                         [](double value, const Segment &s) { return value < s.wallFrom; });
    if (it == m_segments.begin())
        return m_segments.first().xFrom;
    const Segment &segment = *(it - 1);
    if (wall <= segment.wallTo + Epsilon)
        return segment.xFrom + (std::min(wall, segment.wallTo) - segment.wallFrom);
    if (it == m_segments.end())
        return segment.xTo();
    return segment.xTo() + m_seam / 2; // time cut out: the middle of its seam
}

} // namespace Density
