#pragma once

#include "api/pendingcall.h"
#include "api/result.h"
#include "model/liveframe.h"
#include "model/tokens.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

class QWebSocket;

namespace Density {

class DensityClient;

//! One live stream, kept alive: broker POST -> ws_url -> QWebSocket, refresh/live merged into
//! a per-space state, stale after two missed refreshes, reconnected with jittered back-off and
//! a fresh ws_url after every close, error or silence (REFERENCE §8, ARCHITECTURE §3).
class LiveFeed : public QObject {
    Q_OBJECT
public:
    enum class Kind {
        FloorPresence, //!< presence of the OA / Waffle spaces of a floor
        SpaceCounts,   //!< counts of a space and its children (Entry / Waffle)
        DoorwayEvents, //!< crossings of one doorway (proposed, undocumented stream)
    };
    Q_ENUM(Kind)
    enum class State { Idle, Connecting, Live, Stale, Reconnecting, Failed };
    Q_ENUM(State)

    struct Timing {
        int refreshIntervalMs = 60000; //!< the server's refresh period (about a minute)
        int missedRefreshesForStale = 2;
        int missedRefreshesForReconnect = 3; //!< silence this long means the socket is dead
        int reconnectBaseMs = 1000;
        int reconnectMaxMs = 60000;
    };

    LiveFeed(DensityClient *client, Kind kind, QString id, QObject *parent = nullptr);
    ~LiveFeed() override;

    void setTiming(const Timing &timing);
    Timing timing() const { return m_timing; }

    void start();
    //! Closes the socket and forgets nothing: the last known state stays readable.
    void stop();

    Kind kind() const { return m_kind; }
    QString id() const { return m_id; }
    State state() const { return m_state; }
    QString stateReason() const { return m_reason; }
    //! True only while the picture can be trusted: live and not stale.
    bool isTrustworthy() const { return m_state == State::Live; }

    const QHash<QString, LiveSpaceUpdate> &spaces() const { return m_spaces; }
    int malformedFrames() const { return m_malformed; }
    int droppedOutOfOrder() const { return m_outOfOrder; }
    int connectionsOpened() const { return m_connectionsOpened; }
    QString currentUrl() const { return m_url; }
    //! The proxy the latest socket was given (the client's choice for its URL).
    QNetworkProxy socketProxy() const { return m_socketProxy; }
    QDateTime lastRefreshAt() const { return m_lastRefreshAt; }

    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(Density::LiveFeed::State state, const QString &reason);
    //! After a frame was merged: its type and the spaces whose state changed.
    void frameApplied(Density::LiveFrame::Type type, const QStringList &changedSpaceIds);
    //! Spaces that a refresh no longer lists.
    void spacesRemoved(const QStringList &spaceIds);
    void doorwayEvent(const Density::DoorwayEvent &event);
    void malformedFrame(const QString &problem);

private:
    void requestTicket();
    void onTicket(const Result<WebSocketTicket> &ticket);
    void openSocket(const QString &url);
    void onText(const QString &text);
    void onBinary();
    void onSocketGone(const QString &reason);
    void applyFrame(const LiveFrame &frame);
    void checkFreshness();
    void scheduleReconnect(const QString &reason);
    void setState(State state, const QString &reason = QString());
    void discardSocket();

    QPointer<DensityClient> m_client;
    Kind m_kind;
    QString m_id;
    Timing m_timing;
    State m_state = State::Idle;
    QString m_reason;
    bool m_running = false;

    RequestHandle m_brokerCall;
    QWebSocket *m_socket = nullptr;
    QString m_url;
    QNetworkProxy m_socketProxy{QNetworkProxy::DefaultProxy};
    QTimer m_watchdog;
    QTimer m_reconnect;
    QElapsedTimer m_sinceRefresh;
    bool m_haveRefresh = false;
    int m_attempt = 0;
    QRandomGenerator m_random;

    QHash<QString, LiveSpaceUpdate> m_spaces;
    QDateTime m_lastRefreshAt;
    int m_malformed = 0;
    int m_outOfOrder = 0;
    int m_connectionsOpened = 0;
};

} // namespace Density
