#pragma once

#include "simhttp.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace Density::Sim {

//! A pending answer. Holds the responder and a guarded socket so a response can be written
//! later (latency fault, from a QTimer in the same thread) or dropped if the client has gone.
class SimReply {
public:
    SimReply(QHttpServerResponder &&responder, QTcpSocket *socket);

    //! Writes status, headers (plus Content-Type and Content-Length) and body once. False when
    //! the socket is gone or the reply was already sent.
    bool send(const SimResponse &response);

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_sent = false;
};

//! Thin QAbstractHttpServer (Qt 6.4 API): copies each request into a SimRequest and hands it
//! with a SimReply to the dispatcher. Routing, auth, rate limiting and faults live in
//! SimServer. WebSocket upgrade requests are left to Qt's handshake and arrive through
//! newWebSocketConnection() (SimLiveStreams).
class SimHttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Dispatcher = std::function<void(SimRequest &&, std::shared_ptr<SimReply>)>;

    explicit SimHttpServer(Dispatcher dispatcher, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Dispatcher m_dispatcher;
};

} // namespace Density::Sim
