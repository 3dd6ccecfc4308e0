#pragma once

#include "simzone.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <vector>

namespace Density::Sim {

enum class SpaceType { Campus, Building, Floor, Space };
enum class CountingMode { None, Oa, Entry, Waffle };

//! What the room is used for; drives the occupancy pattern (meeting rooms bursty, desks long
//! sessions, phone booths short, open areas fluctuating).
enum class SpaceKind {
    Structure, // campus, building, floor
    Desk,
    MeetingRoom,
    PhoneBooth,
    OpenArea,
    FlexSpace,
    Lounge,
    Cafe,
    Gym,
    WellnessRoom,
};

QString spaceTypeName(SpaceType type);
QString countingModeName(CountingMode mode); //!< empty for None
QString functionName(SpaceKind kind);        //!< empty for Structure

struct SimSpace {
    QString id;
    QString name;
    SpaceType type = SpaceType::Space;
    SpaceKind kind = SpaceKind::Structure;
    QString function; //!< null QString => JSON null
    std::optional<int> capacity;
    CountingMode mode = CountingMode::None;
    QString dailyReset;
    QString goLiveDateUtc;
    bool planning = false;
    int zone = 0;
    QString address;
    bool binaryOccupancy = false;
    double costPerSqft = 0;
    double sizeArea = 0;
    QString iwmsId;

    int parent = -1;
    int building = -1;
    int floor = -1;
    QVector<int> children;
    QVector<int> labels;
    QVector<int> sensors;  //!< sensors whose data this space's own count comes from
    double popularity = 1; //!< 0..1, scales how busy the space is
    quint64 key = 0;       //!< stable per-space hash input

    bool hasOwnData() const { return type == SpaceType::Space && mode != CountingMode::None; }
};

//! How a sensor's health timeline is generated (see SimSensorHealth).
enum class SensorBehaviour { Normal, Flaky, Dead, Planning };

struct SimNetworkAddress {
    QString address;
    QString family;
    QString ifName; //!< JSON "if" (interface name)
    QString mac;
};

struct SimSensor {
    QString serial;
    CountingMode type = CountingMode::Oa;
    QString hardwareType;
    QString firmwareVersion;
    QString createdAt;
    QString updatedAt;
    QVector<int> buildings;
    QVector<int> floors;
    QVector<int> spaces;
    QVector<SimNetworkAddress> networkAddresses;
    SensorBehaviour behaviour = SensorBehaviour::Normal;
    qint64 deadSince = 0; //!< Dead sensors: offline from here on
    quint64 key = 0;
};

struct SimLabelGroup {
    QString id;
    QString name;
};

struct SimLabel {
    QString id;
    QString name;
    int group = -1;
};

struct SimUser {
    QString id;
    QString email;
    QString fullName;
    QString role;
    QStringList spaces;
    QString createdAt;
};

struct SimDoorwaySpace {
    int space = -1;
    int sensorPlacement = 1;
};

struct SimDoorway {
    QString id;
    QString name;
    int sensor = -1;
    QString createdAt;
    QVector<SimDoorwaySpace> spaces;
};

//! The in-memory store of one organization. Plain data plus index lookups; generation lives in
//! SimPortfolioGenerator, JSON in SimJson, counts in SimOccupancy. Mutations (labels, spaces,
//! users) edit it in place for the life of the process.
class SimPortfolio {
public:
    QString orgId;
    QString orgName;
    std::vector<SimSpace> spaces;
    std::vector<SimSensor> sensors;
    std::vector<SimLabelGroup> labelGroups;
    std::vector<SimLabel> labels;
    std::vector<SimUser> users;
    std::vector<SimDoorway> doorways;
    SimZones zones;

    int spaceIndex(const QString &id) const { return m_spaceIndex.value(id, -1); }
    int sensorIndex(const QString &serial) const { return m_sensorIndex.value(serial, -1); }
    int labelIndex(const QString &id) const;
    int labelGroupIndex(const QString &id) const;
    int userIndex(const QString &id) const;

    //! All descendants, depth first, parents before children.
    QVector<int> descendants(int space) const;
    //! Sensors installed in the space or below it (location-based, for filters and health).
    QVector<int> sensorsInSubtree(int space) const;

    //! Call after adding spaces or sensors so the id lookups see them.
    void rebuildIndexes();

    //! Fresh ids for created entities ("lbl_…", "lgr_…", "usr_…").
    QString nextId(const QString &prefix);

private:
    QHash<QString, int> m_spaceIndex;
    QHash<QString, int> m_sensorIndex;
    quint64 m_nextId = 9000001;
};

} // namespace Density::Sim
