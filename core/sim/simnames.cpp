#include "simnames.h"

#include <QVector>

using namespace Qt::StringLiterals;

namespace Density::Sim::SimNames {

const QVector<SimCity> &cities() {
    static const QVector<SimCity> list = {
        {u"Hudson Yards"_s, u"NYC"_s, u"America/New_York"_s,
         u"500 W 33rd St, New York, NY 10001, USA"_s, true, 92.0},
        {u"Spree Haus"_s, u"BER"_s, u"Europe/Berlin"_s,
         u"Friedrichstraße 68, 10117 Berlin, Germany"_s, false, 41.5},
        {u"Chelsea Loft"_s, u"NYC"_s, u"America/New_York"_s,
         u"85 10th Ave, New York, NY 10011, USA"_s, true, 88.0},
        {u"Mission Bay"_s, u"SFO"_s, u"America/Los_Angeles"_s,
         u"1455 3rd St, San Francisco, CA 94158, USA"_s, false, 79.0},
        {u"King's Cross"_s, u"LON"_s, u"Europe/London"_s,
         u"6 Pancras Square, London N1C 4AG, United Kingdom"_s, false, 74.0},
        {u"Fulton Market"_s, u"CHI"_s, u"America/Chicago"_s,
         u"1000 W Fulton Market, Chicago, IL 60607, USA"_s, false, 48.0},
        {u"Marina One"_s, u"SIN"_s, u"Asia/Singapore"_s, u"5 Straits View, Singapore 018935"_s,
         false, 66.0},
        {u"Barangaroo"_s, u"SYD"_s, u"Australia/Sydney"_s,
         u"300 Barangaroo Ave, Sydney NSW 2000, Australia"_s, false, 70.0},
    };
    return list;
}

const QStringList &meetingRooms() {
    static const QStringList list = {
        u"Everest"_s, u"Kilimanjaro"_s, u"Denali"_s,  u"Aconcagua"_s, u"Matterhorn"_s,
        u"Fuji"_s,    u"Olympus"_s,     u"Rainier"_s, u"Elbrus"_s,    u"Vinson"_s,
        u"Hudson"_s,  u"Thames"_s,      u"Danube"_s,  u"Amazon"_s,    u"Nile"_s,
        u"Rhine"_s,   u"Mekong"_s,      u"Yukon"_s,   u"Curie"_s,     u"Lovelace"_s,
        u"Hopper"_s,  u"Turing"_s,      u"Noether"_s, u"Franklin"_s,  u"Meitner"_s,
        u"Tesla"_s,   u"Kepler"_s,      u"Galileo"_s, u"Darwin"_s,    u"Hypatia"_s,
        u"Sequoia"_s, u"Redwood"_s,     u"Aspen"_s,   u"Cedar"_s,     u"Juniper"_s,
        u"Willow"_s,  u"Magnolia"_s,    u"Cypress"_s, u"Birch"_s,     u"Maple"_s,
    };
    return list;
}

QString campusName() {
    return u"Manhattan Campus"_s;
}

QString campusAddress() {
    return u"West Side, New York, NY, USA"_s;
}

const QStringList &organizations() {
    static const QStringList list = {u"Acme Corporation"_s, u"Globex Industries"_s,
                                     u"Initech Group"_s, u"Umbrella Labs"_s,
                                     u"Stark Workplace Co."_s};
    return list;
}

const QVector<Person> &people() {
    static const QVector<Person> list = {
        {u"Maya Chen"_s, u"owner"_s},        {u"Daniel Okafor"_s, u"admin"_s},
        {u"Sofia Rossi"_s, u"admin"_s},      {u"Liam Becker"_s, u"editor"_s},
        {u"Aisha Khan"_s, u"editor"_s},      {u"Noah Williams"_s, u"read_only"_s},
        {u"Emma Schmidt"_s, u"read_only"_s}, {u"Lucas Martin"_s, u"read_only"_s},
    };
    return list;
}

} // namespace Density::Sim::SimNames
