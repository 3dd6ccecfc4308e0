#include "sensorhealthmodel.h"

#include "spacetreemodel.h"

#include "api/densityclient.h"

#include <QHash>

namespace Density {

SensorHealthModel::SensorHealthModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void SensorHealthModel::setNameLookup(NameLookup lookup) {
    m_nameLookup = std::move(lookup);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LocationColumn), index(rowCount() - 1, LocationColumn));
}

void SensorHealthModel::load(DensityClient *client, const QStringList &spaceIds) {
    cancelLoad();
    SensorFilter filter;
    filter.spaceIds = spaceIds;
    setLoading(true);
    // Two calls in flight at once; the table is replaced only when both have answered, so it
    // never shows inventory without health (which would read as all Unknown for a moment).
    m_sensorsCall = client->sensors(filter, this, [this](const Result<QList<Sensor>> &result) {
        if (!result) {
            m_healthCall.abort();
            setLoading(false);
            Q_EMIT loadFailed(result.error().message());
            return;
        }
        m_pendingSensors = result.value();
        finishIfComplete();
    });
    m_healthCall =
        client->sensorHealth(filter, this, [this](const Result<QList<SensorHealth>> &result) {
            if (!result) {
                m_sensorsCall.abort();
                setLoading(false);
                Q_EMIT loadFailed(result.error().message());
                return;
            }
            m_pendingHealth = result.value();
            finishIfComplete();
        });
}

void SensorHealthModel::cancelLoad() {
    m_sensorsCall.abort();
    m_healthCall.abort();
    m_pendingSensors.reset();
    m_pendingHealth.reset();
    setLoading(false);
}

void SensorHealthModel::finishIfComplete() {
    if (!m_pendingSensors || !m_pendingHealth)
        return;
    QList<Sensor> sensors = std::move(*m_pendingSensors);
    const QList<SensorHealth> health = std::move(*m_pendingHealth);
    m_pendingSensors.reset();
    m_pendingHealth.reset();
    setLoading(false);
    setSensors(std::move(sensors), health);
}

void SensorHealthModel::setLoading(bool loading) {
    if (m_isLoading == loading)
        return;
    m_isLoading = loading;
    Q_EMIT loadingChanged(loading);
}

void SensorHealthModel::setSensors(QList<Sensor> sensors, const QList<SensorHealth> &health) {
    QHash<QString, SensorHealth> healthBySerial;
    healthBySerial.reserve(health.size());
    for (const SensorHealth &entry : health)
        healthBySerial.insert(entry.serialNumber, entry);
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(sensors.size());
    for (Sensor &sensor : sensors) {
        Row row;
        // Missing from the health answer: Unknown (the default), with no status text.
        row.health = healthBySerial.value(sensor.serialNumber);
        row.health.serialNumber = sensor.serialNumber;
        row.lastChange = QDateTime::fromString(row.health.lastStatusChange, Qt::ISODateWithMs);
        if (!row.lastChange.isValid())
            row.lastChange = QDateTime::fromString(row.health.lastStatusChange, Qt::ISODate);
        row.sensor = std::move(sensor);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

const Sensor *SensorHealthModel::sensor(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).sensor : nullptr;
}

HealthStatus SensorHealthModel::status(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).health.status : HealthStatus::Unknown;
}

const SensorHealth *SensorHealthModel::health(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).health : nullptr;
}

int SensorHealthModel::rowOf(const QString &serial) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sensor.serialNumber == serial)
            return row;
    }
    return -1;
}

int SensorHealthModel::count(HealthStatus status) const {
    int n = 0;
    for (const Row &row : m_rows)
        n += row.health.status == status ? 1 : 0;
    return n;
}

QString SensorHealthModel::summary() const {
    if (m_rows.isEmpty())
        return tr("No sensors in this selection");
    // No English translation is loaded, so "(s)" would be shown as is: the count goes in %n
    // (for translators' plural forms) and the one-sensor case gets its own sentence.
    const int offline = count(HealthStatus::Offline);
    QString text = m_rows.size() == 1
                       ? tr("%n of 1 sensor offline", nullptr, offline)
                       : tr("%n of %1 sensors offline", nullptr, offline).arg(m_rows.size());
    const int degraded = count(HealthStatus::Degraded);
    const int unknown = count(HealthStatus::Unknown);
    if (degraded > 0)
        text += tr(", %n degraded", nullptr, degraded);
    if (unknown > 0)
        text += tr(", %n unknown", nullptr, unknown);
    return text;
}

QString SensorHealthModel::statusText(HealthStatus status) {
    switch (status) {
    case HealthStatus::Healthy:
        return tr("Healthy");
    case HealthStatus::Degraded:
        return tr("Degraded");
    case HealthStatus::Offline:
        return tr("Offline");
    case HealthStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QStringList SensorHealthModel::addressLines(const Sensor &sensor) {
    QStringList lines;
    for (const NetworkAddress &address : sensor.networkAddresses) {
        QStringList parts{address.address};
        if (!address.family.isEmpty())
            parts.append(address.family);
        if (!address.interfaceName.isEmpty())
            parts.append(tr("on %1").arg(address.interfaceName));
        if (!address.mac.isEmpty())
            parts.append(tr("MAC %1").arg(address.mac));
        lines.append(parts.join(QLatin1Char(' ')));
    }
    return lines;
}

//! The most specific level the API gives: spaces, else floors, else buildings. The location is
//! where the sensor hangs, not necessarily what it measures.
QStringList SensorHealthModel::locationIds(const Sensor &sensor) const {
    const SensorLocation &location = sensor.location;
    if (!location.spaceIds.isEmpty())
        return location.spaceIds;
    if (!location.floorIds.isEmpty())
        return location.floorIds;
    return location.buildingIds;
}

QString SensorHealthModel::locationText(const Sensor &sensor) const {
    QStringList names;
    for (const QString &id : locationIds(sensor)) {
        const QString name = m_nameLookup ? m_nameLookup(id) : QString();
        names.append(name.isEmpty() ? id : name);
    }
    return names.join(QStringLiteral(", "));
}

int SensorHealthModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SensorHealthModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SensorHealthModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case SerialRole:
        return row.sensor.serialNumber;
    case HealthStatusRole:
        return int(row.health.status);
    case NetworkAddressesRole:
        return addressLines(row.sensor);
    case LocationIdsRole:
        return locationIds(row.sensor);
    case SortRole:
        if (index.column() == LastChangeColumn)
            return row.lastChange;
        if (index.column() == StatusColumn)
            return healthSeverity(row.health.status);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !row.health.statusText.isEmpty())
            return tr("Reported as \"%1\"").arg(row.health.statusText);
        if (index.column() == LastChangeColumn && row.lastChange.isValid())
            return row.health.lastStatusChange;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case SerialColumn:
        return row.sensor.serialNumber;
    case SensorTypeColumn:
        return SpaceTreeModel::countingModeText(row.sensor.sensorType); // same vocabulary
    case HardwareTypeColumn:
        return row.sensor.hardwareType;
    case FirmwareColumn:
        return row.sensor.firmwareVersion;
    case LocationColumn:
        return locationText(row.sensor);
    case StatusColumn:
        return statusText(row.health.status);
    case LastChangeColumn:
        // UTC and said so: a sensor list can span buildings in several time zones.
        if (row.lastChange.isValid())
            return row.lastChange.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        return row.health.lastStatusChange.isEmpty() ? tr("—") : row.health.lastStatusChange;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SensorHealthModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SerialColumn:
        return tr("Serial number");
    case SensorTypeColumn:
        return tr("Sensor type");
    case HardwareTypeColumn:
        return tr("Hardware");
    case FirmwareColumn:
        return tr("Firmware");
    case LocationColumn:
        return tr("Location");
    case StatusColumn:
        return tr("Health");
    case LastChangeColumn:
        return tr("Last status change");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Density
