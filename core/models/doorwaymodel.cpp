#include "doorwaymodel.h"

#include "sensorhealthmodel.h"

#include "api/densityclient.h"

namespace Density {

namespace {

//! Same order as the sensor table; a sensor not in the table sorts below healthy.
int severity(const std::optional<HealthStatus> &status) {
    return status ? healthSeverity(*status) : -1;
}

} // namespace

DoorwayModel::DoorwayModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void DoorwayModel::setNameLookup(NameLookup lookup) {
    m_nameLookup = std::move(lookup);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SpacesColumn), index(rowCount() - 1, SpacesColumn));
}

void DoorwayModel::setHealthLookup(HealthLookup lookup) {
    m_healthLookup = std::move(lookup);
    healthChanged();
}

void DoorwayModel::healthChanged() {
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, HealthColumn), index(rowCount() - 1, HealthColumn));
}

void DoorwayModel::setScope(std::optional<QSet<QString>> spaceIds) {
    m_scope = std::move(spaceIds);
    rebuild();
}

void DoorwayModel::load(DensityClient *client) {
    cancelLoad();
    if (!client)
        return;
    setLoading(true);
    m_call = client->doorways(this, [this](const Result<QList<Doorway>> &result) {
        setLoading(false);
        if (!result) {
            Q_EMIT loadFailed(result.error().message());
            return;
        }
        setDoorways(result.value());
    });
}

void DoorwayModel::cancelLoad() {
    m_call.abort();
    setLoading(false);
}

void DoorwayModel::setLoading(bool loading) {
    if (m_isLoading == loading)
        return;
    m_isLoading = loading;
    Q_EMIT loadingChanged(loading);
}

void DoorwayModel::setDoorways(QList<Doorway> doorways) {
    m_all.clear();
    for (Doorway &doorway : doorways) {
        if (doorway.deletedAt.isEmpty())
            m_all.append(std::move(doorway));
    }
    m_loaded = true;
    rebuild();
}

void DoorwayModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (inScope(m_all.at(i)))
            m_rows.append(i);
    }
    endResetModel();
}

bool DoorwayModel::inScope(const Doorway &doorway) const {
    if (!m_scope)
        return true;
    for (const DoorwaySpace &space : doorway.spaces) {
        if (m_scope->contains(space.id))
            return true;
    }
    return false;
}

const Doorway *DoorwayModel::doorway(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_all.at(m_rows.at(row)) : nullptr;
}

QString DoorwayModel::spaceName(const DoorwaySpace &space) const {
    const QString fromTree = m_nameLookup ? m_nameLookup(space.id) : QString();
    if (!fromTree.isEmpty())
        return fromTree;
    return space.name.isEmpty() ? space.id : space.name;
}

QString DoorwayModel::spacesText(const Doorway &doorway) const {
    QStringList names;
    for (const DoorwaySpace &space : doorway.spaces)
        names.append(spaceName(space));
    return names.join(QStringLiteral(", "));
}

QString DoorwayModel::healthText(const Doorway &doorway) const {
    const std::optional<HealthStatus> status =
        m_healthLookup ? m_healthLookup(doorway.sensorSerialNumber) : std::nullopt;
    return status ? SensorHealthModel::statusText(*status) : tr("Not loaded");
}

int DoorwayModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DoorwayModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DoorwayModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Doorway &d = m_all.at(m_rows.at(index.row()));
    switch (role) {
    case DoorwayIdRole:
        return d.id;
    case SpaceIdsRole: {
        QStringList ids;
        for (const DoorwaySpace &space : d.spaces)
            ids.append(space.id);
        return ids;
    }
    case SortRole:
        if (index.column() == HealthColumn)
            return severity(m_healthLookup ? m_healthLookup(d.sensorSerialNumber) : std::nullopt);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == SpacesColumn) {
            QStringList lines;
            for (const DoorwaySpace &space : d.spaces)
                //: %1 space name, %2 the API's sensor_placement (which side the sensor is on).
                lines.append(tr("%1 (sensor placement %2)")
                                 .arg(spaceName(space))
                                 .arg(space.sensorPlacement));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == HealthColumn &&
            !(m_healthLookup && m_healthLookup(d.sensorSerialNumber)))
            return tr("The sensor is not among the sensors loaded for this selection.");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return d.name.isEmpty() ? d.id : d.name;
    case SensorColumn:
        return d.sensorSerialNumber.isEmpty() ? tr("—") : d.sensorSerialNumber;
    case HealthColumn:
        return healthText(d);
    case SpacesColumn:
        return spacesText(d);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DoorwayModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Doorway");
    case SensorColumn:
        return tr("Sensor");
    case HealthColumn:
        return tr("Sensor health");
    case SpacesColumn:
        return tr("Linked spaces");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Density
