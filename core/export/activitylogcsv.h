#pragma once

#include "admin/activitylog.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Density {

//! Where an activity-log export came from, written as its comment block so a reader knows
//! which log, which filter and when.
struct ActivityLogCsvInfo {
    QString logPath;      //!< the JSON Lines file the entries were read from
    QString filter;       //!< the filter in force, readable; empty = every entry
    int totalEntries = 0; //!< entries in the log, for "N of M"
    QDateTime exportedAt;
    QString appVersion = QStringLiteral(DENSITY_VERSION);
};

//! The activity log as CSV, with the encoding every export of the app shares (CsvFormat: UTF-8
//! with a byte order mark, CRLF, quoting, formula guard): a "# ..." comment block, a header row
//!
//!   when_utc,when_local,connection,action,target,before,after,outcome,detail
//!
//! and one row per entry in the order given (the table shows newest first). when_utc is ISO
//! 8601 with "Z" for scripts; when_local is what the table showed. outcome is the fixed key
//! applied / partly-applied / failed, whatever the app's language.
namespace ActivityLogCsv {

QStringList columns();
//! "applied", "partly-applied" or "failed".
QString outcomeKey(ActivityEntry::Outcome outcome);
QByteArray csv(const QList<ActivityEntry> &entries, const ActivityLogCsvInfo &info);

} // namespace ActivityLogCsv
} // namespace Density
