// Date presets, automatic resolution, operating-time arithmetic and the time-basis wording,
// all in the space's own zone and across DST changes and month ends.
#include "analytics/bucketkey.h"
#include "analytics/daterangepreset.h"
#include "analytics/operatingtime.h"
#include "analytics/timebasis.h"

#include <QtTest>

using namespace Density;

namespace {

const QTimeZone NewYork("America/New_York");
const QTimeZone Berlin("Europe/Berlin");
const QTimeZone Santiago("America/Santiago");
const QTimeZone Tokyo("Asia/Tokyo");
const QLocale British(QLocale::English, QLocale::UnitedKingdom);

QDateTime utc(const char *text) {
    QDateTime value = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    if (!value.isValid())
        qFatal("bad timestamp in test: %s", text);
    return value;
}

TimeRange range(const char *start, const char *end) {
    QString error;
    const auto parsed =
        TimeRange::parse(QString::fromLatin1(start), QString::fromLatin1(end), &error);
    if (!parsed)
        qFatal("bad range in test: %s", qPrintable(error));
    return *parsed;
}

} // namespace

class TestAnalyticsTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        for (const QTimeZone &zone : {NewYork, Berlin, Santiago, Tokyo})
            QVERIFY2(zone.isValid(), "tzdata is needed for these tests");
    }

    void presets_data() {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        const auto row = [](const char *name, DateRangePreset preset, const char *now,
                            const char *zone, const char *start, const char *end) {
            QTest::newRow(name) << int(preset) << QString::fromLatin1(now) << QByteArray(zone)
                                << QString::fromLatin1(start) << QString::fromLatin1(end);
        };
        row("today", DateRangePreset::Today, "2026-11-25T15:00:00Z", "America/New_York",
            "2026-11-25T00:00:00-05:00", "2026-11-25T23:59:59-05:00");
        // 03:00 UTC is still the 25th in New York but already the 26th in Berlin.
        row("today is local (west)", DateRangePreset::Today, "2026-11-26T03:00:00Z",
            "America/New_York", "2026-11-25T00:00:00-05:00", "2026-11-25T23:59:59-05:00");
        row("today is local (east)", DateRangePreset::Today, "2026-11-26T03:00:00Z",
            "Europe/Berlin", "2026-11-26T00:00:00+01:00", "2026-11-26T23:59:59+01:00");
        row("yesterday", DateRangePreset::Yesterday, "2026-11-25T15:00:00Z", "America/New_York",
            "2026-11-24T00:00:00-05:00", "2026-11-24T23:59:59-05:00");
        // 1 Nov 2026: clocks go back in New York, so the day has 25 hours.
        row("yesterday, autumn DST day", DateRangePreset::Yesterday, "2026-11-02T12:00:00Z",
            "America/New_York", "2026-11-01T00:00:00-04:00", "2026-11-01T23:59:59-05:00");
        row("yesterday, spring DST day", DateRangePreset::Yesterday, "2026-03-09T12:00:00Z",
            "America/New_York", "2026-03-08T00:00:00-05:00", "2026-03-08T23:59:59-04:00");
        row("last 7 days end yesterday", DateRangePreset::Last7Days, "2026-11-25T15:00:00Z",
            "America/New_York", "2026-11-18T00:00:00-05:00", "2026-11-24T23:59:59-05:00");
        row("last 7 days across DST", DateRangePreset::Last7Days, "2026-11-03T12:00:00Z",
            "America/New_York", "2026-10-27T00:00:00-04:00", "2026-11-02T23:59:59-05:00");
        row("last 30 days", DateRangePreset::Last30Days, "2026-12-01T12:00:00Z", "Europe/Berlin",
            "2026-11-01T00:00:00+01:00", "2026-11-30T23:59:59+01:00");
        row("last 30 days across Berlin DST", DateRangePreset::Last30Days, "2026-11-10T12:00:00Z",
            "Europe/Berlin", "2026-10-11T00:00:00+02:00", "2026-11-09T23:59:59+01:00");
        row("last full month, 31 days", DateRangePreset::LastFullMonth, "2026-11-25T15:00:00Z",
            "America/New_York", "2026-10-01T00:00:00-04:00", "2026-10-31T23:59:59-04:00");
        // 1 March 02:00 UTC is still 28 February in New York: the last full month is January.
        row("last full month, local month end", DateRangePreset::LastFullMonth,
            "2026-03-01T02:00:00Z", "America/New_York", "2026-01-01T00:00:00-05:00",
            "2026-01-31T23:59:59-05:00");
        row("last full month, February", DateRangePreset::LastFullMonth, "2026-03-01T02:00:00Z",
            "Europe/Berlin", "2026-02-01T00:00:00+01:00", "2026-02-28T23:59:59+01:00");
        row("last full month, leap February", DateRangePreset::LastFullMonth,
            "2028-03-15T12:00:00Z", "Europe/Berlin", "2028-02-01T00:00:00+01:00",
            "2028-02-29T23:59:59+01:00");
        row("last full month, over New Year", DateRangePreset::LastFullMonth,
            "2027-01-01T08:00:00Z", "Asia/Tokyo", "2026-12-01T00:00:00+09:00",
            "2026-12-31T23:59:59+09:00");
        // Santiago moves its clocks at midnight: 6 Sep 2026 starts at 01:00.
        row("midnight in a DST gap", DateRangePreset::Yesterday, "2026-09-07T15:00:00Z",
            "America/Santiago", "2026-09-06T01:00:00-03:00", "2026-09-06T23:59:59-03:00");
        row("invalid zone means UTC", DateRangePreset::Today, "2026-11-25T23:30:00Z", "",
            "2026-11-25T00:00:00Z", "2026-11-25T23:59:59Z");
    }

    void presets() {
        QFETCH(int, preset);
        QFETCH(QString, now);
        QFETCH(QByteArray, zone);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const QTimeZone timeZone = zone.isEmpty() ? QTimeZone() : QTimeZone(zone);
        const auto result = DateRanges::presetRange(
            DateRangePreset(preset), QDateTime::fromString(now, Qt::ISODate), timeZone);
        QVERIFY(result);
        QCOMPARE(result->startText(), start);
        QCOMPARE(result->endText(), end);
        QCOMPARE(result->style, TimestampStyle::Offset);
    }

    void dstDaysKeepTheirTrueLength() {
        const auto autumn =
            DateRanges::rangeForDays({QDate(2026, 11, 1), QDate(2026, 11, 1)}, NewYork);
        QCOMPARE(autumn->spanSeconds() + 1, 25 * 3600);
        const auto spring =
            DateRanges::rangeForDays({QDate(2026, 3, 8), QDate(2026, 3, 8)}, NewYork);
        QCOMPARE(spring->spanSeconds() + 1, 23 * 3600);
        const auto gap = DateRanges::rangeForDays({QDate(2026, 9, 6), QDate(2026, 9, 6)}, Santiago);
        QCOMPARE(gap->spanSeconds() + 1, 23 * 3600);
    }

    void customRanges() {
        const QDateTime now = utc("2026-11-25T15:00:00Z");
        const LocalDays days{QDate(2026, 11, 2), QDate(2026, 11, 8)};
        QCOMPARE(DateRanges::presetDays(DateRangePreset::Custom, now, NewYork, days), days);
        const auto custom = DateRanges::presetRange(DateRangePreset::Custom, now, NewYork, days);
        QCOMPARE(custom->startText(), QStringLiteral("2026-11-02T00:00:00-05:00"));
        QCOMPARE(custom->endText(), QStringLiteral("2026-11-08T23:59:59-05:00"));
        QCOMPARE(days.count(), 7);
        // Reversed or empty custom days are refused, not swapped behind the user's back.
        QVERIFY(!DateRanges::presetRange(DateRangePreset::Custom, now, NewYork,
                                         {QDate(2026, 11, 8), QDate(2026, 11, 2)}));
        QVERIFY(!DateRanges::presetRange(DateRangePreset::Custom, now, NewYork));
        QCOMPARE(DateRanges::presets().size(), 6);
        QCOMPARE(DateRanges::presetName(DateRangePreset::Last7Days), QStringLiteral("Last 7 days"));
    }

    void presetRangesFitTheirAutomaticResolution() {
        // Every preset's range is one request at its automatic resolution, except on DST days.
        const QDateTime now = utc("2026-11-25T15:00:00Z");
        for (DateRangePreset preset :
             {DateRangePreset::Today, DateRangePreset::Yesterday, DateRangePreset::Last7Days,
              DateRangePreset::Last30Days, DateRangePreset::LastFullMonth}) {
            const TimeRange r = *DateRanges::presetRange(preset, now, NewYork);
            QVERIFY(r.spanSeconds() < maxRangeSeconds(DateRanges::autoResolution(r)));
        }
    }

    void autoResolutionTable_data() {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<int>("expected");
        constexpr qint64 h = 3600;
        constexpr qint64 d = 24 * h;
        QTest::newRow("1 hour") << h << int(TimeResolution::TenMinute);
        QTest::newRow("1 day") << d - 1 << int(TimeResolution::TenMinute);
        QTest::newRow("25-hour day") << d + h - 1 << int(TimeResolution::TenMinute);
        QTest::newRow("2 days") << 2 * d - 1 << int(TimeResolution::Hour);
        QTest::newRow("7 days") << 7 * d - 1 << int(TimeResolution::Hour);
        QTest::newRow("7 days over DST") << 7 * d + h - 1 << int(TimeResolution::Hour);
        QTest::newRow("8 days") << 8 * d - 1 << int(TimeResolution::Day);
        QTest::newRow("31 days") << 31 * d - 1 << int(TimeResolution::Day);
        QTest::newRow("quarter") << 92 * d - 1 << int(TimeResolution::Day);
        QTest::newRow("93 days") << 93 * d - 1 << int(TimeResolution::Week);
        QTest::newRow("leap year") << 366 * d - 1 << int(TimeResolution::Week);
        QTest::newRow("367 days") << 367 * d - 1 << int(TimeResolution::Month);
        QTest::newRow("3 years") << 3 * 365 * d << int(TimeResolution::Month);
    }

    void autoResolutionTable() {
        QFETCH(qint64, span);
        QFETCH(int, expected);
        const QDateTime start = utc("2026-01-05T00:00:00Z");
        const TimeRange r{start, start.addSecs(span), TimestampStyle::Utc};
        QCOMPARE(int(DateRanges::autoResolution(r)), expected);
    }

    void estimatedBuckets() {
        const TimeRange week = range("2026-11-02T00:00:00Z", "2026-11-08T23:59:59Z");
        QCOMPARE(DateRanges::estimatedBuckets(week, TimeResolution::Hour), 168);
        QCOMPARE(DateRanges::estimatedBuckets(week, TimeResolution::TenMinute), 1008);
        QCOMPARE(DateRanges::estimatedBuckets(week, TimeResolution::Day), 7);
        QCOMPARE(DateRanges::estimatedBuckets(week, TimeResolution::HourOfDay), 24);
        QCOMPARE(DateRanges::estimatedBuckets(week, TimeResolution::Total), 1);
        const TimeRange year = range("2026-01-01T00:00:00Z", "2026-12-31T23:59:59Z");
        QCOMPARE(DateRanges::estimatedBuckets(year, TimeResolution::Hour), 8760);
    }

    void operatingDaysAreCountedInTheSpacesZone() {
        // Saturday 7 Nov in UTC is Fri evening + Sat in New York, Sat + Sun morning in Tokyo.
        const TimeRange saturday = range("2026-11-07T00:00:00Z", "2026-11-07T23:59:59Z");
        const OperatingHours weekdays; // Mon–Fri 08–18
        QCOMPARE(OperatingTime::operatingDays(saturday, weekdays, NewYork), 1);
        QCOMPARE(OperatingTime::operatingDays(saturday, weekdays, Tokyo), 0);
        QCOMPARE(OperatingTime::operatingDays(saturday, std::nullopt, Tokyo), 2);
        const TimeRange november =
            *DateRanges::rangeForDays({QDate(2026, 11, 1), QDate(2026, 11, 30)}, NewYork);
        QCOMPARE(OperatingTime::operatingDays(november, weekdays, NewYork), 21);
        QCOMPARE(OperatingTime::operatingDays(november, OperatingHours{{0}, 8, 18}, NewYork), 5);
        QCOMPARE(OperatingTime::apiWeekday(QDate(2026, 11, 1)), 0); // a Sunday
        QCOMPARE(OperatingTime::apiWeekday(QDate(2026, 11, 7)), 6);
    }

    void operatingSecondsAcrossDst() {
        const auto day = [](int m, int d) {
            return *DateRanges::rangeForDays({QDate(2026, m, d), QDate(2026, m, d)}, NewYork);
        };
        const auto seconds = [](const TimeRange &r, std::optional<OperatingHours> hours) {
            return OperatingTime::operatingSeconds(r.start, r.end.addSecs(1), hours, NewYork);
        };
        const OperatingHours allDay{{0, 1, 2, 3, 4, 5, 6}, 0, 24};
        QCOMPARE(seconds(day(11, 1), allDay), 25 * 3600);
        QCOMPARE(seconds(day(3, 8), allDay), 23 * 3600);
        QCOMPARE(seconds(day(3, 8), std::nullopt), 23 * 3600);
        // 02:00 does not exist on 8 March: 01–03 is one real hour, 02–04 as well.
        QCOMPARE(seconds(day(3, 8), OperatingHours{{0}, 1, 3}), 3600);
        QCOMPARE(seconds(day(3, 8), OperatingHours{{0}, 2, 4}), 3600);
        // 01:00–02:00 happens twice on 1 November.
        QCOMPARE(seconds(day(11, 1), OperatingHours{{0}, 0, 3}), 4 * 3600);
        const TimeRange week =
            *DateRanges::rangeForDays({QDate(2026, 11, 2), QDate(2026, 11, 8)}, NewYork);
        QCOMPARE(seconds(week, OperatingHours{}), 5 * 10 * 3600);
    }

    void bucketPeriods() {
        const auto autumnDay = BucketKey::period(QStringLiteral("2026-11-01T00:00:00-04:00"),
                                                 TimeResolution::Day, NewYork);
        QVERIFY(autumnDay);
        QCOMPARE(autumnDay->first.secsTo(autumnDay->second), 25 * 3600);
        const auto month = BucketKey::period(QStringLiteral("2026-02-01T00:00:00+01:00"),
                                             TimeResolution::Month, Berlin);
        QCOMPARE(month->first.secsTo(month->second), 28 * 24 * 3600);
        const auto hour = BucketKey::period(QStringLiteral("2026-11-01T01:00:00-05:00"),
                                            TimeResolution::Hour, NewYork);
        QCOMPARE(hour->first.secsTo(hour->second), 3600);
        QVERIFY(!BucketKey::period(QStringLiteral("3"), TimeResolution::Weekday, NewYork));
        QCOMPARE(BucketKey::index(QStringLiteral("23")), 23);
        QVERIFY(!BucketKey::index(QStringLiteral("24")));
        QVERIFY(!BucketKey::index(QStringLiteral("2026-11-01T01:00:00-05:00")));
    }

    void chronologicalOrder() {
        // Decoded series are in key-text order; Berlin's repeated hour and "10" < "2" are wrong.
        MetricSeries series;
        for (const char *key : {"2026-10-25T02:00:00+01:00", "2026-10-25T02:00:00+02:00",
                                "2026-10-25T01:00:00+02:00"}) {
            MetricBucket b;
            b.key = QString::fromLatin1(key);
            series.append(b);
        }
        const MetricSeries sorted = BucketKey::chronological(series);
        QCOMPARE(sorted.at(0).key, QStringLiteral("2026-10-25T01:00:00+02:00"));
        QCOMPARE(sorted.at(1).key, QStringLiteral("2026-10-25T02:00:00+02:00"));
        QCOMPARE(sorted.at(2).key, QStringLiteral("2026-10-25T02:00:00+01:00"));

        MetricSeries hours;
        for (const char *key : {"10", "2", "0"}) {
            MetricBucket b;
            b.key = QString::fromLatin1(key);
            hours.append(b);
        }
        const MetricSeries byIndex = BucketKey::chronological(hours);
        QCOMPARE(byIndex.at(0).key, QStringLiteral("0"));
        QCOMPARE(byIndex.at(1).key, QStringLiteral("2"));
        QCOMPARE(byIndex.at(2).key, QStringLiteral("10"));
    }

    void rangeAndResolutionText() {
        const TimeRange week =
            *DateRanges::rangeForDays({QDate(2026, 11, 2), QDate(2026, 11, 8)}, NewYork);
        QCOMPARE(TimeBasis::rangeAndResolutionText(week, TimeResolution::Hour, NewYork, British),
                 QStringLiteral("Mon 2 Nov – Sun 8 Nov 2026, hourly"));
        // The dates are the space's: the same instants read one day later in Tokyo.
        QCOMPARE(TimeBasis::rangeText(week, Tokyo, British),
                 QStringLiteral("Mon 2 Nov – Mon 9 Nov 2026"));
        const TimeRange newYear =
            *DateRanges::rangeForDays({QDate(2026, 12, 31), QDate(2027, 1, 1)}, Berlin);
        QCOMPARE(TimeBasis::rangeText(newYear, Berlin, British),
                 QStringLiteral("Thu 31 Dec 2026 – Fri 1 Jan 2027"));
        const TimeRange oneDay =
            *DateRanges::rangeForDays({QDate(2026, 11, 1), QDate(2026, 11, 1)}, NewYork);
        QCOMPARE(
            TimeBasis::rangeAndResolutionText(oneDay, TimeResolution::TenMinute, NewYork, British),
            QStringLiteral("Sun 1 Nov 2026, every 10 minutes"));
        QCOMPARE(TimeBasis::resolutionText(TimeResolution::Day), QStringLiteral("daily"));
    }

    void operatingHoursText() {
        QCOMPARE(TimeBasis::operatingHoursText(OperatingHours{}, British),
                 QStringLiteral("Mon–Fri 08:00–18:00"));
        QCOMPARE(TimeBasis::operatingHoursText(OperatingHours{{0, 6}, 9, 24}, British),
                 QStringLiteral("Sat, Sun 09:00–24:00"));
        QCOMPARE(TimeBasis::operatingHoursText(OperatingHours{{6, 5, 4, 2, 1}, 7, 19}, British),
                 QStringLiteral("Mon, Tue, Thu–Sat 07:00–19:00"));
        QCOMPARE(TimeBasis::operatingHoursText(std::nullopt, British), QStringLiteral("All hours"));
        // The C locale's short time format has seconds; hours must not show them.
        QVERIFY(!TimeBasis::operatingHoursText(OperatingHours{}, QLocale::c())
                     .contains(QLatin1String(":00:00")));
        const QLocale american(QLocale::English, QLocale::UnitedStates);
        const QString us = TimeBasis::operatingHoursText(OperatingHours{}, american);
        QVERIFY2(us.startsWith(QStringLiteral("Mon–Fri 8:00")) &&
                     us.contains(QStringLiteral("6:00")),
                 qPrintable(us));
        QCOMPARE(TimeBasis::dayName(0, British), QStringLiteral("Sun"));
    }

    void timeZoneText() {
        QCOMPARE(TimeBasis::timeZoneText(NewYork, false), QStringLiteral("America/New_York"));
        QCOMPARE(TimeBasis::timeZoneText(QTimeZone(0), true),
                 QStringLiteral("UTC (no time zone set for this space)"));
        QCOMPARE(TimeBasis::timeZoneText(QTimeZone(), false),
                 QStringLiteral("UTC (no time zone set for this space)"));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsTime)
#include "tst_analytics_time.moc"
