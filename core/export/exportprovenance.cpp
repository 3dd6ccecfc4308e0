#include "exportprovenance.h"

#include "csvformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace Density::ExportProvenances {

namespace {

QString hour(int h) {
    return QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
}

QString spaceLine(const ExportSpace &space) {
    QString capacity;
    if (space.capacity.hasValue() && space.capacity.value() > 0)
        capacity = QCoreApplication::translate("Density::ExportProvenance", "capacity %1")
                       .arg(space.capacity.value());
    else if (space.capacity.hasValue())
        capacity = QCoreApplication::translate("Density::ExportProvenance",
                                               "capacity 0 (no capacity set)");
    else
        capacity = QCoreApplication::translate("Density::ExportProvenance", "no capacity set");
    const QString zone =
        space.timeZone.isEmpty()
            ? QCoreApplication::translate("Density::ExportProvenance", "no time zone")
            : space.timeZone;
    //: %1 space id, %2 name, %3 capacity, %4 time zone.
    return QCoreApplication::translate("Density::ExportProvenance", "Space: %1 | %2 | %3 | %4")
        .arg(space.id, space.name, capacity, zone);
}

} // namespace

QString operatingHoursLine(const std::optional<OperatingHours> &hours) {
    if (!hours)
        return QCoreApplication::translate("Density::ExportProvenance", "all hours");
    QStringList names;
    QStringList numbers;
    for (int day : hours->days) {
        // English names in every language: the numbers beside them are what scripts read.
        names.append(QLocale::c().dayName(day == 0 ? 7 : day, QLocale::ShortFormat));
        numbers.append(QString::number(day));
    }
    //: %1 day names, %2 day numbers, %3 opening hour, %4 closing hour.
    return QCoreApplication::translate("Density::ExportProvenance",
                                       "%1 (days %2; 0 = Sunday) %3 to %4 (end excluded)")
        .arg(names.join(QLatin1Char(' ')), numbers.join(QLatin1Char(' ')), hour(hours->startHour),
             hour(hours->endHour));
}

QString csvComment(const ExportProvenance &p, const QList<ExportSpace> &spaces,
                   const QStringList &definitions) {
    using CsvFormat::commentLine;
    QString out;
    out += commentLine(
        QCoreApplication::translate("Density::ExportProvenance", "Density Dashboard export"));
    out += commentLine(QCoreApplication::translate("Density::ExportProvenance", "Organization: %1")
                           .arg(p.organization));
    for (const ExportSpace &space : spaces)
        out += commentLine(spaceLine(space));
    out += commentLine(
        QCoreApplication::translate("Density::ExportProvenance",
                                    "Range: %1 to %2 (both included; as sent to the API)")
            .arg(p.range.startText(), p.range.endText()));
    out += commentLine(QCoreApplication::translate("Density::ExportProvenance", "Resolution: %1")
                           .arg(timeResolutionToString(p.resolution)));
    out +=
        commentLine(QCoreApplication::translate("Density::ExportProvenance", "Operating hours: %1")
                        .arg(operatingHoursLine(p.operatingHours)));
    if (p.timeZoneIsFallback || p.timeZone.isEmpty())
        out += commentLine(QCoreApplication::translate(
            "Density::ExportProvenance",
            "Time zone: UTC (fallback: no time zone set for the space)"));
    else
        out += commentLine(QCoreApplication::translate("Density::ExportProvenance",
                                                       "Time zone: %1 (the space's own)")
                               .arg(p.timeZone));
    out += commentLine(QCoreApplication::translate("Density::ExportProvenance", "Definitions:"));
    for (const QString &definition : definitions)
        out += commentLine(QLatin1String("  ") + definition);
    for (const QString &note : p.notes)
        out += commentLine(
            QCoreApplication::translate("Density::ExportProvenance", "Note: %1").arg(note));
    out += commentLine(QCoreApplication::translate("Density::ExportProvenance",
                                                   "App version: Density Dashboard %1")
                           .arg(p.appVersion));
    out += commentLine(QCoreApplication::translate("Density::ExportProvenance", "Exported at: %1")
                           .arg(p.exportedAt.toString(Qt::ISODate)));
    return out;
}

} // namespace Density::ExportProvenances
