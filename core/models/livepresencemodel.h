#pragma once

#include "live/livefeed.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace Density {

//! One row per space of a live feed: availability, presence or count, counting mode, health,
//! and the time since its last update. Rows repaint individually: a frame touches only the
//! rows it changed, and the age column ticks on its own.
class LivePresenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SpaceColumn,
        AvailabilityColumn,
        ValueColumn,
        CountingModeColumn,
        HealthColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role {
        SpaceIdRole = Qt::UserRole + 1,
        AvailabilityRole, //!< Density::Availability as int, already downgraded when stale
        AgeSecondsRole,
        HealthStatusRole, //!< int(HealthStatus) parsed from the entry's space_health_status
    };

    explicit LivePresenceModel(QObject *parent = nullptr);

    //! Follows `feed` (not owned); rows are rebuilt from its current state.
    void setFeed(LiveFeed *feed);
    //! Display names for space ids (e.g. from SpaceTreeModel); ids are shown otherwise.
    void setSpaceNames(const QHash<QString, QString> &names);
    //! The clock used for ages; tests inject a fixed one.
    void setClock(std::function<QDateTime()> now);
    void setAgeTickInterval(int milliseconds);

    //! What a person may conclude: Unknown unless the feed is live and the space healthy.
    Availability availability(int row) const;
    int rowOf(const QString &spaceId) const { return m_rows.value(spaceId, -1); }
    QString spaceIdAt(int row) const { return m_ids.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void onFrame(LiveFrame::Type type, const QStringList &changed);
    void onRemoved(const QStringList &ids);
    void onFeedState();
    void tickAges();
    const LiveSpaceUpdate *update(int row) const;
    qint64 ageSeconds(int row) const;

    QPointer<LiveFeed> m_feed;
    QList<QString> m_ids; //!< row -> space id
    QHash<QString, int> m_rows;
    QHash<QString, QString> m_names;
    std::function<QDateTime()> m_now;
    QTimer m_ageTimer;
    bool m_trustworthy = false;
};

} // namespace Density
