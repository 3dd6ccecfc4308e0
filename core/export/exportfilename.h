#pragma once

#include <QDate>
#include <QString>

//! File names the Export action suggests: "patterns-hudson-yards-floor-2-2026-11-25.png".
//! Names travel by e-mail and through shells and file shares, so they are plain ASCII,
//! lower case, with hyphens; the date is the export's, so a weekly export never overwrites
//! last week's file.
namespace Density::ExportFileNames {

//! "Hudson Yards — Floor 2 (Café)" -> "hudson-yards-floor-2-cafe": accents dropped, every run
//! of other characters one hyphen, no hyphen at either end, at most 60 characters. Empty when
//! nothing usable is left (a name in a non-Latin script); callers fall back to an id.
QString slug(const QString &text);

//! `baseName` + "-" + ISO date + "." + `suffix`; the date is left out when invalid.
QString suggested(const QString &baseName, const QDate &date, const QString &suffix);

} // namespace Density::ExportFileNames
