#pragma once

#include "simlivefeed.h"
#include "simoccupancy.h"

#include <QHash>
#include <QVector>

namespace Density::Sim {

class SimPortfolio;
class SimStore;

//! The presence stream of a floor (REFERENCE §3.11) and the count stream of a space and its
//! children (§3.12), in the §8.2 message shape:
//!   {"update_type": "refresh" | "live",
//!    "data": {"<space_id>": {"timestamp", "presence" | "occupancy", "counting_mode",
//!                            "space_health_status"}}}
//! Values are SimOccupancy::liveValue() at the sampled instant, the very numbers
//! current-occupancy and presence-health give for that instant. "live" carries only the spaces
//! whose presence / count or health differs from what the client was last shown.
class SimSpaceFeed : public SimLiveFeed {
public:
    enum class Kind { Presence, Count };

    SimSpaceFeed(const SimStore &store, Kind kind, QVector<int> spaces);

    //! Spaces on the floor (at any depth) with their own OA or Waffle data.
    static QVector<int> presenceSpaces(const SimPortfolio &portfolio, int floor);
    //! The space itself and its descendants with their own Entry or Waffle data.
    static QVector<int> countSpaces(const SimPortfolio &portfolio, int space);

    bool hasRefresh() const override { return true; }
    QByteArray refresh(qint64 t) override;
    QList<QByteArray> advance(qint64 t) override;

    const QVector<int> &spaces() const { return m_spaces; }

private:
    struct Shown {
        int value = -1; //!< presence 0/1 or the count
        SpaceHealth health = SpaceHealth::Unknown;
        bool operator!=(const Shown &o) const { return value != o.value || health != o.health; }
    };
    Shown sample(int space, qint64 t) const;
    QByteArray frame(const char *updateType, const QVector<int> &spaces,
                     const QVector<Shown> &values, qint64 t) const;

    const SimStore &m_store;
    Kind m_kind;
    QVector<int> m_spaces;
    QHash<int, Shown> m_shown;
};

} // namespace Density::Sim
