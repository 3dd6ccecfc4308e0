#pragma once

#include "model/metrics.h"
#include "model/query.h"

#include <QDateTime>
#include <QTimeZone>
#include <optional>
#include <utility>

//! Reading the keys of metric buckets. Timestamp keys carry their own offset
//! ("2026-11-24T09:00:00-05:00"), `total` carries the request's start_date, and `weekday` /
//! `hour_of_day` keys are indices ("0".."6", 0 = Sunday; "0".."23"). Series decoded from JSON are
//! ordered by key *text*, which puts "10" before "2" and, in zones east of UTC, the repeated
//! autumn hour in the wrong order, so anything that needs time order asks this file.
namespace Density::BucketKey {

//! The instant a timestamp key starts at (with the key's own offset); nullopt for index keys.
std::optional<QDateTime> start(const QString &key);

//! The index of a `weekday` / `hour_of_day` key; nullopt for anything else.
std::optional<int> index(const QString &key);

//! [start, end) of a timestamp bucket. Calendar resolutions (day, week, month, year) end on the
//! next local boundary in `zone`, so a 23- or 25-hour DST day has its true length. nullopt for
//! index keys and for `total`, whose end is the range's, not the key's.
std::optional<std::pair<QDateTime, QDateTime>> period(const QString &key, TimeResolution resolution,
                                                      const QTimeZone &zone);

//! The series in time order: timestamps by instant, indices numerically, anything else by text.
MetricSeries chronological(MetricSeries series);

} // namespace Density::BucketKey
