#pragma once

#include "simbuckets.h"
#include "simhttp.h"
#include "simtime.h"

#include <QJsonObject>
#include <QVector>

#include <optional>

namespace Density::Sim {

class SimStore;
class SimZone;

//! Request-body parsing shared by the routes. Every function returns nullopt after filling
//! `error` with the 400/404 answer naming the exact rule broken (REFERENCE §12).
namespace SimValidation {

//! JSON object body. An empty body is {} unless `required`.
std::optional<QJsonObject> jsonBody(const SimRequest &request, bool required, SimResponse &error);

//! Optional array of strings (absent or null => empty list).
std::optional<QStringList> stringList(const QJsonObject &body, const QString &field,
                                      SimResponse &error);

//! Optional list of known space ids (unknown => 404).
std::optional<QVector<int>> spaceIds(const SimStore &store, const QJsonObject &body,
                                     const QString &field, SimResponse &error);

//! Required start_date / end_date: missing, date-only, unparsable and start > end => 400.
struct DateRange {
    SimTimestamp start;
    SimTimestamp end;
    qint64 spanMs = 0; //!< end - start as written (zone-less values compared as UTC)

    //! The minute-truncated window in `zone`: [floor(start), floor(end + 1 s)). end_date is
    //! inclusive, so "…T23:59:59" closes the day, and 09:30:45-09:31:02 is 09:30-09:31 as in
    //! REFERENCE §3.
    QPair<qint64, qint64> window(const QTimeZone &zone) const;
};
std::optional<DateRange> dateRange(const QJsonObject &body, SimResponse &error);

std::optional<Resolution> resolution(const QJsonObject &body, SimResponse &error);

//! Range limit of REFERENCE §3 (minute/10minute < 1 day, hour/hour_of_day < 7 days,
//! day/weekday < 31 days, others < 1 calendar year) and the 1-minute minimum.
bool checkResolutionRange(const DateRange &range, Resolution resolution, SimResponse &error);

std::optional<SimOperatingHours> operatingHours(const QJsonObject &body, SimResponse &error);

//! Both serial_numbers and space_ids => 400 (REFERENCE §3.25).
bool checkSensorFilterExclusive(const QJsonObject &body, SimResponse &error);

//! Integer member (absent => fallback); non-integers => 400.
std::optional<int> integer(const QJsonObject &body, const QString &field, int fallback,
                           SimResponse &error);

//! A plausible e-mail address: "name@example.com", at most 254 characters.
bool isEmailAddress(const QString &text);

} // namespace SimValidation

} // namespace Density::Sim
