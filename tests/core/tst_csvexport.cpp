// CSV export of a metric table: the exact provenance comment block, RFC 4180 quoting, the
// formula guard, empty cells for null, UTF-8, and numbers that equal what the simulator sent.
#include "analytics/bucketkey.h"
#include "analytics/daterangepreset.h"
#include "analytics/metricrules.h"
#include "export/csvexport.h"
#include "export/csvformat.h"
#include "simfixture.h"

#include <QBuffer>

using namespace Density;

namespace {

const QTimeZone NewYork("America/New_York");

struct ParsedCsv {
    QStringList comments;    //!< without the leading "# "
    QList<QStringList> rows; //!< header row first
};

//! A strict RFC 4180 reader (CRLF rows, quoted fields with doubled quotes), written here so the
//! test does not trust the writer's own helpers. Comment lines must precede the header.
ParsedCsv parse(const QByteArray &bytes) {
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    ParsedCsv csv;
    qsizetype i = 0;
    while (text.mid(i, 2) == QLatin1String("# ")) {
        const qsizetype end = text.indexOf(QLatin1String("\r\n"), i);
        csv.comments.append(text.mid(i + 2, end - i - 2));
        i = end + 2;
    }
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && text.mid(i, 2) == QLatin1String("\r\n")) {
            row.append(field);
            csv.rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                qWarning("bare line break outside quotes");
            field += c;
        }
    }
    if (!row.isEmpty() || !field.isEmpty())
        qWarning("last row not ended by CRLF");
    return csv;
}

MetricBucket bucket(const char *key, double avg, qint64 max, double utilization, qint64 usedMs,
                    double upTime) {
    MetricBucket b;
    b.key = QString::fromLatin1(key);
    b.occupancyAvg = avg;
    b.occupancyMax = max;
    b.utilizationAvg = utilization;
    b.utilizationMax = utilization * 2;
    b.timeUsedRaw = usedMs;
    b.timeUsedPercentage = double(usedMs) / 3'600'000.0;
    b.isCapped = false;
    b.cappedCountLimit = Nullable<qint64>::null();
    b.upTime = upTime;
    return b;
}

ExportProvenance provenance() {
    ExportProvenance p;
    p.organization = QStringLiteral("Demo portfolio (simulator)");
    p.range = *DateRanges::rangeForDays({QDate(2026, 11, 2), QDate(2026, 11, 8)}, NewYork);
    p.resolution = TimeResolution::Hour;
    p.operatingHours = OperatingHours{};
    p.timeZone = QStringLiteral("America/New_York");
    p.exportedAt = QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
    return p;
}

ExportSpace exportSpace(const char *id, const QString &name, Nullable<qint64> capacity) {
    return {QString::fromLatin1(id), name, capacity, QStringLiteral("America/New_York")};
}

int column(const char *name) {
    return int(CsvExport::columns().indexOf(QLatin1String(name)));
}

} // namespace

class TestCsvExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exactHeaderCommentLines() {
        ExportProvenance p = provenance();
        p.notes = {QStringLiteral("Rolled up from 3 spaces.")};
        const QList<ExportSeries> table{
            {exportSpace("spc_1", QStringLiteral("Café 会议室"), qint64(8)), {}},
            {exportSpace("spc_2", QStringLiteral("Phone booth"), Nullable<qint64>::null()), {}},
            {exportSpace("spc_3", QStringLiteral("Quiet room"), qint64(0)), {}}};
        const ParsedCsv csv = parse(CsvExport::metricsCsv(p, table));
        const QStringList expected{
            QStringLiteral("Density Dashboard export"),
            QStringLiteral("Organization: Demo portfolio (simulator)"),
            QStringLiteral("Space: spc_1 | Café 会议室 | capacity 8 | America/New_York"),
            QStringLiteral("Space: spc_2 | Phone booth | no capacity set | America/New_York"),
            QStringLiteral(
                "Space: spc_3 | Quiet room | capacity 0 (no capacity set) | America/New_York"),
            QStringLiteral("Range: 2026-11-02T00:00:00-05:00 to 2026-11-08T23:59:59-05:00 (both "
                           "included; as sent to the API)"),
            QStringLiteral("Resolution: hour"),
            QStringLiteral("Operating hours: Mon Tue Wed Thu Fri (days 1 2 3 4 5; 0 = Sunday) "
                           "08:00 to 18:00 (end excluded)"),
            QStringLiteral("Time zone: America/New_York (the space's own)"),
            QStringLiteral("Definitions:"),
            QStringLiteral("  bucket: start of the period in the space's time zone with its UTC "
                           "offset (total: the range start; weekday: 0 = Sunday; hour_of_day: "
                           "0-23)"),
            QStringLiteral("  occupancy_avg: average number of people present during the bucket "
                           "(time-weighted)"),
            QStringLiteral("  occupancy_max: peak number of people present at any moment of the "
                           "bucket; a peak is not an average"),
            QStringLiteral("  utilization_avg / utilization_max: occupancy_avg / occupancy_max "
                           "divided by the space's capacity (1 = 100%); empty when no capacity "
                           "is set (unset or 0)"),
            QStringLiteral("  time_used_hours: time with at least one person present in hours "
                           "(the API's time_used_raw milliseconds / 3600000)"),
            QStringLiteral("  up_time: share of the bucket the sensors were online (1 = "
                           "complete; 0.8 or less = low quality)"),
            QStringLiteral("  capped: true when the sensor reached its counting limit; "
                           "occupancy_max is then at least that limit (read 3 as \"3+\")"),
            QStringLiteral("  data_quality: good / zero_use (complete and nobody there) / "
                           "incomplete (up_time below 1) / low_quality (up_time 0.8 or less) / "
                           "offline (up_time 0) / missing / pending (after the export time)"),
            QStringLiteral("  Empty cells have no value (null or not reported by the API): never "
                           "read them as 0"),
            QStringLiteral("Note: Rolled up from 3 spaces."),
            QStringLiteral("App version: Density Dashboard ") + QStringLiteral(DENSITY_VERSION),
            QStringLiteral("Exported at: 2026-11-25T15:00:00Z"),
        };
        QCOMPARE(csv.comments.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(csv.comments.at(i), expected.at(i));
        QCOMPARE(csv.rows.size(), 1);
        QCOMPARE(csv.rows.first(), CsvExport::columns());
        QCOMPARE(CsvExport::columns().join(QLatin1Char(',')),
                 QStringLiteral("space_id,space_name,bucket,occupancy_avg,occupancy_max,"
                                "utilization_avg,utilization_max,time_used_hours,up_time,capped,"
                                "data_quality,note"));
        QVERIFY(!QStringLiteral(DENSITY_VERSION).isEmpty());
        QCOMPARE(ExportProvenance().appVersion, QStringLiteral(DENSITY_VERSION));
    }

    void provenanceVariants() {
        ExportProvenance p = provenance();
        p.operatingHours.reset();
        p.timeZoneIsFallback = true;
        p.range = TimeRange{QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC),
                            QDateTime(QDate(2026, 11, 2), QTime(23, 59, 59), Qt::UTC),
                            TimestampStyle::Utc};
        const ParsedCsv csv = parse(CsvExport::metricsCsv(p, {}));
        QVERIFY(csv.comments.contains(QStringLiteral("Operating hours: all hours")));
        QVERIFY(csv.comments.contains(
            QStringLiteral("Time zone: UTC (fallback: no time zone set for the space)")));
        QVERIFY(csv.comments.contains(QStringLiteral(
            "Range: 2026-11-02T00:00:00Z to 2026-11-02T23:59:59Z (both included; as sent to the "
            "API)")));
        QCOMPARE(ExportProvenances::operatingHoursLine(OperatingHours{{0, 6}, 9, 24}),
                 QStringLiteral("Sun Sat (days 0 6; 0 = Sunday) 09:00 to 24:00 (end excluded)"));
    }

    void rowsNumbersAndOrder() {
        const QList<ExportSeries> table{
            {exportSpace("spc_1", QStringLiteral("Room A"), qint64(8)),
             {bucket("2026-11-02T10:00:00-05:00", 0.1, 2, 0.0125, 2'421'000, 1.0),
              bucket("2026-11-02T09:00:00-05:00", 1.5, 3, 0.1875, 3'600'000, 0.8)}}};
        const ParsedCsv csv = parse(CsvExport::metricsCsv(provenance(), table));
        QCOMPARE(csv.rows.size(), 3);
        const QStringList nine = csv.rows.at(1); // time order, not input order
        QCOMPARE(nine,
                 (QStringList{QStringLiteral("spc_1"), QStringLiteral("Room A"),
                              QStringLiteral("2026-11-02T09:00:00-05:00"), QStringLiteral("1.5"),
                              QStringLiteral("3"), QStringLiteral("0.1875"),
                              QStringLiteral("0.375"), QStringLiteral("1"), QStringLiteral("0.8"),
                              QStringLiteral("false"), QStringLiteral("low_quality"), QString()}));
        const QStringList ten = csv.rows.at(2);
        QCOMPARE(ten.at(column("occupancy_avg")), QStringLiteral("0.1"));
        QCOMPARE(ten.at(column("time_used_hours")), QStringLiteral("0.6725")); // ms / 3,600,000
        QCOMPARE(ten.at(column("data_quality")), QStringLiteral("good"));

        // Buckets after the export time are "pending", not "offline".
        ExportProvenance early = provenance();
        early.exportedAt =
            QDateTime::fromString(QStringLiteral("2026-11-02T14:30:00Z"), Qt::ISODate);
        const ParsedCsv partial = parse(CsvExport::metricsCsv(early, table));
        QCOMPARE(partial.rows.at(1).at(column("data_quality")), QStringLiteral("low_quality"));
        QCOMPARE(partial.rows.at(2).at(column("data_quality")), QStringLiteral("pending"));
    }

    void nullStaysEmptyNeverZero() {
        MetricBucket nulls;
        nulls.key = QStringLiteral("2026-11-02T09:00:00-05:00");
        nulls.occupancyAvg = Nullable<double>::null();
        nulls.occupancyMax = Nullable<qint64>::null();
        nulls.utilizationAvg = Nullable<double>::null();
        nulls.utilizationMax = Nullable<double>::null();
        nulls.upTime = 0.0;
        MetricBucket capacityZero = bucket("2026-11-02T09:00:00-05:00", 2.0, 2, 0.0, 0, 1.0);
        const QList<ExportSeries> table{
            {exportSpace("spc_1", QStringLiteral("Set"), qint64(4)), {nulls}},
            {exportSpace("spc_2", QStringLiteral("Zero"), qint64(0)), {capacityZero}},
            {exportSpace("spc_3", QStringLiteral("Unset"), Nullable<qint64>::null()), {nulls}},
            {exportSpace("spc_4", QStringLiteral("Unknown"), Nullable<qint64>()), {capacityZero}}};
        const ParsedCsv csv = parse(CsvExport::metricsCsv(provenance(), table));
        QCOMPARE(csv.rows.size(), 5);
        const QStringList set = csv.rows.at(1);
        for (const char *name : {"occupancy_avg", "occupancy_max", "utilization_avg",
                                 "utilization_max", "time_used_hours", "capped"})
            QVERIFY2(set.at(column(name)).isEmpty(), name);
        QCOMPARE(set.at(column("up_time")), QStringLiteral("0"));
        QCOMPARE(set.at(column("data_quality")), QStringLiteral("missing"));
        QCOMPARE(set.at(column("note")),
                 QStringLiteral("null from the API: occupancy_avg occupancy_max utilization_avg "
                                "utilization_max"));
        // Capacity 0 or unset: the API's utilization (0 or null) is not written.
        for (int r : {2, 3, 4}) {
            const QStringList row = csv.rows.at(r);
            QVERIFY(row.at(column("utilization_avg")).isEmpty());
            QVERIFY(row.at(column("utilization_max")).isEmpty());
            QVERIFY2(row.at(column("note")).startsWith(QStringLiteral("no capacity set")),
                     qPrintable(row.at(column("note"))));
        }
        QCOMPARE(csv.rows.at(2).at(column("occupancy_avg")), QStringLiteral("2"));
        QCOMPARE(csv.rows.at(2).at(column("data_quality")), QStringLiteral("good"));
    }

    void quotingAndUnicode() {
        const QString awkward = QStringLiteral("Board room, \"Atlas\"\nfloor 2 – Zürich 会议室 🚪");
        const QList<ExportSeries> table{
            {exportSpace("spc_1", awkward, qint64(8)),
             {bucket("2026-11-02T09:00:00-05:00", 1.0, 1, 0.125, 0, 1.0)}}};
        const QByteArray bytes = CsvExport::metricsCsv(provenance(), table);
        QVERIFY(bytes.contains(
            QStringLiteral("\"Board room, \"\"Atlas\"\"\nfloor 2 – Zürich 会议室 🚪\"").toUtf8()));
        const ParsedCsv csv = parse(bytes);
        QCOMPARE(csv.rows.at(1).at(column("space_name")), awkward);
        QCOMPARE(csv.rows.at(1).size(), CsvExport::columns().size());
        // In the comment block the line break becomes a space: a name cannot open a row.
        QVERIFY(csv.comments.contains(QStringLiteral(
            "Space: spc_1 | Board room, \"Atlas\" floor 2 – Zürich 会议室 🚪 | capacity 8 | "
            "America/New_York")));
    }

    void byteOrderMarkAndLineEnds() {
        const QByteArray with = CsvExport::metricsCsv(provenance(), {});
        QVERIFY(with.startsWith("\xEF\xBB\xBF# Density Dashboard export\r\n"));
        CsvExportOptions options;
        options.byteOrderMark = false;
        const QByteArray without = CsvExport::metricsCsv(provenance(), {}, options);
        QVERIFY(without.startsWith("# Density Dashboard export\r\n"));
        QCOMPARE(with.mid(3), without);
        QCOMPARE(without.count('\n'), without.count("\r\n"));
        QVERIFY(without.endsWith("data_quality,note\r\n"));
    }

    void formulaInjectionIsGuarded_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\";\"y\")")
                           << QStringLiteral("'=HYPERLINK(\"http://x\";\"y\")");
        QTest::newRow("+") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
        QTest::newRow("-") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                           << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("plain") << QStringLiteral("Room = 1") << QStringLiteral("Room = 1");
        QTest::newRow("apostrophe") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    }

    void formulaInjectionIsGuarded() {
        QFETCH(QString, name);
        QFETCH(QString, written);
        const QList<ExportSeries> table{
            {exportSpace("spc_1", name, qint64(8)),
             {bucket("2026-11-02T09:00:00-05:00", 1.0, 1, 0.125, 0, 1.0)}}};
        const ParsedCsv csv = parse(CsvExport::metricsCsv(provenance(), table));
        QCOMPARE(csv.rows.at(1).at(column("space_name")), written);
        QCOMPARE(CsvFormat::needsFormulaGuard(name), written != name);
    }

    void commentLinesCannotCarryFormulas() {
        ExportProvenance p = provenance();
        p.organization = QStringLiteral("Acme, =cmd|'/C calc'!A0,@x");
        const ParsedCsv csv = parse(CsvExport::metricsCsv(p, {}));
        QCOMPARE(csv.comments.at(1), QStringLiteral("Organization: Acme, '=cmd|'/C calc'!A0,'@x"));
        QCOMPARE(CsvFormat::commentLine(QStringLiteral("a\r\nb\nc")),
                 QStringLiteral("# a b c\r\n"));
    }

    void numbersAreExactAndLocaleFree() {
        QCOMPARE(CsvFormat::number(0.1), QStringLiteral("0.1"));
        QCOMPARE(CsvFormat::number(1.0 / 3.0).toDouble(), 1.0 / 3.0);
        QCOMPARE(CsvFormat::number(1234567.25), QStringLiteral("1234567.25"));
        QCOMPARE(CsvFormat::number(qint64(1234567)), QStringLiteral("1234567"));
        QLocale::setDefault(QLocale(QLocale::German));
        QCOMPARE(CsvFormat::number(0.5), QStringLiteral("0.5"));
        QLocale::setDefault(QLocale::c());
    }

    void writingToADevice() {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(CsvExport::writeMetricsCsv(&buffer, provenance(), {}, &error));
        QCOMPARE(buffer.data(), CsvExport::metricsCsv(provenance(), {}));
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        QVERIFY(!CsvExport::writeMetricsCsv(&readOnly, provenance(), {}, &error));
        QVERIFY(error.startsWith(QStringLiteral("The CSV file could not be written")));
    }

    void simulatorNumbersEqualTheDecodedBuckets() {
        SimFixture sim;
        const auto spaces =
            await<QList<Space>>([&sim, this](auto done) { sim.client.spaces(this, done); });
        QVERIFY(spaces.ok());
        // One space of each capacity case, and a Waffle room if the portfolio has one.
        QList<Space> picked;
        const auto pick = [&](auto predicate) {
            for (const Space &s : spaces.value()) {
                if (s.spaceType == QLatin1String("space") && predicate(s) &&
                    !std::any_of(picked.begin(), picked.end(),
                                 [&s](const Space &p) { return p.id == s.id; })) {
                    picked.append(s);
                    return true;
                }
            }
            return false;
        };
        QVERIFY(pick([](const Space &s) { return s.capacity.isNull(); }));
        QVERIFY(
            pick([](const Space &s) { return s.capacity.hasValue() && s.capacity.value() == 0; }));
        QVERIFY(pick([](const Space &s) { return MetricRules::hasCapacity(s.capacity); }));
        const QTimeZone zone(picked.first().timeZone.toUtf8());
        AnalyticsQuery query;
        query.range = *DateRanges::rangeForDays({QDate(2026, 11, 23), QDate(2026, 11, 24)}, zone);
        query.resolution = TimeResolution::Hour;
        query.operatingHours = OperatingHours{};

        // And the Waffle room with the most capped buckets, so "capped" is seen true as well.
        for (const Space &s : spaces.value()) {
            if (s.countingMode.valueOr(QString()) == QLatin1String("waffle") &&
                s.timeZone == picked.first().timeZone && query.spaceIds.size() < 40)
                query.spaceIds.append(s.id);
        }
        const auto waffles =
            await<MetricsBySpace>([&](auto done) { sim.client.occupancy(query, this, done); });
        QVERIFY(waffles.ok());
        QString busiest;
        int mostCapped = 0;
        for (auto it = waffles.value().begin(); it != waffles.value().end(); ++it) {
            const int n = int(std::count_if(it->begin(), it->end(), [](const MetricBucket &b) {
                return b.isCapped.valueOr(false);
            }));
            if (n > mostCapped) {
                mostCapped = n;
                busiest = it.key();
            }
        }
        QVERIFY2(mostCapped > 0, "no Waffle room reached its cap; pick other days");
        QVERIFY(pick([&busiest](const Space &s) { return s.id == busiest; }));
        query.spaceIds.clear();
        for (const Space &s : std::as_const(picked))
            query.spaceIds.append(s.id);
        const auto result =
            await<MetricsBySpace>([&](auto done) { sim.client.allMetrics(query, this, done); });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));

        ExportProvenance p;
        p.organization = QStringLiteral("Simulator");
        p.range = query.range;
        p.resolution = query.resolution;
        p.operatingHours = query.operatingHours;
        p.timeZone = picked.first().timeZone;
        p.exportedAt = QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
        QList<ExportSeries> table;
        for (const Space &s : std::as_const(picked))
            table.append({{s.id, s.name, s.capacity, s.timeZone}, result.value().value(s.id)});
        const ParsedCsv csv = parse(CsvExport::metricsCsv(p, table));

        int rowIndex = 1;
        int compared = 0;
        int capped = 0;
        for (const ExportSeries &entry : std::as_const(table)) {
            QCOMPARE(entry.series.size(), 20); // two weekdays of 08:00–18:00
            for (const MetricBucket &b : BucketKey::chronological(entry.series)) {
                const QStringList row = csv.rows.at(rowIndex++);
                QCOMPARE(row.at(column("space_id")), entry.space.id);
                QCOMPARE(row.at(column("bucket")), b.key);
                QCOMPARE(row.at(column("occupancy_avg")).toDouble(), b.occupancyAvg.value());
                QCOMPARE(row.at(column("occupancy_max")).toLongLong(), b.occupancyMax.value());
                QCOMPARE(row.at(column("time_used_hours")).toDouble(),
                         double(b.timeUsedRaw.value()) / 3'600'000.0);
                QCOMPARE(row.at(column("up_time")).toDouble(), b.upTime.value());
                QCOMPARE(row.at(column("capped")),
                         b.isCapped.value() ? QStringLiteral("true") : QStringLiteral("false"));
                capped += b.isCapped.value() ? 1 : 0;
                if (MetricRules::hasCapacity(entry.space.capacity)) {
                    QCOMPARE(row.at(column("utilization_avg")).toDouble(),
                             b.utilizationAvg.value());
                    QCOMPARE(row.at(column("utilization_max")).toDouble(),
                             b.utilizationMax.value());
                } else {
                    QVERIFY(row.at(column("utilization_avg")).isEmpty());
                    QVERIFY(row.at(column("utilization_max")).isEmpty());
                }
                ++compared;
            }
        }
        QCOMPARE(rowIndex, csv.rows.size()); // nothing extra
        QCOMPARE(compared, 80);
        QCOMPARE(capped, mostCapped);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
