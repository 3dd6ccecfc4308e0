#pragma once

#include "live/livefeed.h"
#include "model/liveframe.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QStringList>

//! The JSON Lines that `density-cli live ...` prints: one compact object per event, "event"
//! first so a reader (or grep) sees the kind of line at a glance. Keys are data, not prose.
namespace Density::Cli::StreamJson {

//! {"event":"state","at":...,"reason":...,"state":"connecting|live|stale|..."}
QByteArray stateLine(LiveFeed::State state, const QString &reason, const QDateTime &at);

//! {"event":"refresh"|"live","at":...,"spaces":{id: entry}} for the listed ids. `trusted` is
//! false while the feed is not live (stale, reconnecting): every availability is then
//! "unknown", whatever the last reading said.
QByteArray frameLine(LiveFrame::Type type, const QHash<QString, LiveSpaceUpdate> &spaces,
                     const QStringList &ids, bool trusted, const QDateTime &at);

//! {"event":"malformed","at":...,"reason":...}
QByteArray malformedLine(const QString &reason, const QDateTime &at);

//! {"event":"doorway","at":...,"doorway_id":...,"timestamp":...,"direction":1|-1,"spaces":[...]}
QByteArray doorwayLine(const DoorwayEvent &event, const QDateTime &at);

//! "available", "occupied" or "unknown": unknown unless the reading is healthy and the feed
//! is trusted (ARCHITECTURE §3: never "available" on a doubtful picture).
QString availabilityName(const LiveSpaceUpdate &update, bool trusted);

} // namespace Density::Cli::StreamJson
