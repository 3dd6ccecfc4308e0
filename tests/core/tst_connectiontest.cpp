// Each failure mode of the connection test, against the simulator or a real local socket:
// a TLS server with a self-signed certificate, a port nobody listens on, a server that never
// answers, an HTTP server that answers 403, and a proxy that is not there.
#include "simfixture.h"

#include "api/connectiontest.h"
#include "api/proxysettings.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Density;
using namespace Qt::StringLiterals;
using Kind = ConnectionTestResult::Kind;

namespace {

QString tlsFile(const QString &name) {
    return qEnvironmentVariable("DENSITY_TEST_DATA") + QStringLiteral("/tls/") + name;
}

//! A loopback port that was free a moment ago and is closed now.
quint16 closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

//! A minimal HTTP/1.1 server on loopback that answers every request with one canned response
//! and counts the requests it read. For the statuses the simulator has no reason to send for
//! hello-world (403).
class CannedHttpServer : public QTcpServer {
public:
    explicit CannedHttpServer(QByteArray response)
        : m_response(std::move(response)) {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    ++requests;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    int requests = 0;

private:
    QByteArray m_response;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

//! Runs one test to its end and returns the result.
ConnectionTestResult run(ConnectionTest &tester, const ConnectionInput &input,
                         int timeoutMs = 15000) {
    QSignalSpy finished(&tester, &ConnectionTest::finished);
    tester.start(input);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        qFatal("the connection test never finished");
    return finished.takeFirst().at(0).value<ConnectionTestResult>();
}

ConnectionInput staticToken(const QUrl &url, const QString &token) {
    ConnectionInput input;
    input.baseUrl = url;
    input.token = token;
    return input;
}

ConnectionInput clientCredentials(const QUrl &url, ConnectionAuthKind kind, const QString &id,
                                  const QString &secret) {
    ConnectionInput input;
    input.baseUrl = url;
    input.authKind = kind;
    input.clientId = id;
    input.clientSecret = secret;
    if (kind == ConnectionAuthKind::DisplayCredentials)
        input.displayId = QStringLiteral("lobby-screen");
    return input;
}

#define VERIFY_KIND(result, expected)                                                              \
    QVERIFY2((result).kind == (expected),                                                          \
             qPrintable(ConnectionTestResult::kindName((result).kind) + QStringLiteral(": ") +     \
                        (result).sentence))

} // namespace

class TestConnectionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void staticTokenSucceeds() {
        SimFixture sim;
        ConnectionTest tester;
        ResponseLog log(tester.client());
        const auto result = run(tester, staticToken(sim.server->baseUrl(), u"tok_demo"_s));
        VERIFY_KIND(result, Kind::Ok);
        QVERIFY(result.greeting.contains(u"Yoda"_s));
        QVERIFY(result.sentence.startsWith(u"Connected"_s));
        QCOMPARE(log.count(Endpoint::HelloWorld, 200), 1);
        // The tester's own client: the fixture's client saw nothing.
        QCOMPARE(sim.client.requestsInFlight(), 0);
    }

    void badTokenIsBadCredentials() {
        SimFixture sim;
        ConnectionTest tester;
        const auto result = run(tester, staticToken(sim.server->baseUrl(), u"tok_wrong"_s));
        VERIFY_KIND(result, Kind::BadCredentials);
        QCOMPARE(result.httpStatus, 401);
        QVERIFY2(result.sentence.contains(u"(401)"_s), qPrintable(result.sentence));
    }

    void oauthClientSucceedsAndBadSecretIsRefused() {
        SimFixture sim;
        ConnectionTest tester;
        ResponseLog log(tester.client());
        const QUrl url = sim.server->baseUrl();
        auto result = run(tester, clientCredentials(url, ConnectionAuthKind::OAuthClient,
                                                    u"demo-client"_s, u"demo-secret"_s));
        VERIFY_KIND(result, Kind::Ok);
        QCOMPARE(log.count(Endpoint::OAuthToken, 200), 1);
        QCOMPARE(log.count(Endpoint::HelloWorld, 200), 1);

        result = run(tester, clientCredentials(url, ConnectionAuthKind::OAuthClient,
                                               u"demo-client"_s, u"not-the-secret"_s));
        VERIFY_KIND(result, Kind::BadCredentials);
        QCOMPARE(result.httpStatus, 401);
        QVERIFY2(result.sentence.contains(u"client id or secret"_s), qPrintable(result.sentence));
        // Refused at the token endpoint: hello-world is not called with nothing.
        QCOMPARE(log.count(Endpoint::HelloWorld), 1);
    }

    void displayCredentialsSucceedAndBadSecretIsRefused() {
        SimFixture sim;
        ConnectionTest tester;
        ResponseLog log(tester.client());
        const QUrl url = sim.server->baseUrl();
        auto result = run(tester, clientCredentials(url, ConnectionAuthKind::DisplayCredentials,
                                                    u"demo-display"_s, u"demo-display-secret"_s));
        VERIFY_KIND(result, Kind::Ok);
        QCOMPARE(log.count(Endpoint::DisplayToken, 200), 1);
        QCOMPARE(log.count(Endpoint::HelloWorld, 200), 1);

        result = run(tester, clientCredentials(url, ConnectionAuthKind::DisplayCredentials,
                                               u"demo-display"_s, u"wrong"_s));
        VERIFY_KIND(result, Kind::BadCredentials);
        QVERIFY2(result.sentence.contains(u"display-token"_s), qPrintable(result.sentence));
    }

    void forbiddenIsItsOwnKind() {
        const QByteArray body = R"({"code":403,"message":"Token lacks the read scope"})";
        CannedHttpServer server("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\n"
                                "Content-Length: " +
                                QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                                body);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConnectionTest tester;
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
        const auto result = run(tester, staticToken(url, u"tok_demo"_s));
        VERIFY_KIND(result, Kind::Forbidden);
        QCOMPARE(result.httpStatus, 403);
        QVERIFY2(result.sentence.contains(u"(403)"_s), qPrintable(result.sentence));
        QVERIFY2(result.sentence.contains(u"Token lacks the read scope"_s),
                 qPrintable(result.sentence));
        QCOMPARE(server.requests, 1);
    }

    void unknownHostIsHostNotFound() {
        // RFC 2606: .invalid never resolves, with or without a network.
        ConnectionTest tester;
        const auto result = run(
            tester, staticToken(QUrl(u"https://density-dashboard-test.invalid"_s), u"tok_demo"_s));
        VERIFY_KIND(result, Kind::HostNotFound);
        QVERIFY2(result.sentence.contains(u"density-dashboard-test.invalid"_s),
                 qPrintable(result.sentence));
        QCOMPARE(result.networkError, QNetworkReply::HostNotFoundError);
    }

    void closedPortIsConnectionRefused() {
        const quint16 port = closedPort();
        ConnectionTest tester;
        const auto result =
            run(tester, staticToken(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"tok_demo"_s));
        VERIFY_KIND(result, Kind::ConnectionRefused);
        QVERIFY2(result.sentence.contains(QString::number(port)), qPrintable(result.sentence));
    }

    void silentServerIsTimeout() {
        // Accepts the connection (the kernel completes the handshake) and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionTest tester;
        tester.client()->setTimeoutMs(300);
        const auto result =
            run(tester, staticToken(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())),
                                    u"tok_demo"_s));
        VERIFY_KIND(result, Kind::Timeout);
        QVERIFY(silent.hasPendingConnections());
    }

    void selfSignedCertificateIsTlsWithDetails() {
        QFile certFile(tlsFile(u"localhost-cert.pem"_s));
        QFile keyFile(tlsFile(u"localhost-key.pem"_s));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull());
        QVERIFY(!key.isNull());

        QSslServer server;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        server.setSslConfiguration(configuration);
        qint64 applicationBytes = 0;
        int encrypted = 0;
        int accepted = 0;
        connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++accepted;
                connect(socket, &QTcpSocket::readyRead, socket, [&applicationBytes, socket] {
                    applicationBytes += socket->readAll().size();
                });
            }
        });
        connect(&server, &QSslServer::startedEncryptionHandshake, &server,
                [&encrypted] { ++encrypted; });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        ConnectionTest tester;
        const QUrl url(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
        const auto result = run(tester, staticToken(url, u"tok_demo"_s));
        VERIFY_KIND(result, Kind::Tls);
        QVERIFY(encrypted >= 1); // the refusal came from a real handshake
        QVERIFY(!result.sslErrors.isEmpty());
        QVERIFY2(result.sentence.contains(u"never accepted"_s), qPrintable(result.sentence));
        QCOMPARE(result.certificates.size(), 1);
        const CertificateDetails &leaf = result.certificates.first();
        QCOMPARE(leaf.subject, u"CN=localhost"_s);
        QCOMPARE(leaf.issuer, u"CN=localhost"_s);
        QVERIFY(leaf.selfSigned);
        QCOMPARE(leaf.validFrom, certificate.effectiveDate());
        QCOMPARE(leaf.validUntil, certificate.expiryDate());
        const QString fingerprint = QString::fromLatin1(
            certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QCOMPARE(leaf.sha256, fingerprint);
        const QString details = result.detailsText();
        QVERIFY2(details.contains(fingerprint.left(47)), qPrintable(details));
        QVERIFY2(details.contains(fingerprint.mid(48)), qPrintable(details));
        QVERIFY2(details.contains(u"CN=localhost"_s), qPrintable(details));
        QVERIFY2(details.contains(result.sslErrors.first()), qPrintable(details));
        // Nothing was sent over the refused connection, and nothing counts as an answer.
        // The server only hands over a connection whose handshake the client completed.
        QCOMPARE(accepted, 0);
        QCOMPARE(applicationBytes, 0);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY(result.greeting.isEmpty());
    }

    void unreachableProxyIsProxy() {
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::Manual;
        proxy.type = ProxySettings::Type::Http;
        proxy.host = u"127.0.0.1"_s;
        proxy.port = closedPort();
        ConnectionTest tester;
        tester.client()->setProxySettings(proxy);
        // Loopback is always reached directly, so the target is a name only the proxy would
        // resolve; the proxy's refusal comes first.
        const auto result =
            run(tester, staticToken(QUrl(u"https://api.density-test.invalid"_s), u"tok_demo"_s));
        VERIFY_KIND(result, Kind::Proxy);
        QVERIFY2(result.sentence.contains(u"127.0.0.1:%1"_s.arg(proxy.port)),
                 qPrintable(result.sentence));
        QVERIFY2(result.sentence.contains(u"proxy"_s), qPrintable(result.sentence));
    }

    void proxyWantingCredentialsIsProxy() {
        // A proxy that answers every CONNECT with 407 and a Basic challenge.
        CannedHttpServer proxyServer("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                     "Proxy-Authenticate: Basic realm=\"corp\"\r\n"
                                     "Content-Length: 0\r\nConnection: close\r\n\r\n");
        QVERIFY(proxyServer.listen(QHostAddress::LocalHost, 0));
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::Manual;
        proxy.host = u"127.0.0.1"_s;
        proxy.port = proxyServer.serverPort();
        ConnectionTest tester;
        tester.client()->setProxySettings(proxy);
        const auto result =
            run(tester, staticToken(QUrl(u"https://api.density-test.invalid"_s), u"tok_demo"_s));
        VERIFY_KIND(result, Kind::Proxy);
        QCOMPARE(result.networkError, QNetworkReply::ProxyAuthenticationRequiredError);
        QVERIFY2(result.sentence.contains(u"user name and password"_s),
                 qPrintable(result.sentence));
        QVERIFY(proxyServer.requests >= 1);
    }

    void plainHttpIsRefusedBeforeAnyRequest() {
        ConnectionTest tester;
        ResponseLog log(tester.client());
        QSignalSpy finished(&tester, &ConnectionTest::finished);
        tester.start(staticToken(QUrl(u"http://api.density.io"_s), u"tok_demo"_s));
        // Decided synchronously: no request was even started.
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().at(0).value<ConnectionTestResult>();
        VERIFY_KIND(result, Kind::InsecureUrl);
        QVERIFY2(result.sentence.contains(u"http://"_s), qPrintable(result.sentence));
        QVERIFY(log.entries.isEmpty());
        QCOMPARE(tester.client()->requestsInFlight(), 0);

        // Loopback may use plain http (the simulator); every spelling of it.
        for (const QString &host : {u"127.0.0.1"_s, u"[::1]"_s, u"localhost"_s}) {
            const auto problem = ConnectionTest::checkInput(
                staticToken(QUrl(u"http://%1:8080"_s.arg(host)), u"tok_demo"_s));
            QVERIFY2(!problem, qPrintable(host));
        }
        QCOMPARE(
            ConnectionTest::checkInput(staticToken(QUrl(u"ftp://api.density.io"_s), u"tok_demo"_s))
                ->kind,
            Kind::InsecureUrl);
        QCOMPARE(
            ConnectionTest::checkInput(staticToken(QUrl(u"https://api.density.io"_s), {}))->kind,
            Kind::Incomplete);
    }

    void inputMapsToAProfileAndBack() {
        ConnectionInput input = clientCredentials(QUrl(u"https://api.density.io"_s),
                                                  ConnectionAuthKind::DisplayCredentials,
                                                  u"demo-display"_s, u"s3cret"_s);
        ConnectionProfile base = ConnectionProfile::create(u"Lobby"_s);
        const ConnectionProfile profile = input.toProfile(base);
        QCOMPARE(profile.id, base.id);
        QCOMPARE(profile.name, u"Lobby"_s);
        QCOMPARE(profile.authKind, ConnectionProfile::AuthKind::DisplayCredentials);
        QCOMPARE(profile.clientId, u"demo-display"_s);
        QCOMPARE(profile.displayId, u"lobby-screen"_s);
        QCOMPARE(input.secret(), u"s3cret"_s);
        const ConnectionInput back = ConnectionInput::fromProfile(profile, input.secret());
        QCOMPARE(back.clientSecret, u"s3cret"_s);
        QCOMPARE(back.displayId, input.displayId);
        QVERIFY(back.token.isEmpty());

        // The provider for the accepted input works on another client (the app's).
        SimFixture sim;
        const auto provider = back.createTokenProvider(&sim.client);
        QVERIFY(provider);
    }

    void aLaterStartSupersedesARunningTest() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SimFixture sim;
        ConnectionTest tester;
        QSignalSpy finished(&tester, &ConnectionTest::finished);
        tester.start(
            staticToken(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())), u"tok_demo"_s));
        QVERIFY(tester.isRunning());
        tester.start(staticToken(sim.server->baseUrl(), u"tok_demo"_s));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<ConnectionTestResult>().kind, Kind::Ok);
        QVERIFY(!tester.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
