#pragma once

#include "model/query.h"

#include <QList>
#include <QStringList>

//! Splitting requests into what the API accepts (REFERENCE §3): long ranges into windows,
//! long id lists into batches. Pure functions, tested at their boundaries.
namespace Density::Windowing {

constexpr qint64 Day = 24 * 3600;
constexpr qint64 RawSessionsMaxSeconds = 60 * Day;   //!< inclusive limit
constexpr qint64 HealthHistoryMaxSeconds = 10 * Day; //!< inclusive limit
constexpr qint64 DataStatusMaxSeconds = 10 * Day;    //!< inclusive limit
constexpr qint64 DataStatusMinSeconds = 5 * 60;

//! Consecutive, non-overlapping inclusive windows covering `range`. With `inclusiveLimit`
//! a window may span exactly `maxSpanSeconds`; otherwise it must stay strictly below it.
//! `end_date` is inclusive, so a window ends one second before the next one starts.
QList<TimeRange> split(const TimeRange &range, qint64 maxSpanSeconds, bool inclusiveLimit);

//! Windows for a historical metric query at `resolution`. Week windows are whole weeks
//! (364 days) so no week bucket is cut in two.
QList<TimeRange> forResolution(const TimeRange &range, TimeResolution resolution);

//! Data-status windows: at most 10 days, day-aligned when the range is, and never shorter than
//! 5 minutes (a short tail window is moved back so it overlaps the previous one instead).
QList<TimeRange> forDataStatus(const TimeRange &range);

//! Batches of at most `size` ids; an empty list stays one empty batch ("all spaces").
QList<QStringList> batches(const QStringList &ids, int size);

} // namespace Density::Windowing
