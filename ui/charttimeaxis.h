#pragma once

#include "model/query.h"

#include <QList>
#include <optional>

namespace Density {

//! The x axis of a time chart. Positions start from *local wall-clock* hours (a key's own date
//! and time read as if it were UTC, in hours since 1970), so compared spaces in different zones
//! line up by their own 09:00 and labels are the space's local time on any machine. Time
//! outside the operating hours is cut out, leaving a narrow seam: a week of office hours fills
//! the chart instead of five slivers between nights and a weekend, and the seams keep days
//! apart (a line never runs across one).
class ChartTimeAxis {
public:
    //! A kept stretch, in wall hours, and where it starts on the axis.
    struct Segment {
        double wallFrom = 0;
        double wallTo = 0;
        double xFrom = 0;
        double xTo() const { return xFrom + (wallTo - wallFrom); }
    };

    //! The identity over [from, to]: index axes (weekday, hour of day) and all-hours charts.
    static ChartTimeAxis identity(double from, double to);
    //! [wallFrom, wallTo] without the time outside `hours`, for resolutions that can show it
    //! (hourly and finer: the hours; daily: the days). Coarser resolutions keep everything.
    static ChartTimeAxis make(double wallFrom, double wallTo, TimeResolution resolution,
                              const std::optional<OperatingHours> &hours);

    double toX(double wall) const;
    double xMin() const { return m_segments.isEmpty() ? 0 : m_segments.first().xFrom; }
    double xMax() const { return m_segments.isEmpty() ? 1 : m_segments.last().xTo(); }
    bool isCompressed() const { return m_segments.size() > 1; }
    const QList<Segment> &segments() const { return m_segments; }

private:
    QList<Segment> m_segments;
    double m_seam = 0;
};

} // namespace Density
