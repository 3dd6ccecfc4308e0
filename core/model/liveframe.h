#pragma once

#include "health.h"
#include "nullable.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <optional>

namespace Density {

//! What a wall screen may claim about a space. Anything short of a healthy, fresh reading is
//! Unknown — never Available (ARCHITECTURE §3: availability is occupancy, not booking).
enum class Availability { Available, Occupied, Unknown };

//! One space's entry in a WebSocket frame (REFERENCE §8.2): presence for OA/Waffle streams,
//! a count for Entry/Waffle count streams.
struct LiveSpaceUpdate {
    QString spaceId;
    QDateTime timestamp; //!< when the sensor reading was taken (UTC)
    QString timestampText;
    Nullable<bool> presence;
    Nullable<qint64> occupancy;
    QString countingMode;
    HealthStatus health = HealthStatus::Unknown;
    QString healthText;
    QDateTime receivedAt; //!< set by the feed when the reading arrived or was last confirmed

    //! Same reading (value, mode, health), whatever its timestamps.
    bool sameReading(const LiveSpaceUpdate &other) const;
    //! Occupied / available from a healthy reading; Unknown otherwise.
    Availability availability() const;
};

//! A decoded text frame of the presence or count stream.
struct LiveFrame {
    enum class Type { Refresh, Live };
    Type type = Type::Live;
    QList<LiveSpaceUpdate> spaces;
    //! Entries that could not be read (space id, why); the rest of the frame still counts.
    QList<QPair<QString, QString>> rejected;

    //! nullopt when the frame is not a valid stream message (bad JSON, unknown update_type,
    //! `data` not an object). Bad entries inside a valid frame land in `rejected`.
    static std::optional<LiveFrame> fromJson(const QByteArray &text, QString *problem = nullptr);
};

//! A crossing reported by the doorway events stream. The stream is undocumented: this is the
//! shape REFERENCE §8.4 proposes, so only this decoder changes if the real one differs.
struct DoorwayEvent {
    struct Space {
        QString spaceId;
        int sensorPlacement = 0;
    };
    QString doorwayId;
    QDateTime timestamp;
    int direction = 0; //!< +1 entering, -1 leaving
    QList<Space> spaces;

    static std::optional<DoorwayEvent> fromJson(const QByteArray &text, QString *problem = nullptr);
};

QDateTime parseApiTimestamp(const QString &text);

} // namespace Density

Q_DECLARE_METATYPE(Density::DoorwayEvent)
