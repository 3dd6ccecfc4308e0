#include "activitylogcsv.h"

#include "csvformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimeZone>

namespace Density::ActivityLogCsv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Density::ActivityLogCsv", text);
}

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
    out += commentLine(tr("Density Dashboard activity log: admin changes made from this app"));
    out += commentLine(tr("Log file: %1").arg(QDir::toNativeSeparators(info.logPath)));
    out += commentLine(info.filter.isEmpty() ? tr("Filter: none (every entry)")
                                             : tr("Filter: %1").arg(info.filter));
    //: %1 entries in this file, %2 entries in the log.
    out += commentLine(
        tr("Entries: %1 of %2, newest first").arg(entries.size()).arg(info.totalEntries));
    out += commentLine(tr("Definitions:"));
    out += commentLine(tr("  when_utc: when the change was applied, ISO 8601 in UTC; when_local: "
                          "the same instant in this computer's time zone (%1)")
                           .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    out += commentLine(tr("  before / after: the values before the change and the values asked "
                          "for, as the form described them"));
    out += commentLine(tr("  outcome: applied, partly-applied or failed; detail: the API's "
                          "sentence, or what part was applied"));
    out += commentLine(tr("App version: Density Dashboard %1").arg(info.appVersion));
    out += commentLine(tr("Exported at: %1").arg(info.exportedAt.toUTC().toString(Qt::ISODate)));

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
