#pragma once

#include <QByteArray>
#include <QList>

namespace Density::Sim {

//! What one WebSocket stream says, apart from the socket: SimLiveSession asks it for frames at
//! the sampled instants and does the sending, timing and faults. Implementations are pure
//! functions of the store and the instants they are asked about, so a stream sampled at the
//! same instants sends the same frames on every run.
class SimLiveFeed {
public:
    virtual ~SimLiveFeed() = default;

    //! Whether the stream sends "refresh" snapshots (presence and count streams do, the doorway
    //! event stream does not).
    virtual bool hasRefresh() const = 0;
    //! The full snapshot at `t` (epoch ms, whole seconds); it becomes what the client was shown.
    virtual QByteArray refresh(qint64 t) = 0;
    //! The frames for what changed since the previous refresh() / advance(), sampled at `t`.
    virtual QList<QByteArray> advance(qint64 t) = 0;
};

} // namespace Density::Sim
