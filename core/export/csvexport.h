#pragma once

#include "exportprovenance.h"
#include "model/metrics.h"

#include <QByteArray>
#include <QIODevice>

namespace Density {

//! One space's rows of a metric table.
struct ExportSeries {
    ExportSpace space;
    MetricSeries series;
};

struct CsvExportOptions {
    bool byteOrderMark = true; //!< for Excel on Windows; see CsvFormat::byteOrderMark()
};

//! The metric table of a chart as CSV: a provenance comment block ("# ..." lines), then a
//! header row and one row per space and bucket, in time order:
//!
//!   space_id,space_name,bucket,occupancy_avg,occupancy_max,utilization_avg,utilization_max,
//!   time_used_hours,up_time,capped,data_quality,note
//!
//! A value the API sent as null or did not send is an empty cell, never 0; `note` says why
//! when it was null. Utilization is left empty with the note "no capacity set" for a space
//! whose capacity is unset or 0 (the API's 0 there is not a measurement). `capped` true means
//! occupancy_max is at least the counting limit ("3+"). `data_quality` is the bucket's
//! MetricRules::qualityTag(), "pending" for buckets that start after the export time. Numbers
//! are in the C locale, shortest exact form.
namespace CsvExport {

//! The column names, in order. Fixed English identifiers: scripts read them.
QStringList columns();
//! The metric definitions written into the comment block, one line each.
QStringList definitions();

QByteArray metricsCsv(const ExportProvenance &provenance, const QList<ExportSeries> &table,
                      const CsvExportOptions &options = {});

//! Writes metricsCsv() to an open device; false and a sentence in *error when writing fails.
bool writeMetricsCsv(QIODevice *device, const ExportProvenance &provenance,
                     const QList<ExportSeries> &table, QString *error,
                     const CsvExportOptions &options = {});

} // namespace CsvExport
} // namespace Density
