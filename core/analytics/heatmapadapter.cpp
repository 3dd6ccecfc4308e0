#include "heatmapadapter.h"

#include <QCoreApplication>

namespace Density::HeatmapAdapter {
namespace {

//! tr() for this file's free functions, in a context lupdate can see (a plain wrapper around
//! QCoreApplication::translate() would be filed under the wrong context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Density::HeatmapAdapter)
};

} // namespace

QString unit(WeekHourMetric metric) {
    switch (metric) {
    case WeekHourMetric::OccupancyAvg:
        return Tr::tr("average people");
    case WeekHourMetric::OccupancyMax:
        return Tr::tr("people at peak");
    case WeekHourMetric::UtilizationAvg:
        return Tr::tr("% of capacity");
    case WeekHourMetric::TimeUsedShare:
        return Tr::tr("% of the hour in use");
    }
    return {};
}

QString definition(WeekHourMetric metric) {
    switch (metric) {
    case WeekHourMetric::OccupancyAvg:
        return Tr::tr("Average occupancy: people present on average during the hour.");
    case WeekHourMetric::OccupancyMax:
        return Tr::tr("Peak occupancy: the most people present at once during the hour.");
    case WeekHourMetric::UtilizationAvg:
        return Tr::tr("Average utilization: average occupancy as a percentage of the space's "
                      "capacity.");
    case WeekHourMetric::TimeUsedShare:
        return Tr::tr("Share of time used: the percentage of the hour in which at least one person "
                      "was present.");
    }
    return {};
}

QString metricName(WeekHourMetric metric) {
    switch (metric) {
    case WeekHourMetric::OccupancyAvg:
        return Tr::tr("Average occupancy");
    case WeekHourMetric::OccupancyMax:
        return Tr::tr("Peak occupancy");
    case WeekHourMetric::UtilizationAvg:
        return Tr::tr("Average utilization");
    case WeekHourMetric::TimeUsedShare:
        return Tr::tr("Share of time used");
    }
    return {};
}

double displayFactor(WeekHourMetric metric) {
    return metric == WeekHourMetric::UtilizationAvg || metric == WeekHourMetric::TimeUsedShare
               ? 100.0
               : 1.0;
}

HeatmapGrid toGrid(const WeekHourMatrix &matrix, WeekHourMetric metric, const QString &timeZone) {
    const double factor = displayFactor(metric);
    HeatmapGrid grid;
    for (int day = 0; day < WeekHourMatrix::Days; ++day) {
        for (int hour = 0; hour < WeekHourMatrix::Hours; ++hour) {
            const WeekHourMatrix::Cell &cell = matrix.cell(day, hour);
            const std::optional<double> value =
                cell.value ? std::optional<double>(*cell.value * factor) : std::nullopt;
            grid.setValue(day, hour, value, cell.samples);
        }
    }
    //! Equal bounds are passed on as they are: HeatmapGrid's fallback (see the header) decides.
    if (matrix.scaleMin && matrix.scaleMax)
        grid.setScale(*matrix.scaleMin * factor, *matrix.scaleMax * factor);
    grid.setUnit(unit(metric));
    grid.setTimeZone(timeZone);
    return grid;
}

} // namespace Density::HeatmapAdapter
