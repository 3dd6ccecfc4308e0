// The connection dialog: the sign-in kinds and their fields, a test against the simulator for
// each kind, a refused self-signed certificate with its details, plain http refused, and what
// the dialog looks like (DENSITY_SCREENSHOT_DIR), also in a longer pseudo-translation.
#include "../core/simfixture.h"
#include "layoutcheck.h"

#include "ui/connectdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QToolButton>
#include <QTranslator>

using namespace Density;
using namespace Qt::StringLiterals;
using Kind = ConnectionTestResult::Kind;

namespace {

//! About 1.4× longer than English (German runs about a third longer), with the first word
//! doubled so a person can tell a pseudo-translated string from a real one.
class BracketedTailTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString source = QString::fromUtf8(sourceText);
        if (source.size() < 4)
            return source;
        // Keep &-mnemonics and %-placeholders intact: pad with a bracketed tail of
        // word-sized pieces (real translations wrap at spaces too).
        QString tail;
        for (int i = 0; i < int(source.size() * 0.4); ++i)
            tail += (i % 6 == 5) ? QLatin1Char(' ') : QChar(u'ë');
        return source + QStringLiteral(" [") + tail.trimmed() + QLatin1Char(']');
    }
};

void saveShot(QWidget *window, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

//! Clicks Test and waits for the verdict.
ConnectionTestResult clickTest(ConnectDialog &dialog) {
    QSignalSpy tested(&dialog, &ConnectDialog::tested);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    if (tested.isEmpty() && !tested.wait(15000))
        qFatal("the connection test never finished");
    return tested.takeFirst().at(0).value<ConnectionTestResult>();
}

//! A loopback TLS server with the committed self-signed test certificate.
struct SelfSignedServer {
    SelfSignedServer() {
        const QString dir = qEnvironmentVariable("DENSITY_TEST_DATA") + QStringLiteral("/tls/");
        QFile certFile(dir + QStringLiteral("localhost-cert.pem"));
        QFile keyFile(dir + QStringLiteral("localhost-key.pem"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            qFatal("missing tests/data/tls");
        certificate = QSslCertificate(&certFile, QSsl::Pem);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        // The test server asks the client for no certificate; the client still verifies it.
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(configuration);
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
    }
    QString url() const { return u"https://127.0.0.1:%1"_s.arg(server.serverPort()); }
    QString fingerprint() const {
        return QString::fromLatin1(
            certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    }

    QSslServer server;
    QSslCertificate certificate;
};

} // namespace

class TestConnectDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fieldsFollowTheSignInKind() {
        ConnectDialog dialog(QUrl(u"https://api.density.io"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.authKind(), ConnectionAuthKind::StaticToken);
        QVERIFY(dialog.tokenEdit()->isVisible());
        QVERIFY(!dialog.clientIdEdit()->isVisible());
        QVERIFY(!dialog.displayIdEdit()->isVisible());
        QVERIFY(!dialog.detailsButton()->isVisible());

        dialog.authKindCombo()->setCurrentIndex(1);
        QCOMPARE(dialog.authKind(), ConnectionAuthKind::OAuthClient);
        QVERIFY(!dialog.tokenEdit()->isVisible());
        QVERIFY(dialog.clientIdEdit()->isVisible());
        QVERIFY(dialog.clientSecretEdit()->isVisible());
        QCOMPARE(dialog.clientSecretEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog.displayIdEdit()->isVisible());

        dialog.authKindCombo()->setCurrentIndex(2);
        QCOMPARE(dialog.authKind(), ConnectionAuthKind::DisplayCredentials);
        QVERIFY(dialog.clientIdEdit()->isVisible());
        QVERIFY(dialog.displayIdEdit()->isVisible());

        // Only the chosen kind's fields reach the input (a token typed before switching
        // does not travel with client credentials).
        dialog.setAuthKind(ConnectionAuthKind::StaticToken);
        dialog.tokenEdit()->setText(u"tok_demo"_s);
        dialog.setAuthKind(ConnectionAuthKind::OAuthClient);
        QVERIFY(dialog.input().token.isEmpty());
    }

    void eachKindTestsAgainstTheSimulator() {
        SimFixture sim;
        ConnectDialog dialog(sim.server->baseUrl());
        dialog.show();
        ResponseLog log(dialog.connectionTest()->client());

        dialog.tokenEdit()->setText(u"tok_demo"_s);
        auto result = clickTest(dialog);
        QVERIFY2(result.ok(), qPrintable(result.sentence));
        QVERIFY(dialog.isVerified());
        QVERIFY(dialog.statusText().startsWith(u"Connected"_s));

        dialog.setAuthKind(ConnectionAuthKind::OAuthClient);
        QVERIFY(!dialog.isVerified()); // another kind is another check
        dialog.clientIdEdit()->setText(u"demo-client"_s);
        dialog.clientSecretEdit()->setText(u"wrong-secret"_s);
        result = clickTest(dialog);
        QCOMPARE(result.kind, Kind::BadCredentials);
        QVERIFY(!dialog.isVerified());
        QVERIFY2(dialog.statusText().contains(u"client id or secret"_s),
                 qPrintable(dialog.statusText()));
        dialog.clientSecretEdit()->setText(u"demo-secret"_s);
        result = clickTest(dialog);
        QVERIFY2(result.ok(), qPrintable(result.sentence));
        QCOMPARE(log.count(Endpoint::OAuthToken, 200), 1);
        saveShot(&dialog, u"connect-dialog-oauth"_s);

        // The accepted input gives a provider that works on another client (the app's).
        const std::unique_ptr<TokenProvider> provider = dialog.createTokenProvider(&sim.client);
        sim.client.setTokenProvider(provider.get());
        const auto hello =
            await<QString>([&](auto done) { sim.client.helloWorld(&sim.client, std::move(done)); });
        QVERIFY2(hello, qPrintable(hello ? QString() : hello.error().message()));
        sim.client.setTokenProvider(&sim.staticToken);

        dialog.setAuthKind(ConnectionAuthKind::DisplayCredentials);
        dialog.clientIdEdit()->setText(u"demo-display"_s);
        dialog.clientSecretEdit()->setText(u"demo-display-secret"_s);
        result = clickTest(dialog);
        QCOMPARE(result.kind, Kind::Incomplete); // the display id is missing
        QVERIFY(dialog.displayIdEdit()->hasFocus());
        dialog.displayIdEdit()->setText(u"lobby"_s);
        result = clickTest(dialog);
        QVERIFY2(result.ok(), qPrintable(result.sentence));
        QCOMPARE(log.count(Endpoint::DisplayToken, 200), 1);
    }

    void refusedCertificateShowsItsDetailsAndNeverConnects() {
        SelfSignedServer tls;
        ConnectDialog dialog(QUrl(tls.url()));
        dialog.resize(dialog.sizeHint());
        dialog.show();
        dialog.tokenEdit()->setText(u"tok_demo"_s);
        const auto result = clickTest(dialog);
        QCOMPARE(result.kind, Kind::Tls);
        QVERIFY(!dialog.isVerified());
        QVERIFY(dialog.detailsButton()->isVisible());
        QVERIFY(!dialog.detailsView()->isVisible()); // folded until asked for
        QTest::mouseClick(dialog.detailsButton(), Qt::LeftButton);
        QVERIFY(dialog.detailsView()->isVisible());
        const QString details = dialog.detailsView()->toPlainText();
        const QString fingerprint = tls.fingerprint();
        QVERIFY2(details.contains(fingerprint.left(47)), qPrintable(details));
        QVERIFY2(details.contains(fingerprint.mid(48)), qPrintable(details));
        QVERIFY2(details.contains(u"CN=localhost"_s), qPrintable(details));
        QVERIFY(dialog.detailsView()->isReadOnly());
        // There is no way past it: nothing in the dialog offers to continue anyway.
        for (const QPushButton *button : dialog.findChildren<QPushButton *>())
            QVERIFY2(!button->text().contains(u"anyway"_s, Qt::CaseInsensitive),
                     qPrintable(button->text()));
        saveShot(&dialog, u"connect-dialog-tls"_s);

        // Connect runs the check again and stays open with the input kept.
        QSignalSpy tested(&dialog, &ConnectDialog::tested);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.tokenEdit()->text(), u"tok_demo"_s);
        QCOMPARE(dialog.urlEdit()->text(), tls.url());

        // A later success folds the details away.
        SimFixture sim;
        dialog.urlEdit()->setText(sim.server->baseUrl().toString());
        QVERIFY(clickTest(dialog).ok());
        QVERIFY(!dialog.detailsButton()->isVisible());
        QVERIFY(!dialog.detailsView()->isVisible());
    }

    void plainHttpIsRefusedWithItsReason() {
        ConnectDialog dialog(QUrl(u"http://api.density.io"_s));
        dialog.show();
        ResponseLog log(dialog.connectionTest()->client());
        dialog.tokenEdit()->setText(u"tok_demo"_s);
        const auto result = clickTest(dialog);
        QCOMPARE(result.kind, Kind::InsecureUrl);
        QVERIFY2(dialog.statusText().contains(u"unencrypted"_s), qPrintable(dialog.statusText()));
        QVERIFY(log.entries.isEmpty());
        QVERIFY(dialog.testButton()->isEnabled());

        // A bare host name means https, not a refused http://.
        dialog.urlEdit()->setText(u" api.density.io "_s);
        QCOMPARE(dialog.baseUrl(), QUrl(u"https://api.density.io"_s));
        dialog.urlEdit()->setText(u"http://127.0.0.1:8080"_s);
        QCOMPARE(dialog.baseUrl(), QUrl(u"http://127.0.0.1:8080"_s));
    }

    void testsGoThroughTheAppsProxy() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::Manual;
        proxy.host = u"127.0.0.1"_s;
        proxy.port = probe.serverPort();
        probe.close(); // nobody listens there now
        DensityClient app;
        app.setProxySettings(proxy);
        app.setTimeoutMs(4000);

        ConnectDialog dialog(QUrl(u"https://api.density-test.invalid"_s));
        dialog.useNetworkSettingsOf(&app);
        QCOMPARE(dialog.connectionTest()->client()->timeoutMs(), 4000);
        dialog.show();
        dialog.tokenEdit()->setText(u"tok_demo"_s);
        const auto result = clickTest(dialog);
        QCOMPARE(result.kind, Kind::Proxy);
        QVERIFY2(dialog.statusText().contains(u"127.0.0.1:%1"_s.arg(proxy.port)),
                 qPrintable(dialog.statusText()));
    }

    void pseudoTranslatedDialogStillFits() {
        BracketedTailTranslator translator;
        QCoreApplication::installTranslator(&translator);
        SelfSignedServer tls;
        ConnectDialog dialog(QUrl(tls.url()));
        dialog.setAuthKind(ConnectionAuthKind::OAuthClient);
        dialog.clientIdEdit()->setText(u"demo-client"_s);
        dialog.clientSecretEdit()->setText(u"demo-secret"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(clickTest(dialog).kind, Kind::Tls);
        QTest::mouseClick(dialog.detailsButton(), Qt::LeftButton);
        QApplication::processEvents();
        const QStringList clipped = clippedLabels(&dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u" | "_s)));
        QVERIFY(dialog.width() <= 1000);
        saveShot(&dialog, u"connect-dialog-pseudo"_s);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
