#pragma once

#include "model/query.h"

#include <QDateTime>
#include <QTimeZone>
#include <optional>

//! Operating hours in the space's own time zone. The API filters buckets by operating hours on
//! its side; the client needs the same calendar to turn totals into "per operating day" figures
//! and to know how long a day or week bucket really was. No operating hours means every hour of
//! every day counts.
namespace Density::OperatingTime {

//! The API's weekday numbering (0 = Sunday ... 6 = Saturday) for a date.
int apiWeekday(const QDate &date);

//! Whether the hours (or, without hours, any day) include this API weekday.
bool isOperatingDay(int apiWeekday, const std::optional<OperatingHours> &hours);

//! Local calendar days of the inclusive range, in `zone`, that are operating days. A day
//! counts when any part of it lies in the range (ranges end at 23:59:59, so the last date counts
//! once). An invalid zone falls back to UTC.
int operatingDays(const TimeRange &range, const std::optional<OperatingHours> &hours,
                  const QTimeZone &zone);

//! Seconds of [from, to) that fall inside the operating hours in `zone` (all of them without
//! hours). Local hours that do not exist on a DST day are skipped, a repeated hour counts twice,
//! as the sensors saw it.
qint64 operatingSeconds(const QDateTime &from, const QDateTime &to,
                        const std::optional<OperatingHours> &hours, const QTimeZone &zone);

//! The first instant at or after the local wall-clock time `hour`:00 of `date` (hour 24 = the
//! next day's start). Qt 6.4 calls a time inside a DST gap invalid; this moves past the gap.
QDateTime localHour(const QDate &date, int hour, const QTimeZone &zone);

} // namespace Density::OperatingTime
