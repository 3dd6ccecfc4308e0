#include "activitylogcsv.h"

#include "csvformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimeZone>

namespace Density::ActivityLogCsv {

namespace {

//! tr() for this file's free functions, in a context lupdate can see (a plain wrapper around
//! QCoreApplication::translate() would be filed under the wrong context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Density::ActivityLogCsv)
};

} // namespace

QStringList columns() {
    return {QStringLiteral("when_utc"), QStringLiteral("when_local"), QStringLiteral("connection"),
            QStringLiteral("action"),   QStringLiteral("target"),     QStringLiteral("before"),
            QStringLiteral("after"),    QStringLiteral("outcome"),    QStringLiteral("detail")};
}

QByteArray csv(const QList<ActivityEntry> &entries, const ActivityLogCsvInfo &info) {
    using CsvFormat::commentLine;
    using CsvFormat::plainField;
    using CsvFormat::textField;

    QString out;
    out += commentLine(Tr::tr("Density Dashboard activity log: admin changes made from this app"));
    out += commentLine(Tr::tr("Log file: %1").arg(QDir::toNativeSeparators(info.logPath)));
    out += commentLine(info.filter.isEmpty() ? Tr::tr("Filter: none (every entry)")
                                             : Tr::tr("Filter: %1").arg(info.filter));
    //: %1 entries in this file, %2 entries in the log.
    out += commentLine(
        Tr::tr("Entries: %1 of %2, newest first").arg(entries.size()).arg(info.totalEntries));
    out += commentLine(Tr::tr("Definitions:"));
    out +=
        commentLine(Tr::tr("  when_utc: when the change was applied, ISO 8601 in UTC; when_local: "
                           "the same instant in this computer's time zone (%1)")
                        .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    out += commentLine(Tr::tr("  before / after: the values before the change and the values asked "
                              "for, as the form described them"));
    out += commentLine(Tr::tr("  outcome: applied, partly-applied or failed; detail: the API's "
                              "sentence, or what part was applied"));
    out += commentLine(Tr::tr("App version: Density Dashboard %1").arg(info.appVersion));
    out +=
        commentLine(Tr::tr("Exported at: %1").arg(info.exportedAt.toUTC().toString(Qt::ISODate)));

    QStringList header;
    for (const QString &name : columns())
        header.append(plainField(name));
    out += CsvFormat::row(header);
    for (const ActivityEntry &e : entries) {
        out += CsvFormat::row(
            {plainField(e.when.isValid() ? e.when.toUTC().toString(Qt::ISODate) : QString()),
             plainField(e.when.isValid()
                            ? e.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                            : QString()),
             textField(e.connection), textField(e.action), textField(e.target), textField(e.before),
             textField(e.after), plainField(ActivityEntry::outcomeKey(e.outcome)),
             textField(e.detail)});
    }
    return CsvFormat::byteOrderMark() + out.toUtf8();
}

} // namespace Density::ActivityLogCsv
