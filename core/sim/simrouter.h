#pragma once

#include "simhttp.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Density::Sim {

class SimAuth;
class SimStore;
class SimWsTickets;

//! What a handler may touch.
struct SimContext {
    SimStore &store;
    SimAuth &auth;
    SimWsTickets &tickets;
    QUrl baseUrl;
};

//! Who may call a route (REFERENCE §1.1, §3.28, §3.33).
enum class SimAccess {
    Public,      //!< token endpoints
    Bearer,      //!< static or M2M token; display tokens get 403
    BearerWrite, //!< mutations: like Bearer, and read-only tokens get 403
    //! Any valid token: what a wall screen reads (presence, brokers, the space list for names
    //! and functions, occupancy for the busiest hours) and hello-world. What a display token may
    //! call is unconfirmed (REFERENCE §3.33); signage needs at least these.
    BearerOrDisplay,
    M2mOnly, //!< users: OAuth client-credentials tokens only
};

using SimHandler = std::function<SimResponse(SimContext &, const SimRequest &)>;

struct SimRoute {
    QList<QByteArray> methods;
    QString pattern; //!< "/v3/labels/{label_id}"
    SimAccess access = SimAccess::Bearer;
    SimHandler handler;
};

class SimRouter {
public:
    void add(QList<QByteArray> methods, const QString &pattern, SimAccess access,
             SimHandler handler);

    struct Match {
        const SimRoute *route = nullptr;
        QStringList args;
        bool pathKnown = false; //!< a route has this path but not this method => 405
    };
    Match match(const QByteArray &method, const QString &path) const;
    const QList<SimRoute> &routes() const { return m_routes; }

private:
    QList<SimRoute> m_routes;
};

} // namespace Density::Sim
