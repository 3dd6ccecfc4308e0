#include "live/kioskstatecache.h"
#include "live/kioskwatchdog.h"
#include "livefixture.h"
#include "model/space.h"
#include "models/kioskfloormodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Density;

//! The kiosk's data side against the in-process simulator: live rows, totals, offline handling,
//! self-healing, busiest hours, the last-known-state cache and the watchdog.
class TestKioskFloorModel : public QObject {
    Q_OBJECT

    static std::unique_ptr<KioskFloorModel> makeModel(LiveFixture &sim, const QString &cache = {}) {
        auto model = std::make_unique<KioskFloorModel>(&sim.client, sim.floorId);
        model->setFeedTiming(timing());
        model->setCachePath(cache);
        model->setCacheThrottleMs(0);
        model->setFailedRetry(20, 100);
        return model;
    }

    //! The fixture's fast timing with more slack before "stale", so a busy machine does not
    //! flip the feed while a test looks at something else.
    static LiveFeed::Timing timing() {
        LiveFeed::Timing timing = LiveFixture::fastTiming();
        timing.missedRefreshesForStale = 4;
        timing.missedRefreshesForReconnect = 6;
        return timing;
    }

    static bool liveWithRows(const KioskFloorModel &model) {
        return model.feedState() == LiveFeed::State::Live && model.rowCount() > 0 &&
               !model.floorName().isEmpty();
    }

    //! Starts and waits until the busiest hours are in and the feed is live: the simulator
    //! answers the month of hourly buckets on this thread, which can hold the stream up long
    //! enough to go stale once.
    static bool startAndSettle(KioskFloorModel &model) {
        QSignalSpy busiest(&model, &KioskFloorModel::busiestHoursChanged);
        model.start();
        return waitFor([&] { return !busiest.isEmpty(); }, 15000) &&
               waitFor([&] { return liveWithRows(model) && !model.isOffline(); });
    }

private Q_SLOTS:
    void totalsAndGroupingMatchTheFloor() {
        LiveFixture sim;
        auto model = makeModel(sim);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy busiest(model.get(), &KioskFloorModel::busiestHoursChanged);
        model->start();
        const auto spaces =
            await<QList<Space>>([&](auto done) { sim.client.spaces(nullptr, done); }).value();
        // The simulator answers the month of hourly buckets on this thread, which can hold the
        // stream up long enough to go stale; compare once that is over and the feed is live.
        QVERIFY(waitFor([&] { return !busiest.isEmpty(); }, 15000));
        QVERIFY(waitFor([&] { return liveWithRows(*model) && !model->isOffline(); }));
        QHash<QString, Space> byId;
        for (const Space &space : spaces)
            byId.insert(space.id, space);
        QCOMPARE(model->floorName(), byId.value(sim.floorId).name);
        QCOMPARE(QString::fromUtf8(model->timeZone().id()), byId.value(sim.floorId).timeZone);

        const auto &feedSpaces = model->feed()->spaces();
        QCOMPARE(model->rowCount(), int(feedSpaces.size()));
        int expected[3] = {0, 0, 0};
        for (const LiveSpaceUpdate &update : feedSpaces)
            ++expected[int(update.availability())];
        QCOMPARE(model->availableCount(), expected[0]);
        QCOMPARE(model->occupiedCount(), expected[1]);
        QCOMPARE(model->unknownCount(), expected[2]);
        QVERIFY(model->availableCount() + model->occupiedCount() > 0);

        int previousGroup = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->spaceIdAt(row);
            QVERIFY(feedSpaces.contains(id));
            QCOMPARE(model->availability(row), feedSpaces.value(id).availability());
            const QModelIndex index = model->index(row);
            QCOMPARE(index.data(Qt::DisplayRole).toString(), byId.value(id).name);
            const QString function = byId.value(id).function.valueOr(QString());
            QCOMPARE(index.data(KioskFloorModel::FunctionRole).toString(), function);
            const int group = int(KioskFloorModel::groupOf(function));
            QCOMPARE(index.data(KioskFloorModel::GroupRole).toInt(), group);
            QVERIFY2(group >= previousGroup, "rows are grouped in the fixed order");
            previousGroup = group;
        }
        QVERIFY(model->lastUpdated().isValid());
        QVERIFY(!model->isOffline());
        QVERIFY(!model->isFromCache());
    }

    void silentStreamIsOfflineUntilItRecovers() {
        LiveFixture sim;
        auto model = makeModel(sim);
        QVERIFY(startAndSettle(*model));
        QSignalSpy offline(model.get(), &KioskFloorModel::offlineChanged);
        const QDateTime before = QDateTime::currentDateTimeUtc();

        sim.server->setLiveSilent(true);
        QVERIFY(waitFor([&] { return model->isOffline(); }));
        QCOMPARE(offline.size(), 1);
        QCOMPARE(offline.first().first().toBool(), true);
        QVERIFY(model->offlineSince() >= before);
        QVERIFY(model->offlineSince() <= QDateTime::currentDateTimeUtc());
        QVERIFY(model->feedState() != LiveFeed::State::Live);
        QCOMPARE(model->unknownCount(), model->rowCount());
        QCOMPARE(model->availableCount(), 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->availability(row), Availability::Unknown);

        sim.server->setLiveSilent(false);
        QVERIFY(waitFor([&] { return !model->isOffline(); }));
        QVERIFY(!model->offlineSince().isValid());
        QCOMPARE(model->feedState(), LiveFeed::State::Live);
        QVERIFY(model->availableCount() + model->occupiedCount() > 0);
    }

    void droppedConnectionReconnectsByItself() {
        LiveFixture sim;
        auto model = makeModel(sim);
        QVERIFY(startAndSettle(*model));
        const int opened = model->feed()->connectionsOpened();
        QSignalSpy offline(model.get(), &KioskFloorModel::offlineChanged);

        sim.server->dropLiveConnections();
        QVERIFY(waitFor([&] { return model->feed()->connectionsOpened() > opened; }));
        QVERIFY(waitFor([&] { return liveWithRows(*model) && !model->isOffline(); }));
        QCOMPARE(offline.size(), 2); // went offline, came back
        QVERIFY(model->availableCount() + model->occupiedCount() > 0);
    }

    void offlineSensorsSpaceIsUnknown() {
        LiveFixture sim;
        auto model = makeModel(sim);
        QVERIFY(startAndSettle(*model));
        int row = 0;
        while (row < model->rowCount() && model->availability(row) == Availability::Unknown)
            ++row;
        QVERIFY(row < model->rowCount());
        const QString id = model->spaceIdAt(row);
        const int unknownBefore = model->unknownCount();

        // The sensor reports offline while still claiming "nobody here".
        sim.sendToFloor(LiveFixture::frame(
            "live", {{id, LiveFixture::presenceEntry(sim.server->liveNow().addSecs(3600), false,
                                                     QStringLiteral("offline"))}}));
        QVERIFY(waitFor([&] {
            return model->availability(model->rowOf(id)) == Availability::Unknown &&
                   model->feedState() == LiveFeed::State::Live &&
                   model->unknownCount() == unknownBefore + 1;
        }));
        QVERIFY(model->availableCount() + model->occupiedCount() > 0);
    }

    void busiestHoursAreThreeLocalRanges() {
        LiveFixture sim;
        auto model = makeModel(sim);
        QSignalSpy busiest(model.get(), &KioskFloorModel::busiestHoursChanged);
        model->start();
        QVERIFY(waitFor([&] { return !busiest.isEmpty(); }, 15000));
        QVERIFY(!model->timeZoneIsFallback());
        const QList<int> hours = model->busiestHours();
        QCOMPARE(hours.size(), 3);
        QCOMPARE(QSet<int>(hours.begin(), hours.end()).size(), 3);
        const QStringList ranges = model->busiestHourRanges();
        QCOMPARE(ranges.size(), 3);
        static const QRegularExpression shape(QStringLiteral("^\\d\\d:00–\\d\\d:00$"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(shape.match(ranges[i]).hasMatch(), qPrintable(ranges[i]));
            QCOMPARE(ranges[i], KioskFloorModel::hourRangeText(hours[i]));
        }
        QCOMPARE(model->busiestHoursDate(),
                 QDateTime::currentDateTimeUtc().toTimeZone(model->timeZone()).date());
        QCOMPARE(KioskFloorModel::hourRangeText(14), QStringLiteral("14:00–15:00"));
        QCOMPARE(KioskFloorModel::hourRangeText(23), QStringLiteral("23:00–00:00"));
    }

    void busiestHoursAreRetriedAfterAFailure() {
        LiveFixture sim;
        sim.server->setRouteUnavailable(QStringLiteral("/v3/analytics/occupancy"));
        auto model = makeModel(sim);
        model->setBusiestRetry(50, 200);
        QSignalSpy busiest(model.get(), &KioskFloorModel::busiestHoursChanged);
        model->start();
        QVERIFY(waitFor([&] { return liveWithRows(*model); }, 10000));
        QTest::qWait(300); // a few failed tries
        QVERIFY(busiest.isEmpty());
        sim.server->setRouteUnavailable(QStringLiteral("/v3/analytics/occupancy"), false);
        QVERIFY(waitFor([&] { return !busiest.isEmpty(); }, 15000));
        QCOMPARE(model->busiestHours().size(), 3);
    }

    void cacheRoundTripNeedsNoNetwork() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kiosk.json"));
        KioskSnapshot saved;
        {
            LiveFixture sim;
            auto model = makeModel(sim, path);
            QSignalSpy busiest(model.get(), &KioskFloorModel::busiestHoursChanged);
            model->start();
            QVERIFY(waitFor([&] { return liveWithRows(*model) && !busiest.isEmpty(); }, 15000));
            QVERIFY(waitFor([&] { return QFile::exists(path); }));
            saved = model->snapshot();
        } // destroyed: a pending write is flushed
        const auto onDisk = KioskStateCache(path).load();
        QVERIFY(onDisk.has_value());
        QCOMPARE(onDisk->spaces.size(), saved.spaces.size());

        // Nobody listens on this port: the new model has only its cache.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 deadPort = probe.serverPort();
        probe.close();
        DensityClient offlineClient;
        StaticTokenProvider token{QStringLiteral("tok_demo")};
        offlineClient.setTokenProvider(&token);
        offlineClient.setRetryPolicy(RetryPolicy{1, 20, 50});
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(deadPort);
        QVERIFY(offlineClient.setBaseUrl(url).isEmpty());

        KioskFloorModel model(&offlineClient, saved.floorId);
        model.setCachePath(path);
        const QDateTime now = saved.lastUpdated.addSecs(120);
        model.setClock([now] { return now; });
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.start(); // the cache is shown at once, before any network answer
        QVERIFY(model.isFromCache());
        QVERIFY(model.isOffline());
        QCOMPARE(model.offlineSince(), saved.lastUpdated);
        QCOMPARE(model.lastUpdated(), saved.lastUpdated);
        QCOMPARE(model.dataAgeSeconds(), 120);
        QCOMPARE(model.floorName(), saved.floorName);
        QCOMPARE(QString::fromUtf8(model.timeZone().id()), saved.timeZone);
        QCOMPARE(model.busiestHours(), saved.busiestHours);
        QCOMPARE(model.rowCount(), int(saved.spaces.size()));
        QCOMPARE(model.unknownCount(), model.rowCount()); // never presented as current
        int lastKnownAvailable = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.spaceIdAt(row), saved.spaces[row].id);
            QCOMPARE(model.availability(row), Availability::Unknown);
            QCOMPARE(model.lastKnownAvailability(row), saved.spaces[row].availability);
            lastKnownAvailable += model.lastKnownAvailability(row) == Availability::Available;
        }
        QVERIFY(lastKnownAvailable + model.rowCount() > 0);
        // Failing connection attempts leave the cached picture alone.
        QVERIFY(waitFor([&] { return model.feedState() == LiveFeed::State::Reconnecting; }));
        QCOMPARE(model.rowCount(), int(saved.spaces.size()));
        QVERIFY(model.isFromCache());
    }

    void watchdogRestartsAfterSilence() {
        LiveFixture sim;
        auto model = makeModel(sim);
        model->watchdog()->setSilenceMs(1500);
        model->watchdog()->setCheckIntervalMs(20);
        QVERIFY(startAndSettle(*model));
        const LiveFeed *first = model->feed();
        const int restarts = model->watchdog()->restarts();

        sim.server->setLiveSilent(true);
        QVERIFY(waitFor([&] { return model->watchdog()->restarts() > restarts; }));
        QVERIFY(model->restarts() > restarts);
        QVERIFY(model->feed() != first);
        sim.server->setLiveSilent(false);
        QVERIFY(waitFor([&] { return liveWithRows(*model) && !model->isOffline(); }));
    }

    void watchdogCountsSilenceOnItsClock() {
        QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);
        KioskWatchdog watchdog;
        watchdog.setClock([&now] { return now; });
        watchdog.setSilenceMs(60000);
        QSignalSpy restart(&watchdog, &KioskWatchdog::restartRequested);
        watchdog.start();
        now = now.addSecs(59);
        watchdog.check();
        QCOMPARE(restart.size(), 0);
        watchdog.notifyFrame();
        now = now.addSecs(59);
        watchdog.check();
        QCOMPARE(restart.size(), 0);
        now = now.addSecs(1);
        watchdog.check();
        QCOMPARE(restart.size(), 1);
        QCOMPARE(watchdog.restarts(), 1);
        watchdog.check(); // a full interval again before the next restart
        QCOMPARE(restart.size(), 1);
    }

    void recoversAfterTheSimulatorRestarts() {
        LiveFixture sim;
        auto model = makeModel(sim);
        QVERIFY(startAndSettle(*model));
        const quint16 port = sim.server->port();
        const Sim::SimOptions options = sim.server->options();

        sim.server.reset(); // the server goes away entirely
        QVERIFY(waitFor([&] { return model->isOffline(); }));
        QCOMPARE(model->unknownCount(), model->rowCount());
        QVERIFY(waitFor([&] { return model->feedState() == LiveFeed::State::Reconnecting; }));

        sim.server = std::make_unique<Sim::SimServer>(options);
        QCOMPARE(sim.server->listen(QHostAddress::LocalHost, port), port);
        QVERIFY(waitFor([&] { return liveWithRows(*model) && !model->isOffline(); }, 10000));
        QVERIFY(model->availableCount() + model->occupiedCount() > 0);
    }

    void cacheWritesAreThrottled() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        KioskStateCache cache(dir.filePath(QStringLiteral("sub/kiosk.json")));
        cache.setThrottleMs(60 * 60 * 1000);
        KioskSnapshot first;
        first.floorId = QStringLiteral("spc_1");
        first.floorName = QStringLiteral("Floor 1");
        first.timeZone = QStringLiteral("Europe/Berlin");
        first.lastUpdated = QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);
        first.busiestHours = {14, 10, 11};
        first.busiestHoursDate = QDate(2026, 11, 27);
        first.spaces = {{QStringLiteral("spc_a"), QStringLiteral("Room A"),
                         QStringLiteral("meeting_room"), Availability::Occupied},
                        {QStringLiteral("spc_b"), QStringLiteral("Booth B"),
                         QStringLiteral("phone_booth"), Availability::Available}};
        cache.save(first); // nothing written recently: at once
        QCOMPARE(cache.writes(), 1);
        KioskSnapshot second = first;
        second.spaces[1].availability = Availability::Occupied;
        cache.save(second); // within the interval: kept for later
        QCOMPARE(cache.writes(), 1);
        auto loaded = cache.load();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->spaces[1].availability, Availability::Available);
        QCOMPARE(loaded->toJson(), first.toJson());
        cache.flush();
        QCOMPARE(cache.writes(), 2);
        loaded = cache.load();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->toJson(), second.toJson());
        QCOMPARE(loaded->lastUpdated, first.lastUpdated);
    }

    void failedFeedIsRetried() {
        LiveFixture sim;
        // A floor the server does not know: the broker answers 404 and LiveFeed gives up.
        KioskFloorModel model(&sim.client, QStringLiteral("spc_unknown_floor"));
        model.setFeedTiming(timing());
        model.setCachePath(QString());
        model.setFailedRetry(20, 100);
        model.start();
        QVERIFY(waitFor([&] { return model.restarts() >= 2; }));
        QVERIFY(model.feedState() != LiveFeed::State::Live);
    }
};

QTEST_GUILESS_MAIN(TestKioskFloorModel)
#include "tst_kioskfloormodel.moc"
