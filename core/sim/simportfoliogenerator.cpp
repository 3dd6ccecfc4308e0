#include "simportfoliogenerator.h"

#include "simnames.h"
#include "simoptions.h"
#include "simrandom.h"
#include "simtime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Density::Sim {

namespace {

QString pad(qint64 value, int width) {
    return QString::number(value).rightJustified(width, u'0');
}

QString letters(int index) {
    QString out;
    do {
        out.prepend(QChar(u'A' + index % 26));
        index = index / 26 - 1;
    } while (index >= 0);
    return out;
}

//! Serial numbers look like the documented "A1B6Z10": letter digit letter digit letter digit
//! digit. Index -> multiplication by a prime modulo the code space is a bijection, so serials
//! are unique and look scattered.
QString serialFor(quint64 offset, int index) {
    constexpr quint64 total = 26ULL * 10 * 26 * 10 * 26 * 10 * 10;
    quint64 v = (offset + quint64(index) * 7919ULL) % total;
    const int d2 = int(v % 10);
    v /= 10;
    const int d1 = int(v % 10);
    v /= 10;
    const int l3 = int(v % 26);
    v /= 26;
    const int n2 = int(v % 10);
    v /= 10;
    const int l2 = int(v % 26);
    v /= 26;
    const int n1 = int(v % 10);
    v /= 10;
    const int l1 = int(v % 26);
    QString s;
    s.append(QChar(u'A' + l1));
    s.append(QChar(u'0' + n1));
    s.append(QChar(u'A' + l2));
    s.append(QChar(u'0' + n2));
    s.append(QChar(u'A' + l3));
    s.append(QChar(u'0' + d1));
    s.append(QChar(u'0' + d2));
    return s;
}

QString dateTimeUtc(qint64 msecs) {
    return formatUtc(msecs);
}

class Generator {
public:
    Generator(const SimOptions &options, qint64 now)
        : m_options(options)
        , m_now(now)
        , m_seed(options.seed)
        , m_rng(hashMix(options.seed, 0x6E4E)) {}

    SimPortfolio run();

private:
    int addSpace(SimSpace space);
    void makeLabels();
    void makeFloorSpaces(int floor, int buildingNo, int floorNo, int quota, bool noOa);
    int makeLeaf(int parent, int floor, SpaceKind kind, int floorNo, int seq, bool noOa,
                 SimRandom &rng);
    void labelSpace(int space, int positionOnFloor, int countOnFloor, int department,
                    SimRandom &rng);
    void makeSensors();
    int addSensor(int space, CountingMode type, SimRandom &rng);
    void makeUsers();
    void finishAggregates();
    int labelByName(const QString &name) const;

    const SimOptions &m_options;
    qint64 m_now;
    quint64 m_seed;
    SimRandom m_rng;
    SimPortfolio m_p;
    quint64 m_nextSpaceId = 0;
    quint64 m_serialOffset = 0;
    QStringList m_neighborhoods;
    QStringList m_departments;
};

int Generator::addSpace(SimSpace space) {
    m_nextSpaceId += 1 + m_rng.next() % 997;
    space.id = u"spc_"_s + QString::number(m_nextSpaceId);
    const int index = int(m_p.spaces.size());
    space.key = hashMix(m_seed, quint64(index) + 1);
    if (space.parent >= 0)
        m_p.spaces[size_t(space.parent)].children.append(index);
    m_p.spaces.push_back(std::move(space));
    return index;
}

int Generator::labelByName(const QString &name) const {
    for (size_t i = 0; i < m_p.labels.size(); ++i) {
        if (m_p.labels[i].name == name)
            return int(i);
    }
    return -1;
}

void Generator::makeLabels() {
    const QVector<QPair<QString, QStringList>> groups = {
        {u"Neighborhood"_s, {u"North Wing"_s, u"South Wing"_s, u"East Wing"_s, u"Atrium"_s}},
        {u"Department"_s,
         {u"Engineering"_s, u"Sales"_s, u"Marketing"_s, u"Finance"_s, u"People Ops"_s,
          u"Design"_s}},
        {u"Amenities"_s, {u"Whiteboard"_s, u"Standing Desk"_s, u"Window View"_s, u"Monitor"_s}},
        {u"Technology"_s,
         {u"Video Conferencing"_s, u"Zoom Room"_s, u"Display Screen"_s,
          u"Wireless Presentation"_s}},
    };
    quint64 labelId = 4100000 + hashMix(m_seed, 0x1ABE1) % 100000;
    quint64 groupId = 7300000 + hashMix(m_seed, 0x6A0) % 100000;
    for (const auto &group : groups) {
        groupId += 1 + m_rng.next() % 50;
        m_p.labelGroups.push_back({u"lgr_"_s + QString::number(groupId), group.first});
        for (const QString &name : group.second) {
            labelId += 1 + m_rng.next() % 50;
            m_p.labels.push_back(
                {u"lbl_"_s + QString::number(labelId), name, int(m_p.labelGroups.size()) - 1});
        }
    }
    for (const QString &name : {u"Quiet Zone"_s, u"Bookable"_s}) {
        labelId += 1 + m_rng.next() % 50;
        m_p.labels.push_back({u"lbl_"_s + QString::number(labelId), name, -1});
    }
    m_neighborhoods = groups[0].second;
    m_departments = groups[1].second;
}

void Generator::labelSpace(int space, int position, int countOnFloor, int department,
                           SimRandom &rng) {
    SimSpace &s = m_p.spaces[size_t(space)];
    const auto add = [&](const QString &name) {
        const int label = labelByName(name);
        if (label >= 0 && !s.labels.contains(label))
            s.labels.append(label);
    };
    add(m_neighborhoods[qsizetype(position * m_neighborhoods.size() / std::max(1, countOnFloor))]);
    switch (s.kind) {
    case SpaceKind::Desk:
        add(m_departments[department]);
        if (rng.chance(0.3))
            add(u"Standing Desk"_s);
        if (rng.chance(0.6))
            add(u"Monitor"_s);
        if (rng.chance(0.5))
            add(u"Bookable"_s);
        break;
    case SpaceKind::MeetingRoom:
        if (rng.chance(0.7))
            add(u"Whiteboard"_s);
        if (s.capacity.value_or(0) >= 6 && rng.chance(0.7))
            add(u"Video Conferencing"_s);
        if (rng.chance(0.3))
            add(u"Zoom Room"_s);
        if (rng.chance(0.5))
            add(u"Display Screen"_s);
        add(u"Bookable"_s);
        break;
    case SpaceKind::OpenArea:
        add(m_departments[department]);
        if (rng.chance(0.4))
            add(u"Window View"_s);
        break;
    case SpaceKind::FlexSpace:
        if (rng.chance(0.5))
            add(u"Wireless Presentation"_s);
        break;
    case SpaceKind::PhoneBooth:
    case SpaceKind::WellnessRoom:
        add(u"Quiet Zone"_s);
        break;
    default:
        break;
    }
}

int Generator::makeLeaf(int parent, int floor, SpaceKind kind, int floorNo, int seq, bool noOa,
                        SimRandom &rng) {
    const SimSpace &floorSpace = m_p.spaces[size_t(floor)];
    SimSpace s;
    s.type = SpaceType::Space;
    s.kind = kind;
    s.function = functionName(kind);
    s.parent = parent;
    s.floor = floor;
    s.building = floorSpace.building;
    s.zone = floorSpace.zone;
    s.planning = floorSpace.planning;
    s.dailyReset = u"04:00"_s;
    s.goLiveDateUtc = floorSpace.goLiveDateUtc;
    s.popularity = 0.35 + 0.65 * rng.uniform();
    const QString building = m_p.spaces[size_t(s.building)].iwmsId;
    s.iwmsId = building + u'-' + pad(floorNo, 2) + u'-' + pad(seq, 4);
    const QString fl = QString::number(floorNo);
    int capacity = 1;
    switch (kind) {
    case SpaceKind::Desk:
        s.name = u"Desk "_s + fl + u'-' + pad(seq, 3);
        s.mode = rng.chance(0.35) ? CountingMode::Waffle : CountingMode::Oa;
        s.sizeArea = 48;
        break;
    case SpaceKind::MeetingRoom: {
        const QStringList &names = SimNames::meetingRooms();
        s.name =
            fl + u'.' + pad(seq, 2) + u' ' + names[qsizetype(rng.next() % quint64(names.size()))];
        capacity = rng.range(4, 14);
        if (capacity <= 6 && rng.chance(0.3))
            s.mode = CountingMode::Waffle;
        else
            s.mode = rng.chance(0.25) ? CountingMode::Entry : CountingMode::Oa;
        s.sizeArea = capacity * 28.0;
        break;
    }
    case SpaceKind::PhoneBooth:
        s.name = u"Phone Booth "_s + fl + letters(seq % 26);
        s.mode = rng.chance(0.7) ? CountingMode::Waffle : CountingMode::Oa;
        s.sizeArea = 20;
        break;
    case SpaceKind::OpenArea:
        s.name = u"Open Area "_s + fl + letters(seq % 26);
        capacity = rng.range(8, 24);
        s.mode = CountingMode::Oa;
        s.sizeArea = capacity * 55.0;
        break;
    case SpaceKind::FlexSpace:
        s.name = u"Project Room "_s + fl + u'.' + pad(seq, 2);
        capacity = rng.range(6, 16);
        s.mode = CountingMode::Oa;
        s.sizeArea = capacity * 30.0;
        break;
    case SpaceKind::Lounge:
        s.name = u"Lounge "_s + fl + letters(seq % 26);
        capacity = rng.range(8, 20);
        s.mode = CountingMode::Oa;
        s.sizeArea = capacity * 35.0;
        break;
    case SpaceKind::Cafe:
        s.name = u"Café Level "_s + fl;
        capacity = rng.range(30, 80);
        s.mode = CountingMode::Entry;
        s.sizeArea = capacity * 25.0;
        break;
    case SpaceKind::Gym:
        s.name = u"Fitness Center"_s;
        capacity = rng.range(10, 25);
        s.mode = CountingMode::Entry;
        s.sizeArea = capacity * 60.0;
        break;
    case SpaceKind::WellnessRoom:
        s.name = u"Wellness Room "_s + fl + letters(seq % 26);
        s.mode = CountingMode::Waffle;
        s.sizeArea = 90;
        break;
    case SpaceKind::Structure:
        break;
    }
    if (noOa && s.mode == CountingMode::Oa)
        s.mode = capacity <= 6 ? CountingMode::Waffle : CountingMode::Entry;
    s.binaryOccupancy = s.mode == CountingMode::Waffle && capacity == 1;
    const double roll = rng.uniform();
    if (roll < 0.04)
        s.capacity = std::nullopt; // never configured at onboarding
    else if (roll < 0.06)
        s.capacity = 0; // configured as "not for use"
    else
        s.capacity = capacity;
    s.costPerSqft = m_p.spaces[size_t(s.building)].costPerSqft;
    return addSpace(std::move(s));
}

void Generator::makeFloorSpaces(int floor, int buildingNo, int floorNo, int quota, bool noOa) {
    SimRandom rng(hashMix(m_seed, 0xF1008, quint64(floor)));
    struct Weighted {
        SpaceKind kind;
        int weight;
    };
    static const QVector<Weighted> table = {
        {SpaceKind::Desk, 36},     {SpaceKind::MeetingRoom, 20}, {SpaceKind::PhoneBooth, 10},
        {SpaceKind::OpenArea, 10}, {SpaceKind::FlexSpace, 5},    {SpaceKind::Lounge, 5},
        {SpaceKind::Cafe, 3},      {SpaceKind::Gym, 1},          {SpaceKind::WellnessRoom, 2},
    };
    int totalWeight = 0;
    for (const Weighted &w : table)
        totalWeight += w.weight;

    QVector<int> created;
    QHash<int, int> seqByKind;
    bool hasCafe = false;
    bool hasGym = false;
    int remaining = quota;
    while (remaining > 0) {
        int pick = rng.range(0, totalWeight - 1);
        SpaceKind kind = SpaceKind::Desk;
        for (const Weighted &w : table) {
            if (pick < w.weight) {
                kind = w.kind;
                break;
            }
            pick -= w.weight;
        }
        if ((kind == SpaceKind::Cafe && hasCafe) || (kind == SpaceKind::Gym && hasGym))
            kind = SpaceKind::Desk;
        hasCafe = hasCafe || kind == SpaceKind::Cafe;
        hasGym = hasGym || kind == SpaceKind::Gym;
        const int seq = ++seqByKind[int(kind)];
        const int space = makeLeaf(floor, floor, kind, floorNo, seq, noOa, rng);
        created.append(space);
        --remaining;
        // Open areas are neighbourhoods: some hold their own desks as nested spaces.
        if (kind == SpaceKind::OpenArea && remaining >= 3 && rng.chance(0.7)) {
            const int desks = std::min(remaining, rng.range(3, 8));
            for (int i = 0; i < desks; ++i) {
                const int deskSeq = ++seqByKind[int(SpaceKind::Desk)];
                created.append(
                    makeLeaf(space, floor, SpaceKind::Desk, floorNo, deskSeq, noOa, rng));
            }
            remaining -= desks;
        }
    }
    const int department = (buildingNo * 7 + floorNo) % int(m_departments.size());
    for (qsizetype i = 0; i < created.size(); ++i)
        labelSpace(created[i], int(i), int(created.size()), department, rng);
}

int Generator::addSensor(int space, CountingMode type, SimRandom &rng) {
    const SimSpace &s = m_p.spaces[size_t(space)];
    SimSensor sensor;
    const int index = int(m_p.sensors.size());
    sensor.serial = serialFor(m_serialOffset, index);
    sensor.type = type;
    sensor.key = hashMix(m_seed, 0x5E450, quint64(index));
    static const QStringList oaFirmware = {u"4.2.1"_s, u"4.3.0"_s, u"4.3.2"_s};
    static const QStringList entryFirmware = {u"3.11.0"_s, u"3.12.4"_s};
    static const QStringList waffleFirmware = {u"1.8.3"_s, u"1.9.0"_s};
    switch (type) {
    case CountingMode::Oa:
        sensor.hardwareType = u"ob1"_s;
        sensor.firmwareVersion = oaFirmware[rng.range(0, 2)];
        break;
    case CountingMode::Entry:
        sensor.hardwareType = u"entry2"_s;
        sensor.firmwareVersion = entryFirmware[rng.range(0, 1)];
        break;
    default:
        sensor.hardwareType = u"waffle1"_s;
        sensor.firmwareVersion = waffleFirmware[rng.range(0, 1)];
        break;
    }
    const qint64 goLive = m_now - qint64(rng.range(200, 700)) * kDayMs;
    sensor.createdAt = dateTimeUtc(floorTo(goLive - qint64(rng.range(1, 30)) * kDayMs, kMinuteMs));
    sensor.updatedAt = dateTimeUtc(floorTo(m_now - qint64(rng.range(1, 120)) * kDayMs, kMinuteMs));
    sensor.buildings = {s.building};
    sensor.floors = {s.floor};
    sensor.spaces = {space};
    const int buildingNo = m_p.spaces[size_t(s.building)].children.indexOf(s.floor);
    const quint64 h = sensor.key;
    const auto hex = [](quint64 value, int width) {
        return QString::number(value, 16).rightJustified(width, u'0');
    };
    SimNetworkAddress v4;
    v4.address = u"10.%1.%2.%3"_s.arg(s.building % 250)
                     .arg(std::max(0, buildingNo) + 10)
                     .arg(index % 250 + 2);
    v4.family = u"inet"_s;
    v4.ifName = rng.chance(0.8) ? u"eth0"_s : u"wlan0"_s;
    v4.mac = u"00:1e:c0:"_s + hex((h >> 8) & 0xff, 2) + u':' + hex((h >> 16) & 0xff, 2) + u':' +
             hex((h >> 24) & 0xff, 2);
    sensor.networkAddresses.append(v4);
    if (rng.chance(0.3)) {
        SimNetworkAddress v6 = v4;
        v6.address =
            u"fe80::21e:c0ff:fe"_s + hex((h >> 16) & 0xff, 2) + u':' + hex((h >> 24) & 0xffff, 4);
        v6.family = u"inet6"_s;
        sensor.networkAddresses.append(v6);
    }
    if (s.planning) {
        sensor.behaviour = SensorBehaviour::Planning;
    } else {
        const double roll = rng.uniform();
        if (roll < 0.03) {
            sensor.behaviour = SensorBehaviour::Dead;
            sensor.deadSince =
                floorTo(m_now - qint64(rng.range(6 * 60, 5 * 24 * 60)) * kMinuteMs, kMinuteMs);
        } else if (roll < 0.09) {
            sensor.behaviour = SensorBehaviour::Flaky;
        }
    }
    m_p.sensors.push_back(std::move(sensor));
    m_p.spaces[size_t(space)].sensors.append(index);
    return index;
}

void Generator::makeSensors() {
    SimRandom rng(hashMix(m_seed, 0x5E4502));
    quint64 doorwayId = 5200000 + hashMix(m_seed, 0xD00) % 100000;
    int previousEntry = -1;
    int previousFloor = -1;
    for (size_t i = 0; i < m_p.spaces.size(); ++i) {
        const SimSpace &s = m_p.spaces[i];
        if (!s.hasOwnData())
            continue;
        const int space = int(i);
        const int big = s.capacity.value_or(0) >= 30 ? 2 : 1;
        if (s.mode != CountingMode::Entry) {
            for (int n = 0; n < (s.mode == CountingMode::Oa ? big : 1); ++n)
                addSensor(space, s.mode, rng);
            continue;
        }
        if (s.floor != previousFloor)
            previousEntry = -1;
        for (int n = 0; n < big; ++n) {
            const int sensor = addSensor(space, CountingMode::Entry, rng);
            SimDoorway doorway;
            doorwayId += 1 + rng.next() % 90;
            doorway.id = u"drw_"_s + QString::number(doorwayId);
            doorway.name = m_p.spaces[i].name + u" Door "_s + QChar(u'A' + n);
            doorway.sensor = sensor;
            doorway.createdAt = m_p.sensors[size_t(sensor)].createdAt;
            doorway.spaces.append({space, 1});
            // Some doors connect two counted rooms: a crossing enters one and leaves the other.
            if (previousEntry >= 0 && rng.chance(0.25)) {
                doorway.spaces.append({previousEntry, -1});
                m_p.sensors[size_t(sensor)].spaces.append(previousEntry);
            }
            m_p.doorways.push_back(doorway);
        }
        previousEntry = space;
        previousFloor = s.floor;
    }
    // Guarantee the interesting cases exist in every portfolio that is big enough.
    const auto force = [this](SensorBehaviour behaviour) {
        for (SimSensor &sensor : m_p.sensors) {
            if (sensor.behaviour == behaviour)
                return;
        }
        for (size_t n = 3; n < m_p.sensors.size(); n += 7) {
            SimSensor &sensor = m_p.sensors[n];
            if (sensor.behaviour == SensorBehaviour::Normal) {
                sensor.behaviour = behaviour;
                sensor.deadSince = floorTo(m_now - 26 * kHourMs, kMinuteMs);
                return;
            }
        }
    };
    force(SensorBehaviour::Dead);
    force(SensorBehaviour::Flaky);
}

void Generator::makeUsers() {
    quint64 userId = 3100000 + hashMix(m_seed, 0x05E) % 100000;
    const QString domain =
        u"@"_s + m_p.orgName.section(u' ', 0, 0).toLower().remove(u'.') + u".example.com"_s;
    QStringList buildingIds;
    for (const SimSpace &s : m_p.spaces) {
        if (s.type == SpaceType::Building)
            buildingIds.append(s.id);
    }
    int n = 0;
    for (const SimNames::Person &person : SimNames::people()) {
        SimUser user;
        userId += 1 + m_rng.next() % 500;
        user.id = u"usr_"_s + QString::number(userId);
        user.fullName = person.fullName;
        user.email = person.fullName.toLower().replace(u' ', u'.') + domain;
        user.role = person.role;
        if (person.role != "owner"_L1 && !buildingIds.isEmpty())
            user.spaces = QStringList{buildingIds[n % buildingIds.size()]};
        user.createdAt = dateTimeUtc(floorTo(m_now - qint64(400 - n * 37) * kDayMs, kHourMs));
        m_p.users.push_back(user);
        ++n;
    }
}

void Generator::finishAggregates() {
    // Parents' capacity is the sum of their direct children's configured capacities; a parent
    // counts as "oa" when any Open Area sensor sits below it (floors roll up from OA data).
    for (size_t i = m_p.spaces.size(); i-- > 0;) {
        SimSpace &s = m_p.spaces[i];
        if (s.type == SpaceType::Space)
            continue;
        int capacity = 0;
        bool oa = false;
        for (int child : s.children) {
            const SimSpace &c = m_p.spaces[size_t(child)];
            capacity += c.capacity.value_or(0);
            oa = oa || c.mode == CountingMode::Oa;
            for (int grandChild : c.children)
                oa = oa || m_p.spaces[size_t(grandChild)].mode == CountingMode::Oa;
        }
        s.capacity = capacity;
        s.mode = oa ? CountingMode::Oa : CountingMode::None;
    }
    // Make sure null and 0 capacities both occur (the UI must show "no capacity set" for both).
    bool hasNull = false;
    bool hasZero = false;
    for (const SimSpace &s : m_p.spaces) {
        hasNull = hasNull || (s.hasOwnData() && !s.capacity);
        hasZero = hasZero || (s.hasOwnData() && s.capacity == 0);
    }
    for (SimSpace &s : m_p.spaces) {
        if (hasNull && hasZero)
            break;
        if (s.kind != SpaceKind::MeetingRoom || s.planning)
            continue;
        if (!hasNull) {
            s.capacity = std::nullopt;
            hasNull = true;
        } else if (!hasZero) {
            s.capacity = 0;
            hasZero = true;
        }
    }
}

SimPortfolio Generator::run() {
    const QStringList &orgs = SimNames::organizations();
    m_p.orgName = orgs[qsizetype(hashMix(m_seed, 0x0A6) % quint64(orgs.size()))];
    m_p.orgId =
        u"org_"_s + QString::number(1000000000ULL + hashMix(m_seed, 0x0A61) % 8999999999ULL);
    m_nextSpaceId = 1000000000000000000ULL + hashMix(m_seed, 0x59C) % 800000000000000000ULL;
    m_serialOffset = hashMix(m_seed, 0x5E71A1);
    makeLabels();

    const int buildings = std::max(1, m_options.buildings);
    const int floorsPer = std::max(1, m_options.floorsPerBuilding);
    const int floorCount = buildings * floorsPer;
    const int spaces = std::max(0, m_options.spaces);
    const QVector<SimCity> &cities = SimNames::cities();

    SimSpace campus;
    campus.type = SpaceType::Campus;
    campus.name = SimNames::campusName();
    campus.zone = m_p.zones.indexOf(u"America/New_York"_s);
    campus.address = SimNames::campusAddress();
    campus.iwmsId = u"CMP-NYC"_s;
    campus.goLiveDateUtc = dateTimeUtc(floorTo(m_now - 700 * kDayMs, kDayMs));
    campus.costPerSqft = cities[0].costPerSqft;
    const int campusIndex = addSpace(campus);

    int floorOrdinal = 0;
    for (int b = 0; b < buildings; ++b) {
        const SimCity &city = cities[b % cities.size()];
        const int round = b / int(cities.size());
        SimSpace building;
        building.type = SpaceType::Building;
        building.name = round == 0 ? city.site : city.site + u' ' + QString::number(round + 1);
        building.zone = m_p.zones.indexOf(city.timeZone);
        building.address = city.address;
        building.parent = city.campus ? campusIndex : -1;
        building.iwmsId = city.code + QString::number(b + 1);
        building.costPerSqft = city.costPerSqft;
        building.dailyReset = u"04:00"_s;
        building.goLiveDateUtc =
            dateTimeUtc(floorTo(m_now - qint64(680 - 40 * (b % 10)) * kDayMs, kDayMs));
        const int buildingIndex = addSpace(building);
        m_p.spaces[size_t(buildingIndex)].building = buildingIndex;

        for (int f = 0; f < floorsPer; ++f) {
            SimSpace floor;
            floor.type = SpaceType::Floor;
            floor.name = building.name + u" - Floor "_s + QString::number(f + 1);
            floor.zone = building.zone;
            floor.parent = buildingIndex;
            floor.building = buildingIndex;
            floor.iwmsId = building.iwmsId + u'-' + pad(f + 1, 2);
            floor.costPerSqft = building.costPerSqft;
            floor.dailyReset = u"04:00"_s;
            floor.planning = floorsPer >= 2 && f == floorsPer - 1 && (b % 7 == 1 || buildings == 1);
            floor.goLiveDateUtc = floor.planning ? dateTimeUtc(floorTo(m_now + 45 * kDayMs, kDayMs))
                                                 : building.goLiveDateUtc;
            const int floorIndex = addSpace(floor);
            m_p.spaces[size_t(floorIndex)].floor = floorIndex;
            const bool noOa =
                b == buildings - 1 && f == 0 && !floor.planning && (buildings > 1 || floorsPer > 1);
            const int quota = spaces / floorCount + (floorOrdinal < spaces % floorCount ? 1 : 0);
            makeFloorSpaces(floorIndex, b, f + 1, quota, noOa);
            ++floorOrdinal;
        }
    }
    finishAggregates();
    makeSensors();
    makeUsers();
    m_p.rebuildIndexes();
    return std::move(m_p);
}

} // namespace

SimPortfolio SimPortfolioGenerator::generate(const SimOptions &options, qint64 referenceNow) {
    return Generator(options, referenceNow).run();
}

} // namespace Density::Sim
