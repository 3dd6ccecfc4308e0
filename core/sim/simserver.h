#pragma once

#include "simoptions.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Density::Sim {

class SimAccessLog;
class SimAuth;
class SimFaults;
class SimHttpServer;
class SimLiveStreams;
class SimRateLimiter;
class SimReply;
class SimRouter;
class SimStore;
class SimWsTickets;
struct SimRequest;
struct SimResponse;

//! The Density API v3 simulator: an in-memory organization served over real HTTP on loopback.
//! Tests, `density-dashboard --demo` and `density-sim` all use this class. Everything runs in
//! the caller's thread and never blocks; delayed answers come from timers.
//!
//! Map of the pieces: SimStore (SimPortfolioGenerator, SimSensorHealth, SimOccupancy) holds the
//! data; simroutes.cpp is the one route table; handlers live per family (simanalyticsroutes,
//! simliveroutes, simadminroutes, simuserroutes, simsensorroutes, simauthroutes); SimAuth,
//! SimRateLimiter, SimFaults and SimAccessLog are applied here in process(), in that order:
//! rate limit -> 429 storm -> route (404/405) -> auth (403/401, token kind) -> injected 5xx ->
//! handler -> malformed body -> latency.
//!
//! Credentials (SimOptions): static token "tok_demo" (read and write) and "tok_readonly"
//! (reads only: 403 on every mutation); M2M client "demo-client" / "demo-secret" at
//! /v3/oauth/token; display client "demo-display" / "demo-display-secret" at
//! /v3/oauth/display-token. Display tokens may call presence reads, the two brokers and
//! hello-world; users endpoints need an M2M token.
//!
//! Live streams (REFERENCE §8): the brokers (simliveroutes) hand out ws_urls with one-use
//! tickets (SimWsTickets); SimLiveStreams accepts the upgraded sockets and runs one
//! SimLiveSession per stream, whose feed (SimSpaceFeed, SimDoorwayEvents) reads the same
//! count(space, t) as the REST routes, made lively at real speed by SimLiveLayer.
//!
//! Proposals where REFERENCE.md is unconfirmed are documented where they are implemented:
//! bucket keys and B (simbuckets.h), operating hours (SimOperatingHours), fan-out
//! (SimStore::analyticsSpaces), data status (simdatastatus.h), windows (SimValidation), stream
//! tickets and close code 4401 (SimLiveStreams), doorway events (SimDoorwayEvents).
class SimServer : public QObject {
    Q_OBJECT
public:
    explicit SimServer(const SimOptions &options = {}, QObject *parent = nullptr);
    ~SimServer() override;

    //! Starts listening; port 0 lets the OS choose. Returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    //! "http://127.0.0.1:PORT" (an any-address listen is reported as loopback).
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }

    const SimOptions &options() const;

    // --- test hooks -------------------------------------------------------------------------
    int requestCount() const { return m_requestCount; }
    int tooManyRequestsCount() const { return m_tooManyRequestsCount; }
    void setFaults(const FaultOptions &faults); //!< also restarts a 429 storm
    void expireAllTokens();                     //!< every OAuth / display token; static stay
    void revokeAllTokens();                     //!< same set, answered as "revoked"
    void revokeToken(const QString &token);
    void setNow(const QDateTime &now); //!< the REST clock; liveNow() keeps running
    QDateTime now() const;
    void setWrapLiveResponses(bool wrap);
    void setIncludeParentRows(bool include);
    void setRateLimit(bool enabled, double ratePerSecond = 15, int burst = 100);
    //! Answers 404 "No route" for `path` (e.g. "/v3/analytics/presence-health") while
    //! `unavailable`, as a server without that endpoint would: clients' fallbacks are tested.
    void setRouteUnavailable(const QString &path, bool unavailable = true);
    //! The sensor with this serial number reports offline from `from` (default: the earlier of
    //! now() and liveNow(), so both REST answers and streams see it) until `until` (default:
    //! for good). Returns false for an unknown serial.
    bool takeSensorOffline(const QString &serial, const QDateTime &from = {},
                           const QDateTime &until = {});

    //! The store, for tests (read ids, counts, health).
    SimStore &store();
    //! Broker tickets and the HTTP server.
    SimWsTickets &wsTickets();
    SimHttpServer *httpServer() const { return m_http; }

    // --- live streams (REFERENCE §8) --------------------------------------------------------
    //! The streams' simulated now: SimOptions::now (or the wall clock) advanced by real
    //! elapsed time since construction. setNow() does not move it.
    QDateTime liveNow() const;
    //! Closes every stream socket now, without a close frame (abort, like a network drop).
    void dropLiveConnections();
    //! All streams stop sending anything, pongs and the server's own 30-second pings included,
    //! while their sockets stay open; false resumes them (an overdue refresh goes out at once,
    //! pings that arrived meanwhile are answered then).
    void setLiveSilent(bool silent);
    //! Each connected stream gets `count` malformed frames (truncated JSON, "data": 5, an
    //! unknown update_type, a binary frame, wrong field types, non-JSON text; in that rotation)
    //! before its next good frame.
    void sendMalformedLiveFrames(int count);
    //! Both brokers (and the doorway one) answer 503 with Retry-After for `seconds`; 0 ends it.
    void refuseLiveTickets(int seconds);
    //! Sends a raw text frame to every open stream of `streamKind` ("floor", "space" or
    //! "doorway") for `id`, as is (dropped while silent). What the stream believes the client
    //! was shown does not change: the next refresh or live frame follows the model again.
    void sendLiveFrame(const QString &streamKind, const QString &id, const QByteArray &frame);
    //! Live changes per second of a floor-sized stream (SimLiveLayer); also changes what
    //! current-occupancy and presence-health answer after the reference now.
    void setLiveRate(double changesPerSecond);
    void setRefreshInterval(double seconds);
    void setTicketLifetime(double seconds);
    void setDoorwayEventsEnabled(bool enabled);
    int liveConnectionCount() const;     //!< stream sockets open now
    int liveConnectionsAccepted() const; //!< streams accepted since start
    int liveConnectionsRefused() const;  //!< sockets closed with 4401 since start
    int outstandingTickets() const;      //!< issued, unused and unexpired

Q_SIGNALS:
    //! After each response was written (or dropped because the client left).
    void requestFinished(const QString &method, const QString &path, int status);
    //! kind is "floor", "space" or "doorway"; id the floor, space or doorway id.
    void liveConnectionOpened(const QString &kind, const QString &id);
    void liveConnectionClosed(const QString &kind, const QString &id);

private:
    void dispatch(SimRequest &&request, std::shared_ptr<SimReply> reply);
    SimResponse process(SimRequest &request, int *latencyMs);

    std::unique_ptr<SimStore> m_store;
    std::unique_ptr<SimAuth> m_auth;
    std::unique_ptr<SimRateLimiter> m_rateLimiter;
    std::unique_ptr<SimFaults> m_faults;
    std::unique_ptr<SimAccessLog> m_accessLog;
    std::unique_ptr<SimRouter> m_router;
    std::unique_ptr<SimWsTickets> m_tickets;
    SimHttpServer *m_http = nullptr;
    SimLiveStreams *m_live = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_requestCount = 0;
    int m_tooManyRequestsCount = 0;
    QStringList m_unavailableRoutes;
};

} // namespace Density::Sim
