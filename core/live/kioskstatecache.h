#pragma once

#include "model/liveframe.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <optional>

namespace Density {

//! What a kiosk last knew about its floor, as written to and read from the cache file.
//! Availability read back from a cache is history, never the present: see KioskFloorModel.
struct KioskSnapshot {
    struct SpaceState {
        QString id;
        QString name;
        QString function; //!< raw API value ("meeting_room"), may be empty
        Availability availability = Availability::Unknown;
    };
    QString floorId;
    QString floorName;
    QString timeZone; //!< IANA id, empty when the floor has none
    QList<SpaceState> spaces;
    QDateTime lastUpdated;   //!< time of the last good frame (UTC)
    QList<int> busiestHours; //!< local start hours, busiest first
    QDate busiestHoursDate;  //!< the local day busiestHours were computed for

    QJsonObject toJson() const;
    static std::optional<KioskSnapshot> fromJson(const QJsonObject &json);
};

//! Keeps the floor's last known state in a JSON file so a kiosk restarted without network shows
//! it at once. Writes are throttled (at most one per interval, the latest state wins) and
//! atomic (QSaveFile), so a power cut never leaves half a file.
class KioskStateCache : public QObject {
    Q_OBJECT
public:
    explicit KioskStateCache(QString path, QObject *parent = nullptr);
    ~KioskStateCache() override; //!< writes a pending snapshot

    //! QStandardPaths::CacheLocation/kiosk-<floorId>.json
    static QString defaultPath(const QString &floorId);

    QString path() const { return m_path; }
    void setThrottleMs(int milliseconds) { m_throttle.setInterval(milliseconds); }

    std::optional<KioskSnapshot> load() const;
    //! Writes now if nothing was written within the throttle interval, otherwise when it ends.
    void save(const KioskSnapshot &snapshot);
    //! Writes a pending snapshot now.
    void flush();
    int writes() const { return m_writes; }

Q_SIGNALS:
    void written();

private:
    bool write(const KioskSnapshot &snapshot);

    QString m_path;
    QTimer m_throttle;
    std::optional<KioskSnapshot> m_pending;
    int m_writes = 0;
};

} // namespace Density
