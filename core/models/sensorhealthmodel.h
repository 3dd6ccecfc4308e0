#pragma once

#include "api/pendingcall.h"
#include "model/health.h"
#include "model/sensor.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <functional>
#include <optional>

namespace Density {

class DensityClient;

//! One row per sensor of a building or floor: the inventory (`/v3/sensors`) merged by serial
//! number with current health (`/v3/sensors/health`). A sensor the health answer leaves out is
//! Unknown, never Healthy (ARCHITECTURE.md §3: unknown health must not read as available).
class SensorHealthModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SerialColumn,
        SensorTypeColumn,
        HardwareTypeColumn,
        FirmwareColumn,
        LocationColumn,
        StatusColumn,
        LastChangeColumn,
        ColumnCount
    };
    enum Role {
        SerialRole = Qt::UserRole + 1,
        HealthStatusRole,     //!< int(HealthStatus), for filtering and colouring
        NetworkAddressesRole, //!< QStringList, one readable line per address (details pane)
        LocationIdsRole,      //!< QStringList of the ids the location column names
        SortRole,             //!< sorts as users expect: times as QDateTime, health by severity
    };
    //! Space id -> display name; an empty answer falls back to the id.
    using NameLookup = std::function<QString(const QString &spaceId)>;

    explicit SensorHealthModel(QObject *parent = nullptr);

    void setNameLookup(NameLookup lookup);
    //! Fetches sensors and their health for `spaceIds` (a building or floor). A load still
    //! running is aborted, so a quick change of selection never shows the older answer.
    void load(DensityClient *client, const QStringList &spaceIds);
    void cancelLoad();
    bool isLoading() const { return m_isLoading; }
    void setSensors(QList<Sensor> sensors, const QList<SensorHealth> &health);

    const Sensor *sensor(int row) const;
    HealthStatus status(int row) const;
    //! Current health as the API sent it (status text, last change), for exports.
    const SensorHealth *health(int row) const;
    //! The row of a serial number, or -1.
    int rowOf(const QString &serial) const;
    int count(HealthStatus status) const;
    //! "12 of 480 sensors offline", counting only what is loaded.
    QString summary() const;
    static QString statusText(HealthStatus status);
    static QStringList addressLines(const Sensor &sensor);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    struct Row {
        Sensor sensor;
        SensorHealth health;
        QDateTime lastChange;
    };
    void setLoading(bool loading);
    void finishIfComplete();
    QStringList locationIds(const Sensor &sensor) const;
    QString locationText(const Sensor &sensor) const;

    QList<Row> m_rows;
    NameLookup m_nameLookup;
    RequestHandle m_sensorsCall;
    RequestHandle m_healthCall;
    std::optional<QList<Sensor>> m_pendingSensors;
    std::optional<QList<SensorHealth>> m_pendingHealth;
    bool m_isLoading = false;
};

} // namespace Density
