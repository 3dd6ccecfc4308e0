#include "livepresencemodel.h"

#include "model/health.h"
#include "sensorhealthmodel.h"
#include "spacetreemodel.h"

#include <algorithm>

namespace Density {

LivePresenceModel::LivePresenceModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &LivePresenceModel::tickAges);
}

void LivePresenceModel::setFeed(LiveFeed *feed) {
    if (m_feed)
        m_feed->disconnect(this);
    m_feed = feed;
    if (feed) {
        connect(feed, &LiveFeed::frameApplied, this, &LivePresenceModel::onFrame);
        connect(feed, &LiveFeed::spacesRemoved, this, &LivePresenceModel::onRemoved);
        connect(feed, &LiveFeed::stateChanged, this, &LivePresenceModel::onFeedState);
    }
    m_trustworthy = feed && feed->isTrustworthy();
    rebuild();
    if (feed)
        m_ageTimer.start();
    else
        m_ageTimer.stop();
}

void LivePresenceModel::setSpaceNames(const QHash<QString, QString> &names) {
    m_names = names;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, SpaceColumn), index(rowCount() - 1, SpaceColumn));
}

void LivePresenceModel::setClock(std::function<QDateTime()> now) {
    m_now = std::move(now);
}

void LivePresenceModel::setAgeTickInterval(int milliseconds) {
    m_ageTimer.setInterval(milliseconds);
}

void LivePresenceModel::rebuild() {
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    if (m_feed) {
        m_ids = m_feed->spaces().keys();
        std::sort(m_ids.begin(), m_ids.end());
        for (int row = 0; row < m_ids.size(); ++row)
            m_rows.insert(m_ids.at(row), row);
    }
    endResetModel();
}

void LivePresenceModel::onFrame(LiveFrame::Type, const QStringList &changed) {
    // The first snapshot (or a big change of membership) is one reset, not thousands of
    // single-row inserts.
    const auto isNew = [this](const QString &id) { return !m_rows.contains(id); };
    if (std::count_if(changed.begin(), changed.end(), isNew) > 16) {
        rebuild();
        onFeedState();
        return;
    }
    for (const QString &id : changed) {
        const int existing = m_rows.value(id, -1);
        if (existing >= 0) {
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            continue;
        }
        // Keep rows sorted by id so the order is stable across refreshes.
        const int row = int(std::lower_bound(m_ids.begin(), m_ids.end(), id) - m_ids.begin());
        beginInsertRows({}, row, row);
        m_ids.insert(row, id);
        for (int r = row; r < m_ids.size(); ++r)
            m_rows.insert(m_ids.at(r), r);
        endInsertRows();
    }
    onFeedState();
}

void LivePresenceModel::onRemoved(const QStringList &ids) {
    for (const QString &id : ids) {
        const int row = m_rows.value(id, -1);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        m_rows.remove(id);
        for (int r = row; r < m_ids.size(); ++r)
            m_rows.insert(m_ids.at(r), r);
        endRemoveRows();
    }
}

void LivePresenceModel::onFeedState() {
    const bool trustworthy = m_feed && m_feed->isTrustworthy();
    if (trustworthy == m_trustworthy)
        return;
    m_trustworthy = trustworthy;
    // Every row's availability flips between its reading and "unknown".
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, AvailabilityColumn), index(rowCount() - 1, AvailabilityColumn));
}

void LivePresenceModel::tickAges() {
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn),
                           {Qt::DisplayRole, AgeSecondsRole});
}

const LiveSpaceUpdate *LivePresenceModel::update(int row) const {
    if (!m_feed || row < 0 || row >= m_ids.size())
        return nullptr;
    const auto it = m_feed->spaces().constFind(m_ids.at(row));
    return it == m_feed->spaces().constEnd() ? nullptr : &it.value();
}

qint64 LivePresenceModel::ageSeconds(int row) const {
    const LiveSpaceUpdate *entry = update(row);
    if (!entry || !entry->receivedAt.isValid())
        return -1;
    return std::max<qint64>(0, entry->receivedAt.secsTo(m_now()));
}

Availability LivePresenceModel::availability(int row) const {
    const LiveSpaceUpdate *entry = update(row);
    if (!entry || !m_trustworthy)
        return Availability::Unknown;
    return entry->availability();
}

int LivePresenceModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LivePresenceModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LivePresenceModel::data(const QModelIndex &index, int role) const {
    const LiveSpaceUpdate *entry = index.isValid() ? update(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case SpaceIdRole:
        return entry->spaceId;
    case AvailabilityRole:
        return int(availability(index.row()));
    case AgeSecondsRole:
        return ageSeconds(index.row());
    case HealthStatusRole:
        return int(healthStatusFromString(entry->healthText));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SpaceColumn:
        return m_names.value(entry->spaceId, entry->spaceId);
    case AvailabilityColumn:
        switch (availability(index.row())) {
        case Availability::Available:
            return tr("Available");
        case Availability::Occupied:
            return tr("Occupied");
        case Availability::Unknown:
            break;
        }
        return tr("Unknown");
    case ValueColumn:
        if (entry->occupancy.hasValue())
            return tr("%n person(s)", nullptr, int(entry->occupancy.value()));
        if (entry->presence.hasValue())
            return entry->presence.value() ? tr("Present") : tr("Nobody");
        return {};
    case CountingModeColumn:
        return SpaceTreeModel::countingModeText(entry->countingMode);
    case HealthColumn: {
        // The words the Sensor health page uses; a status this app does not know yet is shown
        // as the API sent it rather than hidden under "Unknown".
        const HealthStatus status = healthStatusFromString(entry->healthText);
        if (status != HealthStatus::Unknown || entry->healthText.isEmpty() ||
            entry->healthText == QLatin1String("unknown"))
            return SensorHealthModel::statusText(status);
        return entry->healthText;
    }
    case AgeColumn: {
        const qint64 age = ageSeconds(index.row());
        if (age < 0)
            return {};
        if (age < 60)
            return tr("%n s ago", nullptr, int(age));
        if (age < 3600)
            return tr("%n min ago", nullptr, int(age / 60));
        return tr("%n h ago", nullptr, int(age / 3600));
    }
    default:
        return {};
    }
}

QVariant LivePresenceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SpaceColumn:
        return tr("Space");
    case AvailabilityColumn:
        return tr("Availability");
    case ValueColumn:
        return tr("Presence / count");
    case CountingModeColumn:
        return tr("Counting mode");
    case HealthColumn:
        return tr("Health");
    case AgeColumn:
        return tr("Last update");
    default:
        return {};
    }
}

} // namespace Density
