#include "simbuckets.h"

#include "simtime.h"
#include "simzone.h"

#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Density::Sim {

namespace {

struct Interval {
    int bucket;
    qint64 from;
    qint64 to;
};

const QStringList &resolutionNames() {
    static const QStringList names = {u"total"_s,   u"minute"_s,     u"10minute"_s, u"hour"_s,
                                      u"day"_s,     u"week"_s,       u"month"_s,    u"year"_s,
                                      u"weekday"_s, u"hour_of_day"_s};
    return names;
}

//! Bucket intervals of the resolution covering [from, to) in time order, with their keys.
void nominalBuckets(Resolution resolution, qint64 from, qint64 to, const SimZone &zone,
                    const QString &totalKey, QVector<QString> &keys, QVector<Interval> &out) {
    const auto key = [&zone](qint64 t) { return formatWithOffset(t, zone.offsetAt(t)); };
    switch (resolution) {
    case Resolution::Total:
        keys.append(totalKey);
        out.append({0, from, to});
        return;
    case Resolution::Minute:
    case Resolution::TenMinute: {
        const qint64 step = resolution == Resolution::Minute ? kMinuteMs : 10 * kMinuteMs;
        const qint64 offset = qint64(zone.offsetAt(from)) * 1000;
        qint64 t = floorTo(from + offset, step) - offset;
        while (t < to) {
            // Bucket ends on the next wall-clock mark, which moves when a DST change is crossed.
            const qint64 localOffset = qint64(zone.offsetAt(t)) * 1000;
            qint64 end = floorTo(t + localOffset, step) - localOffset + step;
            if (end <= t)
                end = t + step;
            keys.append(key(t));
            out.append({int(keys.size()) - 1, t, end});
            t = end;
        }
        return;
    }
    case Resolution::Weekday:
        for (int d = 0; d < 7; ++d)
            keys.append(QString::number(d));
        break;
    case Resolution::HourOfDay:
        for (int h = 0; h < 24; ++h)
            keys.append(QString::number(h));
        break;
    default:
        break;
    }

    const SimDayInfo *day = &zone.dayContaining(from);
    qint64 periodEndDay = -1; // for week/month/year: first Julian day after the open bucket
    while (day->start < to) {
        const QDate date = QDate::fromJulianDay(day->julianDay);
        switch (resolution) {
        case Resolution::Hour:
            for (int h = 0; h < 24; ++h) {
                const qint64 a = day->hourStart[size_t(h)];
                const qint64 b = day->hourStart[size_t(h + 1)];
                if (b <= a || b <= from || a >= to)
                    continue;
                keys.append(key(a));
                out.append({int(keys.size()) - 1, a, b});
            }
            break;
        case Resolution::HourOfDay:
            for (int h = 0; h < 24; ++h) {
                const qint64 a = day->hourStart[size_t(h)];
                const qint64 b = day->hourStart[size_t(h + 1)];
                if (b > a && b > from && a < to)
                    out.append({h, a, b});
            }
            break;
        case Resolution::Day:
            keys.append(key(day->start));
            out.append({int(keys.size()) - 1, day->start, day->end});
            break;
        case Resolution::Weekday:
            out.append({day->weekday, day->start, day->end});
            break;
        case Resolution::Week:
        case Resolution::Month:
        case Resolution::Year:
            if (day->julianDay >= periodEndDay) {
                qint64 first = day->julianDay;
                if (resolution == Resolution::Week) {
                    first = day->julianDay - day->weekday;
                    periodEndDay = first + 7;
                } else if (resolution == Resolution::Month) {
                    const QDate start(date.year(), date.month(), 1);
                    first = start.toJulianDay();
                    periodEndDay = start.addMonths(1).toJulianDay();
                } else {
                    const QDate start(date.year(), 1, 1);
                    first = start.toJulianDay();
                    periodEndDay = start.addYears(1).toJulianDay();
                }
                const qint64 a = zone.day(first).start;
                keys.append(key(a));
                out.append({int(keys.size()) - 1, a, zone.day(periodEndDay).start});
            }
            break;
        default:
            break;
        }
        day = &zone.day(day->julianDay + 1);
    }
}

} // namespace

std::optional<Resolution> resolutionFromName(const QString &name) {
    const qsizetype i = resolutionNames().indexOf(name);
    if (i < 0)
        return std::nullopt;
    return Resolution(i);
}

QString resolutionName(Resolution resolution) {
    return resolutionNames().at(qsizetype(resolution));
}

QVector<QPair<qint64, qint64>> activeIntervals(qint64 from, qint64 to, const SimZone &zone,
                                               const SimOperatingHours &hours) {
    QVector<QPair<qint64, qint64>> result;
    if (to <= from)
        return result;
    if (!hours.active) {
        result.append({from, to});
        return result;
    }
    const auto add = [&](qint64 a, qint64 b) {
        a = std::max(a, from);
        b = std::min(b, to);
        if (b <= a)
            return;
        if (!result.isEmpty() && result.last().second >= a)
            result.last().second = std::max(result.last().second, b);
        else
            result.append({a, b});
    };
    const auto dayIncluded = [&hours](int weekday) { return (hours.dayMask >> weekday) & 1; };
    // Start a day early: with wrapping hours yesterday's window reaches into today.
    const SimDayInfo *day = &zone.day(zone.dayContaining(from).julianDay - 1);
    while (day->start < to) {
        const auto &hs = day->hourStart;
        if (hours.startHour < hours.endHour) {
            if (dayIncluded(day->weekday))
                add(hs[size_t(hours.startHour)], hs[size_t(hours.endHour)]);
        } else {
            const SimDayInfo &previous = zone.day(day->julianDay - 1);
            if (dayIncluded(previous.weekday))
                add(day->start, hs[size_t(hours.endHour)]);
            if (dayIncluded(day->weekday))
                add(hs[size_t(hours.startHour)], day->end);
        }
        day = &zone.day(day->julianDay + 1);
    }
    return result;
}

SimBucketPlan planBuckets(Resolution resolution, qint64 from, qint64 to, const SimZone &zone,
                          const SimOperatingHours &hours, const QString &totalKey) {
    SimBucketPlan plan;
    QVector<Interval> buckets;
    nominalBuckets(resolution, from, to, zone, totalKey, plan.keys, buckets);
    plan.lengths.fill(0, plan.keys.size());
    const QVector<QPair<qint64, qint64>> active = activeIntervals(from, to, zone, hours);

    // Both lists are sorted and non-overlapping: a linear merge yields the slices.
    qsizetype a = 0;
    for (const Interval &bucket : std::as_const(buckets)) {
        while (a < active.size() && active[a].second <= bucket.from)
            ++a;
        for (qsizetype i = a; i < active.size() && active[i].first < bucket.to; ++i) {
            const qint64 lo = std::max(bucket.from, active[i].first);
            const qint64 hi = std::min(bucket.to, active[i].second);
            if (hi > lo) {
                plan.slices.append({bucket.bucket, lo, hi});
                plan.lengths[bucket.bucket] += hi - lo;
            }
        }
    }
    return plan;
}

} // namespace Density::Sim
