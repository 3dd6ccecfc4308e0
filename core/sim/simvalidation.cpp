#include "simvalidation.h"

#include "simstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Density::Sim::SimValidation {

namespace {

SimResponse badRequest(const QString &message) {
    return SimResponse::error(400, message);
}

bool isInteger(const QJsonValue &value) {
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15;
}

std::optional<SimTimestamp> timestamp(const QJsonObject &body, const QString &field,
                                      SimResponse &error) {
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        error = badRequest(u"%1 is required"_s.arg(field));
        return std::nullopt;
    }
    if (!value.isString()) {
        error = badRequest(u"%1 must be a string such as \"2024-02-28T00:00:00Z\""_s.arg(field));
        return std::nullopt;
    }
    SimTimestamp::Error why = SimTimestamp::Error::None;
    const auto ts = SimTimestamp::parse(value.toString(), &why);
    if (ts)
        return ts;
    switch (why) {
    case SimTimestamp::Error::Missing:
        error = badRequest(u"%1 is required"_s.arg(field));
        break;
    case SimTimestamp::Error::DateOnly:
        error = badRequest(
            u"%1 must include a time: dates must have the form YYYY-MM-DDTHH:MM:SS"_s.arg(field));
        break;
    default:
        error = badRequest(u"%1 \"%2\" is not an ISO-8601 date-time (YYYY-MM-DDTHH:MM:SS with an "
                           "optional fraction and Z or ±HH:MM)"_s.arg(field, value.toString()));
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> jsonBody(const SimRequest &request, bool required, SimResponse &error) {
    if (request.body.trimmed().isEmpty()) {
        if (required) {
            error = badRequest(u"A JSON request body is required"_s);
            return std::nullopt;
        }
        return QJsonObject();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = badRequest(u"Malformed JSON body: %1 at offset %2"_s.arg(parseError.errorString())
                               .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error = badRequest(u"The JSON body must be an object"_s);
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QStringList> stringList(const QJsonObject &body, const QString &field,
                                      SimResponse &error) {
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray()) {
        error = badRequest(u"%1 must be an array of strings"_s.arg(field));
        return std::nullopt;
    }
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            error = badRequest(u"%1 must be an array of strings"_s.arg(field));
            return std::nullopt;
        }
        out.append(item.toString());
    }
    return out;
}

std::optional<QVector<int>> spaceIds(const SimStore &store, const QJsonObject &body,
                                     const QString &field, SimResponse &error) {
    const auto ids = stringList(body, field, error);
    if (!ids)
        return std::nullopt;
    QVector<int> out;
    out.reserve(ids->size());
    for (const QString &id : *ids) {
        const int index = store.portfolio().spaceIndex(id);
        if (index < 0) {
            error = SimResponse::error(404, u"Space %1 not found"_s.arg(id));
            return std::nullopt;
        }
        out.append(index);
    }
    return out;
}

QPair<qint64, qint64> DateRange::window(const QTimeZone &zone) const {
    const qint64 from = floorTo(start.toMSecs(zone), kMinuteMs);
    const qint64 to = floorTo(end.toMSecs(zone) + 1000, kMinuteMs);
    return {from, to};
}

std::optional<DateRange> dateRange(const QJsonObject &body, SimResponse &error) {
    const auto start = timestamp(body, u"start_date"_s, error);
    if (!start)
        return std::nullopt;
    const auto end = timestamp(body, u"end_date"_s, error);
    if (!end)
        return std::nullopt;
    DateRange range{*start, *end, end->toMSecsNaive() - start->toMSecsNaive()};
    if (range.spanMs < 0) {
        error = badRequest(u"start_date must not be after end_date"_s);
        return std::nullopt;
    }
    return range;
}

std::optional<Resolution> resolution(const QJsonObject &body, SimResponse &error) {
    const QJsonValue value = body.value(u"time_resolution"_s);
    if (value.isUndefined() || value.isNull())
        return Resolution::Total;
    const auto parsed = value.isString() ? resolutionFromName(value.toString()) : std::nullopt;
    if (!parsed) {
        error = badRequest(u"Unknown time_resolution \"%1\"; use one of total, minute, 10minute, "
                           "hour, day, week, month, year, weekday, hour_of_day"_s.arg(
                               value.isString() ? value.toString() : u"(not a string)"_s));
        return std::nullopt;
    }
    return parsed;
}

bool checkResolutionRange(const DateRange &range, Resolution res, SimResponse &error) {
    const qint64 windowMs = floorTo(range.end.toMSecsNaive() + 1000, kMinuteMs) -
                            floorTo(range.start.toMSecsNaive(), kMinuteMs);
    if (windowMs < kMinuteMs) {
        error = badRequest(u"The date range must cover at least one minute"_s);
        return false;
    }
    qint64 limit = 0;
    QString limitText;
    switch (res) {
    case Resolution::Minute:
    case Resolution::TenMinute:
        limit = kDayMs;
        limitText = u"1 day"_s;
        break;
    case Resolution::Hour:
    case Resolution::HourOfDay:
        limit = 7 * kDayMs;
        limitText = u"7 days"_s;
        break;
    case Resolution::Day:
    case Resolution::Weekday:
        limit = 31 * kDayMs;
        limitText = u"31 days"_s;
        break;
    default: {
        // One calendar year from the start, as written.
        const qint64 startWall =
            QDateTime(range.start.date, range.start.time, Qt::UTC).addYears(1).toMSecsSinceEpoch();
        limit = startWall - (range.start.hasOffset ? qint64(range.start.offsetSeconds) * 1000 : 0) -
                range.start.toMSecsNaive();
        limitText = u"1 year"_s;
        break;
    }
    }
    if (range.spanMs >= limit) {
        error = badRequest(u"time_resolution %1 accepts a date range shorter than %2; split the "
                           "request into smaller windows"_s.arg(resolutionName(res), limitText));
        return false;
    }
    return true;
}

std::optional<SimOperatingHours> operatingHours(const QJsonObject &body, SimResponse &error) {
    SimOperatingHours hours;
    const QJsonValue value = body.value(u"operating_hours"_s);
    if (value.isUndefined() || value.isNull())
        return hours;
    if (!value.isObject()) {
        error = badRequest(u"operating_hours must be an object"_s);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue days = o.value(u"days"_s);
    int mask = 0;
    if (days.isArray()) {
        const QJsonArray array = days.toArray();
        for (const QJsonValue &d : array) {
            if (!isInteger(d) || d.toInt() < 0 || d.toInt() > 6) {
                error = badRequest(u"operating_hours.days must hold integers 0 (Sunday) to 6 "
                                   "(Saturday)"_s);
                return std::nullopt;
            }
            mask |= 1 << d.toInt();
        }
    } else if (!days.isUndefined() && !days.isNull()) {
        error = badRequest(u"operating_hours.days must be an array of integers"_s);
        return std::nullopt;
    }
    hours.dayMask = mask == 0 ? 0x7f : mask;
    const auto hour = [&](const QString &field, int fallback, int max) -> std::optional<int> {
        const QJsonValue h = o.value(field);
        if (h.isUndefined() || h.isNull())
            return fallback;
        if (!isInteger(h) || h.toInt() < 0 || h.toInt() > max) {
            error = badRequest(
                u"operating_hours.%1 must be an integer from 0 to %2"_s.arg(field).arg(max));
            return std::nullopt;
        }
        return h.toInt();
    };
    const auto start = hour(u"start_hour"_s, 0, 23);
    if (!start)
        return std::nullopt;
    const auto end = hour(u"end_hour"_s, 24, 24);
    if (!end)
        return std::nullopt;
    hours.startHour = *start;
    hours.endHour = *end;
    // start == end (e.g. the documented {"days":[0],"start_hour":0,"end_hour":0}) means no
    // filter; a full 0-24 day with all days is no filter either.
    hours.active = *start != *end && !(*start == 0 && *end == 24 && hours.dayMask == 0x7f);
    if (*start == *end)
        hours.dayMask = 0x7f;
    return hours;
}

bool checkSensorFilterExclusive(const QJsonObject &body, SimResponse &error) {
    const auto present = [&body](const QString &field) {
        // An empty list filters nothing, so it does not count as "sent".
        const QJsonValue v = body.value(field);
        return !v.isUndefined() && !v.isNull() && !(v.isArray() && v.toArray().isEmpty());
    };
    if (present(u"serial_numbers"_s) && present(u"space_ids"_s)) {
        error = badRequest(u"Filter by serial_numbers or by space_ids, not both"_s);
        return false;
    }
    return true;
}

std::optional<int> integer(const QJsonObject &body, const QString &field, int fallback,
                           SimResponse &error) {
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    // Beyond int the cast below would be undefined; no field of the API needs such numbers.
    if (!isInteger(value) || value.toDouble() > std::numeric_limits<int>::max() ||
        value.toDouble() < std::numeric_limits<int>::min()) {
        error = badRequest(u"%1 must be an integer"_s.arg(field));
        return std::nullopt;
    }
    return int(value.toDouble());
}

bool isEmailAddress(const QString &text) {
    // One "@", something before it, a dotted domain after it, no spaces. Deliberately not
    // RFC 5322, which allows far more than any mail host accepts.
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

} // namespace Density::Sim::SimValidation
