#include "heatmapadapter.h"

#include <QCoreApplication>

namespace Density::HeatmapAdapter {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Density::HeatmapAdapter", text);
}

} // namespace

QString unit(WeekHourMetric metric) {
    switch (metric) {
    case WeekHourMetric::OccupancyAvg:
        return tr("average people");
    case WeekHourMetric::OccupancyMax:
        return tr("people at peak");
    case WeekHourMetric::UtilizationAvg:
        return tr("% of capacity");
    case WeekHourMetric::TimeUsedShare:
        return tr("% of the hour in use");
    }
    return {};
}

QString definition(WeekHourMetric metric) {
    switch (metric) {
    case WeekHourMetric::OccupancyAvg:
        return tr("Average occupancy: people present on average during the hour.");
    case WeekHourMetric::OccupancyMax:
        return tr("Peak occupancy: the most people present at once during the hour.");
    case WeekHourMetric::UtilizationAvg:
        return tr("Average utilization: average occupancy as a percentage of the space's "
                  "capacity.");
    case WeekHourMetric::TimeUsedShare:
        return tr("Share of time used: the percentage of the hour in which at least one person "
                  "was present.");
    }
    return {};
}

QString metricName(WeekHourMetric metric) {
    switch (metric) {
    case WeekHourMetric::OccupancyAvg:
        return tr("Average occupancy");
    case WeekHourMetric::OccupancyMax:
        return tr("Peak occupancy");
    case WeekHourMetric::UtilizationAvg:
        return tr("Average utilization");
    case WeekHourMetric::TimeUsedShare:
        return tr("Share of time used");
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
