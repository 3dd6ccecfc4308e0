#include "csvexport.h"

#include "analytics/bucketkey.h"
#include "analytics/metricrules.h"
#include "csvformat.h"

#include <QCoreApplication>
#include <cmath>

namespace Density::CsvExport {

namespace {

QString cell(const Nullable<double> &value) {
    return value.hasValue() && std::isfinite(value.value()) ? CsvFormat::number(value.value())
                                                            : QString();
}

QString cell(const Nullable<qint64> &value) {
    return value.hasValue() ? CsvFormat::number(value.value()) : QString();
}

QString cell(const Nullable<bool> &value) {
    if (!value.hasValue())
        return {};
    return value.value() ? QStringLiteral("true") : QStringLiteral("false");
}

QStringList tableRow(const ExportSpace &space, const MetricBucket &bucket, const QDateTime &now) {
    using MetricRules::hasCapacity;
    QStringList notes;
    QStringList nulls;
    const auto noteNull = [&nulls](const auto &field, const char *name) {
        if (field.isNull())
            nulls.append(QLatin1String(name));
    };
    noteNull(bucket.occupancyAvg, "occupancy_avg");
    noteNull(bucket.occupancyMax, "occupancy_max");
    noteNull(bucket.timeUsedRaw, "time_used_hours");
    noteNull(bucket.upTime, "up_time");
    noteNull(bucket.isCapped, "capped");

    QString utilizationAvg;
    QString utilizationMax;
    if (!hasCapacity(space.capacity)) {
        notes.append(QCoreApplication::translate("Density::CsvExport", "no capacity set"));
    } else {
        utilizationAvg = cell(bucket.utilizationAvg);
        utilizationMax = cell(bucket.utilizationMax);
        noteNull(bucket.utilizationAvg, "utilization_avg");
        noteNull(bucket.utilizationMax, "utilization_max");
    }
    if (!nulls.isEmpty())
        notes.append(QCoreApplication::translate("Density::CsvExport", "null from the API: %1")
                         .arg(nulls.join(QLatin1Char(' '))));

    Nullable<double> hours;
    if (bucket.timeUsedRaw.hasValue())
        hours = MetricRules::hoursFromMilliseconds(bucket.timeUsedRaw.value());

    using CsvFormat::plainField;
    using CsvFormat::textField;
    return {textField(space.id),
            textField(space.name),
            textField(bucket.key),
            plainField(cell(bucket.occupancyAvg)),
            plainField(cell(bucket.occupancyMax)),
            plainField(utilizationAvg),
            plainField(utilizationMax),
            plainField(cell(hours)),
            plainField(cell(bucket.upTime)),
            plainField(cell(bucket.isCapped)),
            plainField(MetricRules::qualityTag(MetricRules::classify(bucket, now))),
            textField(notes.join(QLatin1String("; ")))};
}

} // namespace

QStringList columns() {
    return {QStringLiteral("space_id"),        QStringLiteral("space_name"),
            QStringLiteral("bucket"),          QStringLiteral("occupancy_avg"),
            QStringLiteral("occupancy_max"),   QStringLiteral("utilization_avg"),
            QStringLiteral("utilization_max"), QStringLiteral("time_used_hours"),
            QStringLiteral("up_time"),         QStringLiteral("capped"),
            QStringLiteral("data_quality"),    QStringLiteral("note")};
}

QStringList definitions() {
    return {
        QCoreApplication::translate(
            "Density::CsvExport",
            "bucket: start of the period in the space's time zone with its UTC offset (total: "
            "the range start; weekday: 0 = Sunday; hour_of_day: 0-23)"),
        QCoreApplication::translate(
            "Density::CsvExport",
            "occupancy_avg: average number of people present during the bucket (time-weighted)"),
        QCoreApplication::translate(
            "Density::CsvExport",
            "occupancy_max: peak number of people present at any moment of the bucket; a peak "
            "is not an average"),
        QCoreApplication::translate(
            "Density::CsvExport",
            "utilization_avg / utilization_max: occupancy_avg / occupancy_max divided by the "
            "space's capacity (1 = 100%); empty when no capacity is set (unset or 0)"),
        QCoreApplication::translate(
            "Density::CsvExport",
            "time_used_hours: time with at least one person present in hours (the API's "
            "time_used_raw milliseconds / 3600000)"),
        QCoreApplication::translate(
            "Density::CsvExport",
            "up_time: share of the bucket the sensors were online (1 = complete; 0.8 or less = "
            "low quality)"),
        QCoreApplication::translate(
            "Density::CsvExport",
            "capped: true when the sensor reached its counting limit; occupancy_max is then at "
            "least that limit (read 3 as \"3+\")"),
        QCoreApplication::translate(
            "Density::CsvExport",
            "data_quality: good / zero_use (complete and nobody there) / incomplete (up_time "
            "below 1) / low_quality (up_time 0.8 or less) / offline (up_time 0) / missing / "
            "pending (after the export time)"),
        QCoreApplication::translate(
            "Density::CsvExport",
            "Empty cells have no value (null or not reported by the API): never read them as 0"),
    };
}

QByteArray metricsCsv(const ExportProvenance &provenance, const QList<ExportSeries> &table,
                      const CsvExportOptions &options) {
    QList<ExportSpace> spaces;
    spaces.reserve(table.size());
    for (const ExportSeries &entry : table)
        spaces.append(entry.space);

    QString text = ExportProvenances::csvComment(provenance, spaces, definitions());
    text += CsvFormat::row(columns());
    for (const ExportSeries &entry : table) {
        for (const MetricBucket &bucket : BucketKey::chronological(entry.series))
            text += CsvFormat::row(tableRow(entry.space, bucket, provenance.exportedAt));
    }
    QByteArray bytes = options.byteOrderMark ? CsvFormat::byteOrderMark() : QByteArray();
    bytes += text.toUtf8();
    return bytes;
}

bool writeMetricsCsv(QIODevice *device, const ExportProvenance &provenance,
                     const QList<ExportSeries> &table, QString *error,
                     const CsvExportOptions &options) {
    const QByteArray bytes = metricsCsv(provenance, table, options);
    if (!device || !device->isWritable() || device->write(bytes) != bytes.size()) {
        if (error)
            *error = QCoreApplication::translate("Density::CsvExport",
                                                 "The CSV file could not be written: %1")
                         .arg(device ? device->errorString()
                                     : QCoreApplication::translate("Density::CsvExport",
                                                                   "no file was open"));
        return false;
    }
    return true;
}

} // namespace Density::CsvExport
