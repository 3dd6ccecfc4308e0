#pragma once

#include "model/nullable.h"
#include "model/query.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace Density {

//! One space as an export names it. The capacity is the one from /v3/spaces that the
//! utilization figures depend on: recording it lets a reader spot a wrong capacity later.
struct ExportSpace {
    QString id;
    QString name;
    Nullable<qint64> capacity; //!< unset (null) or unknown (missing) = no capacity set
    QString timeZone;          //!< IANA id; empty if the space has none
};

//! Everything needed to regenerate an export's numbers: which organization and spaces, the
//! exact range sent to the API, the resolution, the operating hours, the zone the buckets are
//! in, the app version and when the file was written (from an injected clock, so tests and
//! reproductions are deterministic).
struct ExportProvenance {
    QString organization; //!< organization or connection name ("Demo portfolio (simulator)")
    TimeRange range;      //!< as sent to the API
    TimeResolution resolution = TimeResolution::Hour;
    std::optional<OperatingHours> operatingHours; //!< nullopt = all hours
    QString timeZone;                             //!< IANA id of the buckets' zone
    bool timeZoneIsFallback = false;              //!< UTC stood in for a missing space zone
    QDateTime exportedAt;
    QString appVersion = QStringLiteral(DENSITY_VERSION);
    QStringList notes; //!< e.g. a roll-up's note; one comment line each
};

namespace ExportProvenances {

//! The header comment block ("# ..." lines, CRLF) of a CSV export. `definitions` are the
//! metric definitions of the table that follows, one line each.
QString csvComment(const ExportProvenance &provenance, const QList<ExportSpace> &spaces,
                   const QStringList &definitions);

//! "Mon Tue Wed Thu Fri (days 1 2 3 4 5; 0 = Sunday) 08:00 to 18:00 (end excluded)": day names
//! and the API's numbers, so neither a reader nor a script has to guess; "all hours" without.
QString operatingHoursLine(const std::optional<OperatingHours> &hours);

} // namespace ExportProvenances
} // namespace Density
