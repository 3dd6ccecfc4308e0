#pragma once

#include "api/pendingcall.h"
#include "model/doorway.h"
#include "model/health.h"

#include <QAbstractTableModel>
#include <QSet>
#include <functional>
#include <optional>

namespace Density {

class DensityClient;

//! The organization's doorways (`/v3/doorways`), one row each: the doorway, the entry sensor
//! that watches it (with its health when known) and the spaces it links, by name. The endpoint
//! takes no filter, so the whole list is fetched and narrowed to the selected buildings or
//! floors locally (setScope()). Deleted doorways (deleted_at set) are left out.
class DoorwayModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, SensorColumn, HealthColumn, SpacesColumn, ColumnCount };
    enum Role {
        DoorwayIdRole = Qt::UserRole + 1,
        SpaceIdsRole, //!< QStringList of the linked space ids
        SortRole,     //!< health by severity, text otherwise
    };
    //! Space id -> display name; empty falls back to the name the doorway carries, then the id.
    using NameLookup = std::function<QString(const QString &spaceId)>;
    //! Serial -> current health, std::nullopt when not known (the sensor is not loaded).
    using HealthLookup = std::function<std::optional<HealthStatus>(const QString &serial)>;

    explicit DoorwayModel(QObject *parent = nullptr);

    void setNameLookup(NameLookup lookup);
    void setHealthLookup(HealthLookup lookup);
    //! Call when the health behind the lookup changed; repaints the health column only.
    void healthChanged();
    //! Only doorways linking at least one of these spaces; std::nullopt = all doorways.
    void setScope(std::optional<QSet<QString>> spaceIds);

    //! Fetches every doorway; a load still running is aborted first.
    void load(DensityClient *client);
    void cancelLoad();
    bool isLoading() const { return m_isLoading; }
    bool isLoaded() const { return m_loaded; }
    void setDoorways(QList<Doorway> doorways);

    const Doorway *doorway(int row) const;
    QString spacesText(const Doorway &doorway) const;
    QString healthText(const Doorway &doorway) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    void setLoading(bool loading);
    void rebuild();
    bool inScope(const Doorway &doorway) const;
    QString spaceName(const DoorwaySpace &space) const;

    QList<Doorway> m_all;
    QList<int> m_rows; //!< indexes into m_all
    std::optional<QSet<QString>> m_scope;
    NameLookup m_nameLookup;
    HealthLookup m_healthLookup;
    RequestHandle m_call;
    bool m_isLoading = false;
    bool m_loaded = false;
};

} // namespace Density
