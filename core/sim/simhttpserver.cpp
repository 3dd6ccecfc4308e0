#include "simhttpserver.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

namespace Density::Sim {

SimReply::SimReply(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_socket(socket) {}

bool SimReply::send(const SimResponse &response) {
    if (m_sent || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_sent = true;
    m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    m_responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &header : response.headers)
        m_responder.writeHeader(header.first, header.second);
    m_responder.writeHeader(QByteArrayLiteral("Content-Length"),
                            QByteArray::number(response.body.size()));
    m_responder.writeBody(response.body);
    return true;
}

SimHttpServer::SimHttpServer(Dispatcher dispatcher, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(std::move(dispatcher)) {}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    // Qt 6.4 upgrades a WebSocket request only when this returns true, and hands the socket
    // to its WebSocket server right after: write nothing here, or the client reads our HTTP
    // answer instead of the handshake. SimLiveStreams checks the ticket on the new socket.
    if (request.value(QByteArrayLiteral("upgrade"))
            .compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0)
        return true;
    SimRequest r;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    r.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    r.path = request.url().path();
    r.query = request.query();
    r.body = request.body();
    r.remote = request.remoteAddress();
    const auto headers = request.headers();
    for (const auto &header : headers)
        r.headers.insert(header.first.toLower(), header.second);
    m_dispatcher(std::move(r), std::make_shared<SimReply>(makeResponder(request, socket), socket));
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // Not reached: handleRequest() answers everything. Keep a well-formed 404 just in case.
    SimReply reply(makeResponder(request, socket), socket);
    reply.send(SimResponse::error(404, QStringLiteral("Not found")));
}

} // namespace Density::Sim
