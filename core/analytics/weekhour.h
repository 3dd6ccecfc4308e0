#pragma once

#include "model/metrics.h"

#include <QDateTime>
#include <QTimeZone>
#include <array>
#include <optional>
#include <utility>

namespace Density {

//! A "typical week": 7 weekdays x 24 local hours, each cell the mean over every week of the
//! buckets that fell into it. A cell with no samples has no value, which is not 0: a room
//! nobody entered on Tuesdays at 10 reads 0, a room whose sensor was offline reads "no data".
//! Days use the API's numbering (0 = Sunday); the Monday-first helpers are for display.
//! (The heatmap widget has its own input type, HeatmapGrid; an adapter joins the two.)
struct WeekHourMatrix {
    static constexpr int Days = 7;
    static constexpr int Hours = 24;

    struct Cell {
        std::optional<double> value; //!< mean of the samples; nullopt = no data
        int samples = 0;
    };

    std::array<std::array<Cell, Hours>, Days> cells{}; //!< [weekday, 0 = Sunday][local hour]
    //! Colour-scale bounds: percentiles of the cell values (see WeekHourOptions), so one
    //! exceptional hour does not wash every other cell out. nullopt when no cell has a value.
    std::optional<double> scaleMin;
    std::optional<double> scaleMax;
    int bucketsUsed = 0;    //!< buckets that went into a cell
    int bucketsSkipped = 0; //!< no data (missing, offline, future) or a key that is no timestamp
    int weeks = 0;          //!< distinct local weeks (Sunday to Saturday) that contributed

    //! Out-of-range coordinates read as an empty cell.
    const Cell &cell(int weekday, int hour) const;
    //! The value's position on the scale, clamped to [0, 1]; nullopt for no data. Equal bounds
    //! fall back to the data's own range, anchored at 0 for a flat week (all-zero = 0, flat
    //! busy = 1), never a uniform mid colour: HeatmapGrid's rule (see heatmapadapter.h).
    std::optional<double> scaleFraction(int weekday, int hour) const;

    //! Monday-first display rows: row 0 = Monday (API day 1) ... row 6 = Sunday (API day 0).
    static int weekdayForMondayFirstRow(int row) { return (row + 1) % Days; }
    static int mondayFirstRow(int weekday) { return (weekday + Days - 1) % Days; }
};

enum class WeekHourMetric { OccupancyAvg, OccupancyMax, UtilizationAvg, TimeUsedShare };

struct WeekHourOptions {
    WeekHourMetric metric = WeekHourMetric::OccupancyAvg;
    double lowPercentile = 5;      //!< scaleMin
    double highPercentile = 95;    //!< scaleMax
    bool includeLowQuality = true; //!< up_time <= 0.8 buckets still carry (partial) counts
    QDateTime now;                 //!< optional; buckets starting at or after it are skipped
};

namespace WeekHours {

//! Builds the matrix from hourly (or finer) buckets with timestamp keys. Each key is read as an
//! instant and placed by its weekday and hour in `zone`, the space's own: DST days put both
//! 01:00 buckets of an autumn night into hour 1 and give spring's missing hour no sample.
//! An invalid zone falls back to each key's own offset.
WeekHourMatrix build(const MetricSeries &buckets, const QTimeZone &zone,
                     const WeekHourOptions &options = {});

//! The p-th percentile (0..100) by linear interpolation between closest ranks (the common
//! "type 7" definition, numpy's default); nullopt for no values.
std::optional<double> percentile(QList<double> values, double p);

//! (weekday 0 = Sunday, local hour) of an instant in the zone: the "now" marker's cell.
std::pair<int, int> cellAt(const QDateTime &instant, const QTimeZone &zone);

} // namespace WeekHours
} // namespace Density
