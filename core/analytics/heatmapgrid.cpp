#include "heatmapgrid.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace Density {

namespace {

//! RFC 4180 §2.6/2.7: quote a field holding a comma, quote, CR or LF and double its quotes.
QString csvField(const QString &text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void appendCsvRow(QByteArray &out, const QStringList &fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    out += quoted.join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
}

} // namespace

bool HeatmapGrid::inRange(int day, int hour) {
    return day >= 0 && day < DayCount && hour >= 0 && hour < HourCount;
}

std::optional<double> HeatmapGrid::value(int day, int hour) const {
    if (!inRange(day, hour))
        return std::nullopt;
    return m_cells[std::size_t(day * HourCount + hour)].value;
}

int HeatmapGrid::sampleCount(int day, int hour) const {
    if (!inRange(day, hour))
        return 0;
    return m_cells[std::size_t(day * HourCount + hour)].samples;
}

void HeatmapGrid::setValue(int day, int hour, std::optional<double> value, int samples) {
    if (!inRange(day, hour))
        return;
    //! A NaN or infinity would poison the scale and has no colour; it can only come from a
    //! division by zero upstream, which means "no data" here.
    if (value && !std::isfinite(*value))
        value.reset();
    m_cells[std::size_t(day * HourCount + hour)] = Cell{value, std::max(samples, 0)};
}

bool HeatmapGrid::isEmpty() const {
    return std::none_of(m_cells.begin(), m_cells.end(),
                        [](const Cell &cell) { return cell.value.has_value(); });
}

void HeatmapGrid::setScale(double minimum, double maximum) {
    m_scaleMin = minimum;
    m_scaleMax = maximum;
}

std::pair<double, double> HeatmapGrid::dataRange() const {
    bool any = false;
    double low = 0.0;
    double high = 0.0;
    for (const Cell &cell : m_cells) {
        if (!cell.value)
            continue;
        low = any ? std::min(low, *cell.value) : *cell.value;
        high = any ? std::max(high, *cell.value) : *cell.value;
        any = true;
    }
    return {low, high};
}

std::pair<double, double> HeatmapGrid::effectiveScale() const {
    if (std::isfinite(m_scaleMin) && std::isfinite(m_scaleMax) && m_scaleMax > m_scaleMin)
        return {m_scaleMin, m_scaleMax};
    const auto [low, high] = dataRange();
    if (high > low)
        return {low, high};
    //! Every value equal: anchor the scale at zero so a flat non-zero week does not read as
    //! empty, and an all-zero week stays the lightest colour.
    if (low < 0.0)
        return {low, 0.0};
    if (high > 0.0)
        return {0.0, high};
    return {0.0, 1.0};
}

std::optional<double> HeatmapGrid::fraction(int day, int hour) const {
    const std::optional<double> v = value(day, hour);
    if (!v)
        return std::nullopt;
    const auto [low, high] = effectiveScale();
    return std::clamp((*v - low) / (high - low), 0.0, 1.0);
}

bool HeatmapGrid::clampsBelow() const {
    const double low = effectiveScale().first;
    return std::any_of(m_cells.begin(), m_cells.end(),
                       [low](const Cell &cell) { return cell.value && *cell.value < low; });
}

bool HeatmapGrid::clampsAbove() const {
    const double high = effectiveScale().second;
    return std::any_of(m_cells.begin(), m_cells.end(),
                       [high](const Cell &cell) { return cell.value && *cell.value > high; });
}

int HeatmapGrid::dayForRow(int row) const {
    const int clamped = std::clamp(row, 0, DayCount - 1);
    return m_weekStartsMonday ? (clamped + 1) % DayCount : clamped;
}

int HeatmapGrid::rowForDay(int day) const {
    const int clamped = std::clamp(day, 0, DayCount - 1);
    return m_weekStartsMonday ? (clamped + DayCount - 1) % DayCount : clamped;
}

int HeatmapGrid::toQtDayOfWeek(int day) {
    return day == 0 ? 7 : std::clamp(day, 1, 6);
}

int HeatmapGrid::fromQtDayOfWeek(int qtDay) {
    return qtDay == 7 ? 0 : std::clamp(qtDay, 1, 6);
}

QByteArray HeatmapGrid::toCsv(CsvField field) const {
    const QLocale c = QLocale::c();
    QByteArray out;
    QStringList header{QStringLiteral("weekday")};
    for (int hour = 0; hour < HourCount; ++hour)
        header.append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    appendCsvRow(out, header);

    for (int row = 0; row < DayCount; ++row) {
        const int day = dayForRow(row);
        QStringList fields{c.dayName(toQtDayOfWeek(day), QLocale::LongFormat)};
        for (int hour = 0; hour < HourCount; ++hour) {
            if (field == CsvField::Samples) {
                fields.append(QString::number(sampleCount(day, hour)));
                continue;
            }
            const std::optional<double> v = value(day, hour);
            //! 'f' with the shortest round-trip digits: exact, and never an exponent that a
            //! spreadsheet might read as text.
            fields.append(v ? QString::number(*v, 'f', QLocale::FloatingPointShortest) : QString());
        }
        appendCsvRow(out, fields);
    }
    return out;
}

bool HeatmapGrid::operator==(const HeatmapGrid &other) const {
    return m_cells == other.m_cells && m_scaleMin == other.m_scaleMin &&
           m_scaleMax == other.m_scaleMax && m_unit == other.m_unit &&
           m_timeZone == other.m_timeZone && m_weekStartsMonday == other.m_weekStartsMonday;
}

} // namespace Density
