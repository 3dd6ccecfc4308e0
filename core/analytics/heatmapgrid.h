#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace Density {

//! What the Patterns view paints: a "typical week", 7 weekdays x 24 local hours, each cell
//! holding a value merged over many weeks (or nothing) and how many samples went into it.
//! A plain value type with no widgets, so the builder in core/analytics and the CSV export
//! can produce and test it without a screen.
//!
//! Days use the API's numbering (0 = Sunday ... 6 = Saturday, as in operating hours), so the
//! producer never converts; only the display order depends on weekStartsMonday().
//!
//! Cells use std::optional, not Nullable<T>: a heatmap cell is either a number or "no data";
//! the API's null-vs-missing distinction has already been resolved by the producer.
class HeatmapGrid {
public:
    static constexpr int DayCount = 7;
    static constexpr int HourCount = 24;

    //! day: 0 = Sunday ... 6 = Saturday; hour: 0 ... 23 in the space's local time.
    //! Out-of-range coordinates read as "no data" and are ignored on write.
    //! sampleCount() is how many weeks contributed to the cell; the tooltip says "12 weeks".
    //! (With hourly buckets that is WeekHourMatrix's per-cell sample count; finer buckets
    //! need dividing by buckets per hour first.)
    std::optional<double> value(int day, int hour) const;
    int sampleCount(int day, int hour) const;
    bool hasValue(int day, int hour) const { return value(day, hour).has_value(); }
    //! Sets a cell; std::nullopt marks it "no data" (grey), which is not the same as 0.
    void setValue(int day, int hour, std::optional<double> value, int samples = 0);
    //! True when no cell holds a value.
    bool isEmpty() const;

    //! The colour scale's bounds, chosen by the producer (e.g. 5th/95th percentiles) so one
    //! outlier hour does not wash every other cell out. Values outside are clamped.
    double scaleMin() const { return m_scaleMin; }
    double scaleMax() const { return m_scaleMax; }
    void setScale(double minimum, double maximum);
    //! The bounds actually used: the producer's when scaleMax > scaleMin, else the data's own
    //! range (anchored at 0 when every value is equal) so a grid is always paintable. Equal
    //! percentile bounds are common (a room used two hours a week has p5 = p95 = 0); falling
    //! back to the data keeps its zero hours lightest and its used hours visible.
    std::pair<double, double> effectiveScale() const;
    //! Position of a cell on the scale, clamped to [0, 1]; nullopt for "no data".
    std::optional<double> fraction(int day, int hour) const;
    //! Whether some value lies below / above the effective scale (the legend then reads
    //! "≤ min" / "≥ max" so clamped cells are not mistaken for exact readings).
    bool clampsBelow() const;
    bool clampsAbove() const;

    //! Legend and tooltip unit, already translated by the producer ("average people",
    //! "% time used").
    QString unit() const { return m_unit; }
    void setUnit(const QString &unit) { m_unit = unit; }

    //! IANA id of the space's time zone the hours are in (e.g. "Europe/Paris"); empty if
    //! unknown. Shown next to the chart and used to place the "now" marker.
    QString timeZone() const { return m_timeZone; }
    void setTimeZone(const QString &timeZone) { m_timeZone = timeZone; }

    //! Display order only: Monday first (the default, ISO 8601) or Sunday first.
    bool weekStartsMonday() const { return m_weekStartsMonday; }
    void setWeekStartsMonday(bool mondayFirst) { m_weekStartsMonday = mondayFirst; }
    //! The API day (0 = Sunday) shown in display row `row` (0 ... 6), and back.
    int dayForRow(int row) const;
    int rowForDay(int day) const;

    //! Converts API day numbering to Qt::DayOfWeek (1 = Monday ... 7 = Sunday) and back.
    static int toQtDayOfWeek(int day);
    static int fromQtDayOfWeek(int qtDay);

    enum class CsvField { Value, Samples };
    //! RFC 4180 CSV (CRLF line ends, quoting where needed): a header row
    //! "weekday,00:00,...,23:00", then one row per weekday in display order named in English
    //! (exports are data, read back by scripts, so they do not follow the UI language).
    //! Values are written in the C locale with the shortest exact form; "no data" is empty.
    //! Provenance (unit, time zone, range...) is the export writer's header comment.
    QByteArray toCsv(CsvField field = CsvField::Value) const;

    bool operator==(const HeatmapGrid &other) const;
    bool operator!=(const HeatmapGrid &other) const { return !(*this == other); }

private:
    struct Cell {
        std::optional<double> value;
        int samples = 0;
        bool operator==(const Cell &other) const {
            return value == other.value && samples == other.samples;
        }
    };
    static bool inRange(int day, int hour);
    std::pair<double, double> dataRange() const;

    std::array<Cell, DayCount * HourCount> m_cells{};
    double m_scaleMin = 0.0;
    double m_scaleMax = 0.0;
    QString m_unit;
    QString m_timeZone;
    bool m_weekStartsMonday = true;
};

} // namespace Density
