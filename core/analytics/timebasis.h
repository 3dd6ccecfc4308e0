#pragma once

#include "model/query.h"

#include <QLocale>
#include <QTimeZone>
#include <optional>

//! The words that state the time basis next to every number (ARCHITECTURE §3): the date range,
//! the resolution, the operating hours and the time zone. Display text only; exports that must
//! be read back by programs write their own fixed forms.
namespace Density::TimeBasis {

//! "hourly", "daily", "every 10 minutes", ... translated.
QString resolutionText(TimeResolution resolution);

//! The local dates of an inclusive range in `zone`: "Mon 2 Nov – Sun 8 Nov 2026"; the year is
//! written once when both ends share it, a single day reads "Mon 2 Nov 2026". The date patterns
//! go through translation so a language can reorder them; names come from `locale`.
QString rangeText(const TimeRange &range, const QTimeZone &zone, const QLocale &locale);

//! rangeText() and resolutionText(): "Mon 2 Nov – Sun 8 Nov 2026, hourly".
QString rangeAndResolutionText(const TimeRange &range, TimeResolution resolution,
                               const QTimeZone &zone, const QLocale &locale);

//! A weekday name for an API day number (0 = Sunday).
QString dayName(int apiWeekday, const QLocale &locale,
                QLocale::FormatType format = QLocale::ShortFormat);

//! "Mon–Fri 08:00–18:00" (runs of three or more days are joined, in Monday-first order);
//! "All hours" without operating hours.
QString operatingHoursText(const std::optional<OperatingHours> &hours, const QLocale &locale);

//! The zone's IANA id, or "UTC (no time zone set for this space)" when the space's own zone is
//! unknown and UTC stands in for it: the fallback must never be silent.
QString timeZoneText(const QTimeZone &zone, bool isFallback);

} // namespace Density::TimeBasis
