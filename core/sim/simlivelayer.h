#pragma once

#include <QVector>

#include <optional>

namespace Density::Sim {

class SimPortfolio;
enum class CountingMode;

//! One second-scale change of a space's own count: a value change (a person arrives or leaves,
//! a desk is taken or freed) or a short sensor outage, over [start, end) in epoch ms.
struct SimLiveEvent {
    enum class Kind { Change, Outage };
    Kind kind = Kind::Change;
    qint64 start = 0;
    qint64 end = 0;
    int step = 1;   //!< Entry spaces: +-1..3 on the count (a few people through the door)
    int occupy = 1; //!< presence spaces: the count shown when an empty space becomes occupied
};

//! The live layer of count(space, t): what makes the WebSocket streams lively at real speed.
//!
//! The day patterns change at most once a minute per space, which at real speed gives a floor a
//! change every minute or so; `--live-rate` asks for more. So on top of the patterns, strictly
//! after `start()` (the simulator's reference "now", so history and the REST answers at that
//! instant are untouched), each space with its own data gets short events. They are a pure
//! function of (seed, space, time, rate) like the rest of the model, so current-occupancy,
//! presence-health, sensors/health and every stream agree at any instant, and a stream sampled
//! at the same instants sends the same frames on every run.
//!
//! Layout: time is cut into windows of W whole seconds per space; a window holds at most one
//! event with probability p, starting and ending on whole seconds inside the window (so events
//! never overlap and a lookup is one hash). Each event gives two changes (start, end). W and p
//! follow the space's event rate, rate * share:
//!  - OA and Waffle spaces: share = 1 / (2 * n), n = the floor's OA and Waffle spaces, so a
//!    floor presence stream sees about `rate` changes per second (a space count stream gets a
//!    Waffle room's 1/n share of that);
//!  - Entry spaces: share = 1/2, so each Entry room (its count stream, and the doorway event
//!    streams of its doors between them) sees about `rate` changes per second; a count stream
//!    over a floor with k Entry rooms sees about k times that. Entry changes move the count by
//!    1 to 3 people, so doorway streams get a few crossings per change.
//! A space changes at most once per second (W >= 2 s, events of whole seconds). Outages are 15%
//! of events: the space's own sensors report offline, its count reads 0 and its health
//! "offline" until the event ends.
class SimLiveLayer {
public:
    SimLiveLayer(const SimPortfolio &portfolio, quint64 seed);

    //! Changes per second of a floor-sized stream; 0 switches the layer off.
    void setRate(double changesPerSecond) { m_rate = changesPerSecond > 0 ? changesPerSecond : 0; }
    double rate() const { return m_rate; }
    //! Events start strictly after this instant (epoch ms).
    void setStart(qint64 msecs) { m_start = msecs; }
    qint64 start() const { return m_start; }
    bool activeAt(qint64 t) const { return m_rate > 0 && t > m_start; }

    //! The event covering `t` for a space with its own data, if any.
    std::optional<SimLiveEvent> eventAt(int space, qint64 t) const;
    //! True while the space whose count `sensor` feeds has an outage event.
    bool sensorOutageAt(int sensor, qint64 t) const;

    //! The own value of a space under `event`: a presence space (OA, Waffle) flips between
    //! empty and occupied, an Entry space steps by one (never below 0); a space that is already
    //! offline stays as it is.
    static void apply(const SimLiveEvent &event, CountingMode mode, int *count, bool *online);

private:
    const SimPortfolio &m_portfolio;
    quint64 m_seed;
    double m_rate = 0;
    qint64 m_start = 0;
    QVector<double> m_share;      //!< per space: its share of the floor's stream rate
    QVector<int> m_ownerOfSensor; //!< per sensor: the space whose count it feeds, or -1
};

} // namespace Density::Sim
