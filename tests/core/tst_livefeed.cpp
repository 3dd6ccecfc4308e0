// LiveFeed against the simulator's WebSocket streams over real loopback sockets: merging,
// out-of-order updates, staleness, reconnects with fresh ws_urls, malformed frames, and no
// growth across 100 reconnects.
#include "livefixture.h"

#include <QJsonArray>
#include <QWebSocket>

using namespace Density;

namespace {

bool waitForState(LiveFeed &feed, LiveFeed::State state, int timeoutMs = 5000) {
    return waitFor([&] { return feed.state() == state; }, timeoutMs);
}

//! Resident set size of this process (Linux), 0 elsewhere.
qint64 residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

class TestLiveFeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refreshOnConnectFillsTheState() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        QSignalSpy states(&feed, &LiveFeed::stateChanged);
        feed.start();
        QCOMPARE(feed.state(), LiveFeed::State::Connecting);
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        QVERIFY(!feed.spaces().isEmpty());
        for (const LiveSpaceUpdate &space : feed.spaces()) {
            QVERIFY(space.presence.hasValue());
            QVERIFY(space.timestamp.isValid());
        }
        QVERIFY(feed.currentUrl().startsWith(QLatin1String("ws://127.0.0.1")));
        QCOMPARE(states.first().at(0).value<LiveFeed::State>(), LiveFeed::State::Connecting);
        QCOMPARE(feed.connectionsOpened(), 1);
    }

    void countStreamCarriesCounts() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed(LiveFeed::Kind::SpaceCounts);
        feed.start();
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        for (const LiveSpaceUpdate &space : feed.spaces())
            QVERIFY(space.occupancy.hasValue());
    }

    void liveUpdatesMergeAndOlderOnesAreDropped() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        feed.start();
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        const QString spaceId = feed.spaces().keys().first();
        const LiveSpaceUpdate before = feed.spaces().value(spaceId);
        const QDateTime later = before.timestamp.addSecs(3600); // ahead of any refresh

        QSignalSpy applied(&feed, &LiveFeed::frameApplied);
        sim.sendToFloor(LiveFixture::frame(
            "live", {{spaceId, LiveFixture::presenceEntry(later, !before.presence.value())}}));
        QTRY_COMPARE(feed.spaces().value(spaceId).presence.value(), !before.presence.value());
        QTRY_VERIFY(!applied.isEmpty());

        // An older live update, and the regular refreshes (older than `later`), must not undo it.
        const int droppedBefore = feed.droppedOutOfOrder();
        sim.sendToFloor(LiveFixture::frame(
            "live",
            {{spaceId, LiveFixture::presenceEntry(later.addSecs(-10), before.presence.value())}}));
        QTRY_VERIFY(feed.droppedOutOfOrder() > droppedBefore);
        QTest::qWait(500); // two more refreshes arrive meanwhile
        QCOMPARE(feed.spaces().value(spaceId).presence.value(), !before.presence.value());
        QCOMPARE(feed.spaces().value(spaceId).timestamp, later);
    }

    void unhealthyMeansUnknownNeverAvailable() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        feed.start();
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        const QString spaceId = feed.spaces().keys().first();
        const QDateTime later = feed.spaces().value(spaceId).timestamp.addSecs(3600);
        for (const char *health : {"offline", "degraded", "unknown", "brand_new_status"}) {
            sim.sendToFloor(LiveFixture::frame(
                "live",
                {{spaceId, LiveFixture::presenceEntry(later, false, QLatin1String(health))}}));
            QTRY_COMPARE(feed.spaces().value(spaceId).healthText, QLatin1String(health));
            QCOMPARE(feed.spaces().value(spaceId).availability(), Availability::Unknown);
        }
        sim.sendToFloor(LiveFixture::frame(
            "live", {{spaceId, LiveFixture::presenceEntry(later.addSecs(1), false)}}));
        QTRY_COMPARE(feed.spaces().value(spaceId).availability(), Availability::Available);
    }

    void silenceMakesTheFeedStaleThenReconnects() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        feed.start();
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        const QString firstUrl = feed.currentUrl();
        sim.server->setLiveSilent(true);
        QVERIFY(waitForState(feed, LiveFeed::State::Stale, 2000));
        QVERIFY(!feed.isTrustworthy());
        QVERIFY(!feed.spaces().isEmpty()); // the last known state is kept
        QVERIFY(waitForState(feed, LiveFeed::State::Reconnecting, 2000));
        sim.server->setLiveSilent(false);
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        QVERIFY(feed.currentUrl() != firstUrl); // a fresh ws_url, never the old one
        QVERIFY(feed.connectionsOpened() >= 2);
    }

    void droppedConnectionReconnectsWithAFreshUrl() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        QSignalSpy states(&feed, &LiveFeed::stateChanged);
        feed.start();
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        const QString firstUrl = feed.currentUrl();
        sim.server->dropLiveConnections();
        QVERIFY(waitForState(feed, LiveFeed::State::Reconnecting));
        QVERIFY(!feed.stateReason().isEmpty());
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        QVERIFY(feed.currentUrl() != firstUrl);
        QCOMPARE(feed.connectionsOpened(), 2);
    }

    void refusedTicketsAreRetriedUntilTheBrokerRecovers() {
        LiveFixture sim;
        sim.client.setRetryPolicy(RetryPolicy{1, 10, 10}); // let the feed do the retrying
        LiveFeed &feed = sim.feed();
        feed.start();
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        sim.server->refuseLiveTickets(1);
        sim.server->dropLiveConnections();
        QVERIFY(waitForState(feed, LiveFeed::State::Reconnecting));
        QTRY_VERIFY_WITH_TIMEOUT(feed.stateReason().contains(QLatin1String("503")), 3000);
        QVERIFY(waitForState(feed, LiveFeed::State::Live, 8000));
    }

    void malformedFramesAreIgnoredAndCounted() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        feed.start();
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        const auto before = feed.spaces();
        sim.sendToFloor(QByteArrayLiteral("{\"update_type\": \"live\", \"data\": "));
        sim.sendToFloor(QByteArrayLiteral("{\"update_type\": \"live\", \"data\": 5}"));
        sim.sendToFloor(QByteArrayLiteral("{\"update_type\": \"surprise\", \"data\": {}}"));
        sim.sendToFloor(QByteArrayLiteral("[1, 2, 3]"));
        QTRY_COMPARE(feed.malformedFrames(), 4);
        sim.server->sendMalformedLiveFrames(3);
        QTRY_VERIFY(feed.malformedFrames() >= 7);
        QCOMPARE(feed.state(), LiveFeed::State::Live);
        QCOMPARE(feed.spaces().size(), before.size());
    }

    void doorwayEventsStreamWhenEnabled() {
        Sim::SimOptions options = LiveFixture::fastOptions();
        options.doorwayEventsEnabled = true;
        SimFixture sim(options);
        const auto doorways =
            await<QList<Doorway>>([&](auto done) { sim.client.doorways(nullptr, done); });
        QVERIFY(doorways.ok() && !doorways.value().isEmpty());
        const QString doorwayId = doorways.value().first().id;
        LiveFeed feed(&sim.client, LiveFeed::Kind::DoorwayEvents, doorwayId);
        feed.setTiming(LiveFixture::fastTiming());
        QSignalSpy events(&feed, &LiveFeed::doorwayEvent);
        feed.start();
        QVERIFY(waitFor([&] { return feed.state() == LiveFeed::State::Live; }));
        const QByteArray crossing =
            QJsonDocument(
                QJsonObject{
                    {QLatin1String("doorway_id"), doorwayId},
                    {QLatin1String("timestamp"), QLatin1String("2026-11-25T15:00:01Z")},
                    {QLatin1String("direction"), -1},
                    {QLatin1String("spaces"),
                     QJsonArray{QJsonObject{{QLatin1String("space_id"), QLatin1String("spc_1")},
                                            {QLatin1String("sensor_placement"), 1}}}}})
                .toJson(QJsonDocument::Compact);
        sim.server->sendLiveFrame(QStringLiteral("doorway"), doorwayId, crossing);
        QVERIFY(waitFor([&] { return !events.isEmpty(); }));
        const DoorwayEvent event = events.last().at(0).value<DoorwayEvent>();
        QCOMPARE(event.doorwayId, doorwayId);
        QCOMPARE(event.direction, -1);
        QCOMPARE(event.spaces.first().sensorPlacement, 1);
        sim.server->sendLiveFrame(QStringLiteral("doorway"), doorwayId,
                                  QByteArrayLiteral("{\"direction\": 7}"));
        QVERIFY(waitFor([&] { return feed.malformedFrames() == 1; }));
        QTest::qWait(700); // no refresh on this stream: quiet is not staleness
        QCOMPARE(feed.state(), LiveFeed::State::Live);
    }

    void aBadEntryCostsOnlyThatSpace() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        feed.start();
        QVERIFY(waitFor([&] { return feed.state() == LiveFeed::State::Live; }));
        const QStringList ids = feed.spaces().keys();
        const LiveSpaceUpdate good = feed.spaces().value(ids.at(0));
        const QDateTime later = good.timestamp.addSecs(3600);
        QJsonObject broken = LiveFixture::presenceEntry(later, true);
        broken.remove(QLatin1String("presence"));
        sim.sendToFloor(LiveFixture::frame(
            "live", {{ids.at(0), LiveFixture::presenceEntry(later, !good.presence.value())},
                     {ids.at(1), broken}}));
        QVERIFY(waitFor([&] { return feed.malformedFrames() == 1; }));
        QCOMPARE(feed.spaces().value(ids.at(0)).presence.value(), !good.presence.value());
        QVERIFY(feed.spaces().contains(ids.at(1))); // its last known state is kept
    }

    void rejectedCredentialsFail() {
        LiveFixture sim;
        StaticTokenProvider wrong(QStringLiteral("tok_wrong"));
        sim.client.setTokenProvider(&wrong);
        LiveFeed &feed = sim.feed();
        feed.start();
        QVERIFY(waitFor([&] { return feed.state() == LiveFeed::State::Failed; }));
        QVERIFY(feed.stateReason().contains(QLatin1String("401")));
        feed.stop();
        QCOMPARE(feed.state(), LiveFeed::State::Failed); // stopping does not hide why
    }

    void unknownFloorFailsWithTheReason() {
        LiveFixture sim;
        LiveFeed feed(&sim.client, LiveFeed::Kind::FloorPresence, QStringLiteral("spc_0"));
        feed.setTiming(LiveFixture::fastTiming());
        ResponseLog log(&sim.client);
        feed.start();
        QVERIFY(waitForState(feed, LiveFeed::State::Failed));
        QVERIFY(feed.stateReason().contains(QLatin1String("404")));
        QTest::qWait(300);
        QCOMPARE(log.count(Endpoint::FloorPresenceBroker), 1); // no retry storm
    }

    void stopClosesEverything() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        feed.start();
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        QTRY_COMPARE(sim.server->liveConnectionCount(), 1);
        feed.stop();
        QCOMPARE(feed.state(), LiveFeed::State::Idle);
        QTRY_COMPARE(sim.server->liveConnectionCount(), 0);
        QTest::qWait(400);
        QCOMPARE(feed.state(), LiveFeed::State::Idle);
        QCOMPARE(feed.connectionsOpened(), 1);
        QVERIFY(!feed.spaces().isEmpty()); // stopping does not forget what was seen
    }

    void hundredReconnectsLeaveNothingBehind() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        LiveFeed::Timing timing = LiveFixture::fastTiming();
        timing.reconnectBaseMs = 2;
        timing.reconnectMaxMs = 4;
        feed.setTiming(timing);
        feed.start();
        QVERIFY(waitForState(feed, LiveFeed::State::Live));
        QSet<QString> urls{feed.currentUrl()};
        qint64 rssAfterWarmUp = 0;
        for (int i = 0; i < 100; ++i) {
            if (i == 20)
                rssAfterWarmUp = residentKiB();
            const int opened = feed.connectionsOpened();
            sim.server->dropLiveConnections();
            QVERIFY(waitFor(
                [&] {
                    return feed.connectionsOpened() > opened &&
                           feed.state() == LiveFeed::State::Live;
                },
                5000));
            urls.insert(feed.currentUrl());
        }
        QCOMPARE(urls.size(), 101); // a fresh ws_url every time
        // Measured here: no growth at all; a leaked socket per reconnect would add megabytes.
        const qint64 growth = residentKiB() - rssAfterWarmUp;
        QVERIFY2(growth < 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growth)));
        QTRY_COMPARE(sim.server->liveConnectionCount(), 1);
        QTRY_VERIFY(feed.findChildren<QWebSocket *>().size() <= 1);
        QVERIFY2(sim.server->outstandingTickets() <= 2,
                 qPrintable(QString::number(sim.server->outstandingTickets())));
        QVERIFY(feed.findChildren<QObject *>().size() < 20);
    }
};

QTEST_GUILESS_MAIN(TestLiveFeed)
#include "tst_livefeed.moc"
