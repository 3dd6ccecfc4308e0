#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Density::Sim {

//! A city the generator can put a building in.
struct SimCity {
    QString site;     //!< building name, e.g. "Hudson Yards"
    QString code;     //!< IWMS prefix, e.g. "NYC"
    QString timeZone; //!< IANA id
    QString address;
    bool campus; //!< belongs to the organization's one campus (New York)
    double costPerSqft;
};

//! Fixed vocabularies for realistic, deterministic names.
namespace SimNames {
const QVector<SimCity> &cities();
const QStringList &meetingRooms();
QString campusName();
QString campusAddress();
const QStringList &organizations();

struct Person {
    QString fullName;
    QString role;
};
const QVector<Person> &people();
} // namespace SimNames

} // namespace Density::Sim
