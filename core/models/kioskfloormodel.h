#pragma once

#include "api/pendingcall.h"
#include "live/kioskstatecache.h"
#include "live/kioskwatchdog.h"
#include "live/livefeed.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <functional>
#include <memory>

namespace Density {

class DensityClient;
struct Space;

//! The kiosk's data for one floor: one row per space that has its own presence data, grouped by
//! function (meeting rooms, phone booths, desks, then others; by name within a group), totals,
//! the floor's busiest hours today, and whether the picture is live.
//!
//! How a view must treat it (ARCHITECTURE §3):
//! - availability() is Available / Occupied only while the feed is Live and the sensor healthy;
//!   anything else is Unknown, never Available.
//! - isFromCache(): rows come from the cache file of an earlier run. Their availability is the
//!   *last known* state at lastUpdated(), not the present: dim it, show its age
//!   (dataAgeSeconds()) and the offline banner; never show it as "free now".
//! - isOffline(): the feed left Live at offlineSince() (or, on a cold start without cache, its
//!   first attempt failed; with a cache, since the cached lastUpdated); availability() is Unknown
//!   for every row, and lastKnownAvailability() holds what was last seen, for a dimmed hint.
//! It reconnects forever: LiveFeed's back-off for transient faults, a capped back-off restart
//! after Failed, and a watchdog rebuild after a long silence.
class KioskFloorModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SpaceIdRole = Qt::UserRole + 1,
        NameRole,
        FunctionRole,              //!< raw API value
        FunctionTextRole,          //!< humanised ("Meeting room")
        GroupRole,                 //!< int(Group)
        AvailabilityRole,          //!< int(Availability): what may be claimed now
        LastKnownAvailabilityRole, //!< int(Availability): last seen (cache or before offline)
    };
    enum class Group { MeetingRooms, PhoneBooths, Desks, Others };
    Q_ENUM(Group)

    //! Follows `floorId` through `client` (not owned). Nothing happens before start().
    KioskFloorModel(DensityClient *client, QString floorId, QObject *parent = nullptr);
    ~KioskFloorModel() override;

    // --- configuration (before start) ----------------------------------------------------
    void setFeedTiming(const LiveFeed::Timing &timing) { m_timing = timing; }
    //! Restart delay after the feed Failed: base doubling up to max (default 5 s .. 5 min).
    void setFailedRetry(int baseMs, int maxMs);
    void setClock(std::function<QDateTime()> now);
    //! Retry delay when the busiest hours could not be loaded: base doubling up to max
    //! (default 1 min .. 30 min). Without it a failed first try would leave "Not enough
    //! history" on the wall until the next midnight.
    void setBusiestRetry(int baseMs, int maxMs);
    //! Cache file path ("" = no cache). Default: KioskStateCache::defaultPath(floorId).
    void setCachePath(const QString &path);
    void setCacheThrottleMs(int milliseconds);
    KioskWatchdog *watchdog() { return &m_watchdog; }

    //! Loads the cache (if any), then asks for the floor's spaces, opens the live feed and the
    //! busiest hours. Safe to call once.
    void start();
    //! Drops the feed and opens a new one (the watchdog's and the Failed retry's remedy).
    void restartPipeline();
    //! Asks for the busiest hours again (done at start and after each local midnight).
    void refreshBusiestHours();

    // --- state ----------------------------------------------------------------------------
    QString floorId() const { return m_floorId; }
    QString floorName() const { return m_floorName; }
    //! The floor's own zone; UTC when it has none (timeZoneIsFallback()).
    QTimeZone timeZone() const { return m_zone; }
    bool timeZoneIsFallback() const { return m_zoneFallback; }
    LiveFeed *feed() const { return m_feed.get(); }
    LiveFeed::State feedState() const;
    int restarts() const { return m_restarts; }

    int availableCount() const { return m_totals[0]; }
    int occupiedCount() const { return m_totals[1]; }
    int unknownCount() const { return m_totals[2]; }

    QDateTime lastUpdated() const { return m_lastUpdated; }
    qint64 dataAgeSeconds() const;
    QDateTime offlineSince() const { return m_offlineSince; }
    bool isOffline() const { return m_offlineSince.isValid(); }
    bool isFromCache() const { return m_fromCache; }

    //! Local start hours (0..23), busiest first, at most 3.
    QList<int> busiestHours() const { return m_busiest; }
    //! "14:00–15:00", busiest first.
    QStringList busiestHourRanges() const;
    QDate busiestHoursDate() const { return m_busiestDate; }

    QString spaceIdAt(int row) const;
    int rowOf(const QString &spaceId) const;
    Availability availability(int row) const;
    Availability lastKnownAvailability(int row) const;
    Group group(int row) const;
    static Group groupOf(const QString &function);
    static QString groupText(Group group);
    static QString hourRangeText(int hour);

    KioskSnapshot snapshot() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    //! Anything shown changed: rows, totals, offline state, last updated or busiest hours.
    void changed();
    void offlineChanged(bool offline);
    void busiestHoursChanged();

private:
    struct Row {
        QString id;
        QString name;
        QString function;
        Availability availability = Availability::Unknown;
        Availability lastKnown = Availability::Unknown;
        bool operator==(const Row &other) const;
    };

    void applySnapshot(const KioskSnapshot &snapshot);
    void onSpaces(const QList<Space> &spaces);
    void createFeed();
    void onFeedState(LiveFeed::State state);
    void onFrame();
    void recompute();
    void setOffline(bool offline);
    void scheduleMidnight();
    void saveCache();

    QPointer<DensityClient> m_client;
    QString m_floorId;
    LiveFeed::Timing m_timing;
    std::function<QDateTime()> m_now;
    std::unique_ptr<LiveFeed> m_feed;
    KioskWatchdog m_watchdog;
    std::unique_ptr<KioskStateCache> m_cache;
    QString m_cachePath;
    int m_cacheThrottleMs = 5000;
    bool m_started = false;

    QString m_floorName;
    QString m_zoneId;
    QTimeZone m_zone;
    bool m_zoneFallback = true;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_functions;
    QHash<QString, Availability> m_lastKnown;
    QList<Row> m_rows;
    int m_totals[3] = {0, 0, 0};
    QDateTime m_lastUpdated;
    QDateTime m_offlineSince;
    bool m_fromCache = false;
    bool m_everLive = false;

    QList<int> m_busiest;
    QDate m_busiestDate;
    RequestHandle m_spacesCall;
    RequestHandle m_busiestCall;
    QTimer m_midnight;
    QTimer m_busiestRetry;
    int m_busiestBaseMs = 60 * 1000;
    int m_busiestMaxMs = 30 * 60 * 1000;
    int m_busiestAttempt = 0;
    QTimer m_failedRetry;
    int m_failedBaseMs = 5000;
    int m_failedMaxMs = 5 * 60 * 1000;
    int m_failedAttempt = 0;
    int m_restarts = 0;
};

} // namespace Density
