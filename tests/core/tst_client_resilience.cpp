// The client under pressure, against the simulator: authentication refresh, rate limits,
// retries, timeouts, aborts, malformed bodies, windowing, and secrets kept out of logs.
#include "simfixture.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTcpServer>

using namespace Density;

namespace {

TimeRange parseRange(const char *start, const char *end) {
    QString error;
    return *TimeRange::parse(QString::fromLatin1(start), QString::fromLatin1(end), &error);
}

Sim::SimOptions withFaults(const char *spec) {
    Sim::SimOptions options;
    options.faults = *Sim::FaultOptions::parse(QString::fromLatin1(spec));
    return options;
}

QStringList capturedLog;
QMutex capturedLogMutex;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message) {
    QMutexLocker lock(&capturedLogMutex);
    capturedLog.append(message);
}

} // namespace

class TestClientResilience : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oauthTokenIsCachedAndSharedByConcurrentCalls() {
        SimFixture sim;
        OAuthTokenProvider oauth(&sim.client, QStringLiteral("demo-client"),
                                 QStringLiteral("demo-secret"));
        sim.client.setTokenProvider(&oauth);
        int finished = 0;
        for (int i = 0; i < 5; ++i)
            sim.client.helloWorld(
                this, [&finished](const Result<QString> &r) { finished += r.ok() ? 1 : 0; });
        QTRY_COMPARE(finished, 5);
        QCOMPARE(oauth.fetchCount(), 1);
    }

    void oauthTokenIsRenewedBeforeExpiry() {
        Sim::SimOptions options;
        options.oauthTokenLifetimeSeconds = 2;
        SimFixture sim(options);
        OAuthTokenProvider oauth(&sim.client, QStringLiteral("demo-client"),
                                 QStringLiteral("demo-secret"));
        sim.client.setTokenProvider(&oauth);
        ResponseLog log(&sim.client);
        QVERIFY(await<QString>([&](auto done) { sim.client.helloWorld(this, done); }).ok());
        // Inside the last tenth of the lifetime, before it ends: renewal is due, not a refusal.
        QTest::qWait(1850);
        QVERIFY(await<QString>([&](auto done) { sim.client.helloWorld(this, done); }).ok());
        QCOMPARE(oauth.fetchCount(), 2);
        QCOMPARE(log.countStatus(401), 0); // renewed proactively, not after a refusal
    }

    //! The kiosk's credential: a short-lived display-scoped token, renewed before it expires
    //! (the simulator issues display tokens with the same configurable lifetime).
    void displayTokenIsRenewedBeforeExpiry() {
        Sim::SimOptions options;
        options.oauthTokenLifetimeSeconds = 2;
        SimFixture sim(options);
        DisplayTokenProvider display(&sim.client, QStringLiteral("demo-display"),
                                     QStringLiteral("demo-display-secret"),
                                     QStringLiteral("lobby"));
        sim.client.setTokenProvider(&display);
        ResponseLog log(&sim.client);
        QVERIFY(await<QString>([&](auto done) { sim.client.helloWorld(this, done); }).ok());
        // Inside the last tenth of the lifetime, before it ends: renewal is due, not a refusal.
        QTest::qWait(1850);
        QVERIFY(await<QString>([&](auto done) { sim.client.helloWorld(this, done); }).ok());
        QCOMPARE(display.fetchCount(), 2);
        QCOMPARE(log.count(Endpoint::DisplayToken, 200), 2);
        QCOMPARE(log.countStatus(401), 0); // renewed proactively, not after a refusal
    }

    void a401RefreshesOnceAndRetriesOnce() {
        SimFixture sim;
        OAuthTokenProvider oauth(&sim.client, QStringLiteral("demo-client"),
                                 QStringLiteral("demo-secret"));
        sim.client.setTokenProvider(&oauth);
        ResponseLog log(&sim.client);
        QVERIFY(await<QString>([&](auto done) { sim.client.helloWorld(this, done); }).ok());
        sim.server->revokeAllTokens();
        // Even an unsafe call is retried after a 401: the server did nothing.
        const auto label = await<Label>(
            [&](auto done) { sim.client.createLabel(QStringLiteral("After revoke"), this, done); });
        QVERIFY2(label.ok(), qPrintable(label.ok() ? QString() : label.error().message()));
        QCOMPARE(log.count(Endpoint::CreateLabel, 401), 1);
        QCOMPARE(log.count(Endpoint::CreateLabel, 200), 1);
        QCOMPARE(oauth.fetchCount(), 2);
    }

    void displayCredentialsGetADisplayScopedToken() {
        SimFixture sim;
        DisplayTokenProvider display(&sim.client, QStringLiteral("demo-display"),
                                     QStringLiteral("demo-display-secret"),
                                     QStringLiteral("lobby"));
        sim.client.setTokenProvider(&display);
        ResponseLog log(&sim.client);
        const auto floors = await<QList<Space>>([&](auto done) {
            sim.client.setTokenProvider(&sim.staticToken);
            sim.client.spaces(this, done);
        });
        sim.client.setTokenProvider(&display);
        QStringList ids;
        for (const Space &space : floors.value()) {
            if (space.spaceType == QLatin1String("space") && ids.size() < 5)
                ids.append(space.id);
        }
        const auto presence = await<HealthPresenceBySpace>(
            [&](auto done) { sim.client.presenceHealth(ids, this, done); });
        QVERIFY2(presence.ok(), qPrintable(presence.ok() ? QString() : presence.error().message()));
        QCOMPARE(log.count(Endpoint::DisplayToken, 200), 1);
        QVERIFY(display.hasValidToken());
        // A display credential is for signage: admin routes stay closed to it.
        const auto labels = await<Label>(
            [&](auto done) { sim.client.createLabel(QStringLiteral("Nope"), this, done); });
        QCOMPARE(labels.error().httpStatus(), 403);

        DisplayTokenProvider wrong(&sim.client, QStringLiteral("demo-display"),
                                   QStringLiteral("bad"), QStringLiteral("lobby"));
        sim.client.setTokenProvider(&wrong);
        const auto refused = await<QString>([&](auto done) { sim.client.helloWorld(this, done); });
        QCOMPARE(refused.error().kind(), ApiError::Kind::Auth);
        QVERIFY(refused.error().message().contains(QLatin1String("secret")));
    }

    void exhaustedQuotaHeadersPauseTheClient() {
        Sim::SimOptions options;
        options.ratePerSecond = 2;
        options.burst = 3;
        SimFixture sim(options);
        ResponseLog log(&sim.client);
        // The client's own limiter would allow far more; only the server's
        // X-RateLimit-Remaining: 0 + Reset can keep these five requests free of 429s.
        sim.client.rateLimiter()->setConfig({1000.0, 1, 0.0});
        int done = 0;
        for (int i = 0; i < 5; ++i) {
            QVERIFY(await<QString>([&](auto finish) { sim.client.helloWorld(this, finish); }).ok());
            ++done;
        }
        QCOMPARE(done, 5);
        QCOMPARE(log.countStatus(429), 0);
    }

    void aStaticTokenRejectedIsReportedNotRetried() {
        SimFixture sim;
        StaticTokenProvider bad(QStringLiteral("tok_wrong"));
        sim.client.setTokenProvider(&bad);
        ResponseLog log(&sim.client);
        const auto result = await<QList<Space>>([&](auto done) { sim.client.spaces(this, done); });
        QCOMPARE(result.error().httpStatus(), 401);
        QVERIFY(result.error().message().contains(QLatin1String("Settings")));
        QCOMPARE(log.count(Endpoint::ListSpaces), 1);
    }

    void largeBatchFinishesWithoutA429() {
        SimFixture sim; // the simulator enforces 15/s with a burst of 100, like the edge
        ResponseLog log(&sim.client);
        const int requests = 130;
        int succeeded = 0;
        for (int i = 0; i < requests; ++i)
            sim.client.helloWorld(
                this, [&succeeded](const Result<QString> &r) { succeeded += r.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(succeeded, requests, 20000);
        QCOMPARE(log.countStatus(429), 0);
        QCOMPARE(log.entries.size(), requests);
    }

    void withoutPacingTheSimulatorWouldHaveRefused() {
        // The control experiment for the test above: the same batch, unpaced, meets 429s.
        SimFixture sim;
        sim.client.rateLimiter()->setConfig({100000.0, 100000, 0.0});
        sim.client.setRetryPolicy(RetryPolicy{1, 10, 10});
        ResponseLog log(&sim.client);
        int finished = 0;
        for (int i = 0; i < 130; ++i)
            sim.client.helloWorld(this, [&finished](const Result<QString> &) { ++finished; });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 130, 20000);
        QVERIFY(log.countStatus(429) > 0);
    }

    void a429StormIsWaitedOutUsingRetryAfter() {
        SimFixture sim(withFaults("storm429=1"));
        ResponseLog log(&sim.client);
        QElapsedTimer clock;
        clock.start();
        const auto result =
            await<QString>([&](auto done) { sim.client.helloWorld(this, done); }, 20000);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        QVERIFY(log.countStatus(429) >= 1);
        QVERIFY(clock.elapsed() >= 900); // Retry-After honoured, not hammered
    }

    void safeCallsRetryServerErrors() {
        SimFixture sim(withFaults("errors=0.5"));
        ResponseLog log(&sim.client);
        int ok = 0;
        for (int i = 0; i < 10; ++i)
            sim.client.spaces(this, [&ok](const Result<QList<Space>> &r) { ok += r.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(log.count(Endpoint::ListSpaces, 200) >= 9, true, 15000);
        QVERIFY(log.countStatus(500) + log.countStatus(502) + log.countStatus(503) > 0);
    }

    void unsafeCallsAreNeverRetriedBlindly() {
        SimFixture sim(withFaults("errors=1"));
        ResponseLog log(&sim.client);
        const auto result = await<Label>(
            [&](auto done) { sim.client.createLabel(QStringLiteral("Once"), this, done); });
        QVERIFY(!result.ok());
        QVERIFY(result.error().httpStatus() >= 500);
        QCOMPARE(log.count(Endpoint::CreateLabel), 1);

        const auto read = await<QList<Label>>([&](auto done) { sim.client.labels(this, done); });
        QVERIFY(!read.ok());
        QCOMPARE(log.count(Endpoint::ListLabels), sim.client.retryPolicy().maxAttempts);
    }

    void timeoutsAreReportedAsSuch() {
        SimFixture sim(withFaults("latency=1500"));
        sim.client.setTimeoutMs(200);
        sim.client.setRetryPolicy(RetryPolicy{2, 10, 10});
        const auto result = await<QString>([&](auto done) { sim.client.helloWorld(this, done); });
        QCOMPARE(result.error().kind(), ApiError::Kind::Timeout);
        QVERIFY(result.error().message().contains(QLatin1String("did not answer")));
    }

    void abortedCallsNeverCallBack() {
        SimFixture sim(withFaults("latency=300"));
        bool called = false;
        RequestHandle handle =
            sim.client.spaces(this, [&called](const Result<QList<Space>> &) { called = true; });
        QVERIFY(handle.isRunning());
        QCOMPARE(sim.client.requestsInFlight(), 1);
        handle.abort();
        QTRY_COMPARE(sim.client.requestsInFlight(), 0);
        QTest::qWait(500);
        QVERIFY(!called);
        QVERIFY(!handle.isRunning());
    }

    void abortAsTheReplyArrivesNeverCallsBack() {
        SimFixture sim;
        bool called = false;
        RequestHandle handle;
        // Abort the moment the reply has arrived, before its body reaches the decoding thread.
        const auto connection = QObject::connect(&sim.client, &DensityClient::responseReceived,
                                                 &sim.client, [&handle] { handle.abort(); });
        handle =
            sim.client.spaces(this, [&called](const Result<QList<Space>> &) { called = true; });
        QVERIFY(waitFor([&] { return !handle.isRunning(); }));
        QObject::disconnect(connection);
        QTest::qWait(300);
        QVERIFY(!called);
        // And without the abort the same call delivers.
        const auto spaces = await<QList<Space>>([&](auto done) { sim.client.spaces(this, done); });
        QVERIFY(spaces.ok() && !spaces.value().isEmpty());
    }

    //! A profile switch while a call runs: the old call ends with a sentence saying so, never
    //! with the old organization's data, and is not retried against the new connection.
    void aConnectionSwitchDiscardsRunningCalls() {
        SimFixture sim(withFaults("latency=300"));
        ResponseLog log(&sim.client);
        std::optional<Result<QList<Space>>> result;
        sim.client.spaces(this, [&result](const Result<QList<Space>> &r) { result = r; });
        StaticTokenProvider other(QStringLiteral("tok_demo"));
        sim.client.setTokenProvider(&other); // same server, another connection
        QVERIFY(waitFor([&result] { return result.has_value(); }));
        QVERIFY(!result->ok());
        QVERIFY(result->error().message().contains(QLatin1String("connection changed")));
        QCOMPARE(log.count(Endpoint::ListSpaces), 1); // answered once, not sent again
        // Calls made after the switch are answered normally.
        const auto after = await<QList<Space>>([&](auto done) { sim.client.spaces(this, done); });
        QVERIFY(after.ok() && !after.value().isEmpty());
    }

    void destroyedContextCancelsTheCall() {
        SimFixture sim(withFaults("latency=200"));
        bool called = false;
        auto *owner = new QObject;
        sim.client.spaces(owner, [&called](const Result<QList<Space>> &) { called = true; });
        delete owner;
        QTRY_COMPARE(sim.client.requestsInFlight(), 0);
        QTest::qWait(400);
        QVERIFY(!called);
    }

    void malformedBodiesBecomeErrors() {
        SimFixture sim(withFaults("malformed=1"));
        sim.client.setRetryPolicy(RetryPolicy{1, 10, 10});
        const auto result = await<QList<Space>>([&](auto done) { sim.client.spaces(this, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::Decode);
        QVERIFY(result.error().message().contains(QLatin1String("Spaces")));
    }

    void longRangesAreWindowedAndMerged() {
        SimFixture sim;
        ResponseLog log(&sim.client);
        AnalyticsQuery query;
        query.range = parseRange("2026-11-10T00:00:00Z", "2026-11-19T23:59:59Z"); // 10 days hourly
        query.resolution = TimeResolution::Hour;
        const auto spaces = await<QList<Space>>([&](auto done) { sim.client.spaces(this, done); });
        for (const Space &space : spaces.value()) {
            if (space.spaceType == QLatin1String("space") && query.spaceIds.size() < 3)
                query.spaceIds.append(space.id);
        }
        QList<std::pair<int, int>> progress;
        const auto result = await<MetricsBySpace>([&](auto done) {
            sim.client.occupancy(query, this, done).onProgress(this, [&progress](int d, int t) {
                progress.append({d, t});
            });
        });
        const QList<std::pair<int, int>> expectedProgress{{1, 2}, {2, 2}};
        QCOMPARE(progress, expectedProgress); // "window 1 of 2", "window 2 of 2"
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        QCOMPARE(log.count(Endpoint::Occupancy, 200), 2);
        QCOMPARE(log.count(Endpoint::Occupancy, 400), 0);
        for (const QString &id : query.spaceIds)
            QCOMPARE(result.value().value(id).size(), 240);

        QString error;
        const TimeRange ninetyDays = *TimeRange::parse(
            QStringLiteral("2026-08-01T00:00:00"), QStringLiteral("2026-10-29T23:59:59"), &error);
        const auto sessions = await<SessionsBySpace>(
            [&](auto done) { sim.client.rawSessions(ninetyDays, query.spaceIds, this, done); });
        QVERIFY(sessions.ok());
        QCOMPARE(log.count(Endpoint::RawSessions, 200), 2);
    }

    void longIdListsAreBatched() {
        SimFixture sim;
        ResponseLog log(&sim.client);
        const auto spaces = await<QList<Space>>([&](auto done) { sim.client.spaces(this, done); });
        QStringList ids;
        for (const Space &space : spaces.value())
            ids.append(space.id);
        QVERIFY(ids.size() > 200);
        const auto result = await<HealthPresenceBySpace>(
            [&](auto done) { sim.client.presenceHealth(ids, this, done); });
        QVERIFY(result.ok());
        QCOMPARE(log.count(Endpoint::PresenceHealth, 200), int((ids.size() + 99) / 100));
    }

    void serverValidationMessagesReachTheUser() {
        SimFixture sim;
        // data-status refuses windows ending before 2024-06-01.
        const auto result = await<QList<DataStatusWindow>>([&](auto done) {
            sim.client.dataStatus(parseRange("2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z"), {},
                                  this, done);
        });
        QCOMPARE(result.error().httpStatus(), 400);
        QVERIFY(!result.error().apiMessage().isEmpty());
        QVERIFY(result.error().message().contains(result.error().apiMessage()));
    }

    void plainHttpOnlyForLoopback() {
        DensityClient client;
        QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("http://api.density.io"))).isEmpty());
        QCOMPARE(client.baseUrl(), QUrl(QStringLiteral("https://api.density.io")));
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).isEmpty());
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://[::1]:8080"))).isEmpty());
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://api.density.io"))).isEmpty());
    }

    void connectionFailuresAreNetworkErrors() {
        DensityClient client;
        StaticTokenProvider token(QStringLiteral("tok_demo"));
        client.setTokenProvider(&token);
        client.setRetryPolicy(RetryPolicy{2, 10, 10});
        QTcpServer probe; // find a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const auto result = await<QString>([&](auto done) { client.helloWorld(this, done); });
        QCOMPARE(result.error().kind(), ApiError::Kind::Network);
        QVERIFY(result.error().message().contains(QLatin1String("refused")));
    }

    void secretsNeverReachTheLog() {
        QLoggingCategory::setFilterRules(QStringLiteral("density.*=true"));
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        {
            SimFixture sim;
            OAuthTokenProvider oauth(&sim.client, QStringLiteral("demo-client"),
                                     QStringLiteral("demo-secret"));
            sim.client.setTokenProvider(&oauth);
            QString accessToken;
            const auto token = await<AccessToken>([&](auto done) {
                sim.client.requestOAuthToken(QStringLiteral("demo-client"),
                                             QStringLiteral("demo-secret"), this, done);
            });
            accessToken = token.value().accessToken;
            QVERIFY(await<QList<Space>>([&](auto done) { sim.client.spaces(this, done); }).ok());
            sim.client.setTokenProvider(&sim.staticToken);
            QVERIFY(await<QString>([&](auto done) { sim.client.helloWorld(this, done); }).ok());
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
            QVERIFY(!capturedLog.isEmpty()); // logging was on, so the check below means something
            for (const QString &line : std::as_const(capturedLog)) {
                QVERIFY2(!line.contains(QLatin1String("demo-secret")), qPrintable(line));
                QVERIFY2(!line.contains(QLatin1String("tok_demo")), qPrintable(line));
                QVERIFY2(!line.contains(accessToken.left(20)), qPrintable(line));
                QVERIFY2(!line.contains(QLatin1String("Bearer")), qPrintable(line));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestClientResilience)
#include "tst_client_resilience.moc"
