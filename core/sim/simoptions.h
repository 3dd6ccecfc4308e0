#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Density::Sim {

//! Failure modes a client must survive. All decisions are drawn from a generator seeded with
//! SimOptions::seed, so a given request sequence meets the same faults on every run.
struct FaultOptions {
    int latencyMs = 0;        //!< added to every response (answered from a timer, never a sleep)
    double errorRate = 0;     //!< 0..1: share of requests answered 500, 502 or 503
    double malformedRate = 0; //!< 0..1: share of 2xx bodies truncated or replaced by non-JSON
    double rate429Storm = 0;  //!< seconds: every request answers 429 + Retry-After while active;
                              //!< the storm starts when the options are applied

    // WebSocket streams (REFERENCE §8). Per connection, so a reconnecting client meets the fault
    // again; see SimLiveSession for what each does on the wire.
    double wsDropAfter = 0;     //!< seconds: abort every stream socket this long after it opened
    double wsSilentAfter = 0;   //!< seconds: a stream stops sending (and answering pings) this long
                                //!< after it opened; the socket stays open
    double wsMalformedRate = 0; //!< 0..1: share of stream frames sent malformed instead
    double wsRefuseSeconds = 0; //!< seconds: both brokers answer 503 + Retry-After, from when
                                //!< the options are applied

    //! "ghost-time": Waffle spaces' metrics report a few minutes of time_used at night with no
    //! raw session behind them (REFERENCE §3.4); see simghosttime.h for which buckets.
    bool ghostTimeUsed = false;

    bool isActive() const;

    //! Parses "latency=200,errors=0.1,malformed=0.05,storm429=5,ws-drop=30,ws-silent=20,
    //! ws-malformed=0.1,ws-refuse=10,ghost-time" (any subset, any order; "none" or an empty
    //! string for no faults; "ghost-time" alone means ghost-time=1). Returns nullopt and sets
    //! *error on a bad spec.
    static std::optional<FaultOptions> parse(const QString &spec, QString *error = nullptr);
    QString toString() const;
};

//! Everything that shapes one simulated organization and its server behaviour.
struct SimOptions {
    quint32 seed = 1;
    int buildings = 3;
    int floorsPerBuilding = 4;
    int spaces = 400; //!< leaf and nested spaces (space_type "space"); scales to 50,000

    //! Simulated "now" (UTC). Fixed by default so tests are deterministic.
    QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
    //! When true "now" follows the wall clock and `now` is ignored (density-sim without --now).
    bool followWallClock = false;

    //! current-occupancy and presence-health answer {"data": {...}} (observed) or a bare map
    //! (documented); REFERENCE §3.7/§3.9 say both exist.
    bool wrapLiveResponses = true;
    //! Analytics for a parent id also return a row for the parent itself (REFERENCE §3 fan-out).
    bool includeParentRows = false;

    bool rateLimitEnabled = true;
    double ratePerSecond = 15;
    int burst = 100;

    FaultOptions faults;
    QString accessLogPath; //!< one line per request: "METHOD PATH STATUS MILLISECONDS"

    //! Static tokens with write permission (labels, label groups, spaces); like every static
    //! token they may not use the users endpoints (REFERENCE §3.28).
    QStringList staticTokens = {QStringLiteral("tok_demo")};
    //! Static tokens that may read everything a static token may read but get 403 on every
    //! mutation: the default scope of a static token (REFERENCE §6.1), and the way to exercise
    //! the app's 403 paths.
    QStringList readOnlyTokens = {QStringLiteral("tok_readonly")};
    QString clientId = QStringLiteral("demo-client");
    QString clientSecret = QStringLiteral("demo-secret");
    QString displayClientId = QStringLiteral("demo-display");
    QString displayClientSecret = QStringLiteral("demo-display-secret");
    int oauthTokenLifetimeSeconds = 3600;

    //! WebSocket streams: seconds between "refresh" frames (REFERENCE §8.2: once a minute), and
    //! live changes per second of a floor-sized stream (see SimLiveLayer).
    double refreshIntervalSeconds = 60;
    double liveRate = 0.2;
    //! A ws_url's ticket is good for one connection within this many seconds.
    double wsTicketLifetimeSeconds = 60;
    //! The Doorway Events WebSocket (REFERENCE §8.4) is a proposal: off unless asked for.
    bool doorwayEventsEnabled = false;
};

} // namespace Density::Sim
