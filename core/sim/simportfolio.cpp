#include "simportfolio.h"

using namespace Qt::StringLiterals;

namespace Density::Sim {

QString spaceTypeName(SpaceType type) {
    switch (type) {
    case SpaceType::Campus:
        return u"campus"_s;
    case SpaceType::Building:
        return u"building"_s;
    case SpaceType::Floor:
        return u"floor"_s;
    case SpaceType::Space:
        break;
    }
    return u"space"_s;
}

QString countingModeName(CountingMode mode) {
    switch (mode) {
    case CountingMode::Oa:
        return u"oa"_s;
    case CountingMode::Entry:
        return u"entry"_s;
    case CountingMode::Waffle:
        return u"waffle"_s;
    case CountingMode::None:
        break;
    }
    return {};
}

QString functionName(SpaceKind kind) {
    switch (kind) {
    case SpaceKind::Desk:
        return u"desk"_s;
    case SpaceKind::MeetingRoom:
        return u"meeting_room"_s;
    case SpaceKind::PhoneBooth:
        return u"phone_booth"_s;
    case SpaceKind::OpenArea:
        return u"open_workstation"_s;
    case SpaceKind::FlexSpace:
        return u"flex_space"_s;
    case SpaceKind::Lounge:
        return u"lounge"_s;
    case SpaceKind::Cafe:
        return u"cafe"_s;
    case SpaceKind::Gym:
        return u"gym"_s;
    case SpaceKind::WellnessRoom:
        return u"wellness_room"_s;
    case SpaceKind::Structure:
        break;
    }
    return {};
}

int SimPortfolio::labelIndex(const QString &id) const {
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i].id == id)
            return int(i);
    }
    return -1;
}

int SimPortfolio::labelGroupIndex(const QString &id) const {
    for (size_t i = 0; i < labelGroups.size(); ++i) {
        if (labelGroups[i].id == id)
            return int(i);
    }
    return -1;
}

int SimPortfolio::userIndex(const QString &id) const {
    for (size_t i = 0; i < users.size(); ++i) {
        if (users[i].id == id)
            return int(i);
    }
    return -1;
}

QVector<int> SimPortfolio::descendants(int space) const {
    QVector<int> result;
    QVector<int> stack(spaces[size_t(space)].children.crbegin(),
                       spaces[size_t(space)].children.crend());
    while (!stack.isEmpty()) {
        const int next = stack.takeLast();
        result.append(next);
        const QVector<int> &children = spaces[size_t(next)].children;
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return result;
}

QVector<int> SimPortfolio::sensorsInSubtree(int space) const {
    QVector<int> result;
    QVector<int> all = descendants(space);
    all.prepend(space);
    QSet<int> seen;
    for (int s : std::as_const(all)) {
        for (int sensor : spaces[size_t(s)].sensors) {
            if (!seen.contains(sensor)) {
                seen.insert(sensor);
                result.append(sensor);
            }
        }
    }
    return result;
}

void SimPortfolio::rebuildIndexes() {
    m_spaceIndex.clear();
    m_spaceIndex.reserve(qsizetype(spaces.size()));
    for (size_t i = 0; i < spaces.size(); ++i)
        m_spaceIndex.insert(spaces[i].id, int(i));
    m_sensorIndex.clear();
    m_sensorIndex.reserve(qsizetype(sensors.size()));
    for (size_t i = 0; i < sensors.size(); ++i)
        m_sensorIndex.insert(sensors[i].serial, int(i));
}

QString SimPortfolio::nextId(const QString &prefix) {
    return prefix + QString::number(m_nextId++);
}

} // namespace Density::Sim
