// LiveFeed's WebSocket takes the client's proxy (Settings > Proxy) like its HTTP calls do:
// a non-loopback stream goes through a manual proxy, a loopback one (the demo) stays direct.
#include "livefixture.h"

#include "api/proxysettings.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Density;

namespace {

//! Records what arrives; answers nothing (a tunnel request that is never granted).
struct StandInProxy {
    StandInProxy() {
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { received += socket->readAll(); });
        });
    }
    QTcpServer server;
    QByteArray received;
};

ProxySettings manualProxy(quint16 port) {
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode::Manual;
    proxy.host = QStringLiteral("127.0.0.1");
    proxy.port = port;
    return proxy;
}

} // namespace

class TestLiveProxy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void remoteStreamGoesThroughTheManualProxy() {
        // The simulator only hands out loopback stream addresses, so a stand-in broker on
        // loopback hands out a remote one (as the real API does); the broker call itself is
        // loopback and goes direct.
        QTcpServer broker;
        QVERIFY(broker.listen(QHostAddress::LocalHost));
        connect(&broker, &QTcpServer::newConnection, this, [&broker] {
            while (QTcpSocket *socket = broker.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return; // a POST without a body: the headers are the whole request
                    const QByteArray body =
                        R"({"ws_url":"wss://live.example.test/v3/ws/floor/presence?ticket=t1"})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
        StandInProxy proxy;
        QVERIFY(proxy.server.isListening());

        DensityClient client;
        StaticTokenProvider tokens(QStringLiteral("tok_test"));
        client.setTokenProvider(&tokens);
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(broker.serverPort());
        QVERIFY(client.setBaseUrl(base).isEmpty());
        client.setProxySettings(manualProxy(proxy.server.serverPort()));

        LiveFeed feed(&client, LiveFeed::Kind::FloorPresence, QStringLiteral("spc_1"));
        feed.start();
        QVERIFY2(waitFor([&proxy] { return proxy.received.contains("\r\n\r\n"); }, 10000),
                 qPrintable(feed.stateReason()));
        QVERIFY2(proxy.received.startsWith("CONNECT live.example.test:443"),
                 proxy.received.constData());
        QCOMPARE(feed.currentUrl(),
                 QStringLiteral("wss://live.example.test/v3/ws/floor/presence?ticket=t1"));
        QCOMPARE(feed.socketProxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(feed.socketProxy().port(), proxy.server.serverPort());
        feed.stop();
        client.setTokenProvider(nullptr);
    }

    void loopbackStreamStaysDirect() {
        StandInProxy proxy;
        QVERIFY(proxy.server.isListening());
        LiveFixture sim;
        sim.client.setProxySettings(manualProxy(proxy.server.serverPort()));
        LiveFeed &feed = sim.feed();
        feed.start();
        QVERIFY(waitFor([&feed] { return feed.state() == LiveFeed::State::Live; }));
        QVERIFY(feed.currentUrl().startsWith(QLatin1String("ws://127.0.0.1")));
        QCOMPARE(feed.socketProxy().type(), QNetworkProxy::NoProxy);
        QVERIFY(proxy.received.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveProxy)
#include "tst_liveproxy.moc"
