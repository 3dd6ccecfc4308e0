// Faults seen through the whole window, the way a facilities manager meets them: the simulator
// takes a sensor offline and both the Sensor health table (after one refresh) and the Live page
// (within one stream refresh) show it; a dropped live connection reads Reconnecting and then
// Live again; the demo's ghost-time fault is flagged on the Anomalies page.
#include "../core/livefixture.h"
#include "testsettings.h"

#include "models/anomalymodel.h"
#include "models/livepresencemodel.h"
#include "models/sensorhealthmodel.h"
#include "models/spacetreemodel.h"
#include "sim/simportfolio.h"
#include "sim/simserver.h"
#include "sim/simstore.h"
#include "ui/anomalypage.h"
#include "ui/liveconnectionindicator.h"
#include "ui/livepage.h"
#include "ui/mainwindow.h"
#include "ui/pagetabs.h"
#include "ui/sensorhealthpage.h"
#include "ui/spacedock.h"

#include <QAction>
#include <QTest>

using namespace Density;

namespace {

//! A window on a simulator that streams every 200 ms, started as the demo is.
struct Shell {
    explicit Shell(Sim::SimOptions options = LiveFixture::fastOptions())
        : sim(options)
        , window(std::make_unique<MainWindow>(&sim.client)) {
        window->setDemoStarter([this] {
            return MainWindow::DemoServer{sim.server->baseUrl(), QStringLiteral("tok_demo"), {}};
        });
        window->resize(1400, 900);
    }

    bool start() {
        bool ready = false;
        QObject::connect(window.get(), &MainWindow::ready, [&ready] { ready = true; });
        window->show();
        window->pageTabs()->setClock([this] { return sim.server->now(); });
        return window->startDemo() && waitFor([&ready] { return ready; }, 15000);
    }

    //! A room with its own open-area data and a healthy sensor: its id and that sensor's serial.
    std::pair<QString, QString> healthyOaRoom() const {
        const Sim::SimStore &store = sim.server->store();
        const Sim::SimPortfolio &portfolio = store.portfolio();
        const qint64 now = store.now();
        for (const Sim::SimSpace &space : portfolio.spaces) {
            if (!space.hasOwnData() || space.mode != Sim::CountingMode::Oa ||
                space.sensors.size() != 1)
                continue;
            const int sensor = space.sensors.first();
            if (store.health().statusAt(sensor, now) == Sim::SensorHealth::Healthy &&
                store.health().statusAt(sensor, sim.server->liveNow().toMSecsSinceEpoch()) ==
                    Sim::SensorHealth::Healthy)
                return {space.id, portfolio.sensors[size_t(sensor)].serial};
        }
        return {};
    }

    template <typename Page>
    Page *page(DashboardPage which) const {
        return qobject_cast<Page *>(window->pageTabs()->page(which));
    }

    SimFixture sim; // declared first: destroyed after the window
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestFaultViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_faultviews"))); }

    void sensorOfflineReachesHealthTableAndLivePage() {
        Shell shell;
        QVERIFY(shell.start());
        const auto [roomId, serial] = shell.healthyOaRoom();
        QVERIFY(!roomId.isEmpty());
        shell.window->spaceDock()->selectSpaces({roomId});

        // Health: the room's sensor is healthy, and reads offline after one refresh.
        shell.window->pageTabs()->setCurrentPage(DashboardPage::Health);
        auto *health = shell.page<SensorHealthPage>(DashboardPage::Health);
        QVERIFY(health);
        QTRY_VERIFY(!health->isLoading() && health->model()->rowOf(serial) >= 0);
        QCOMPARE(health->model()->status(health->model()->rowOf(serial)), HealthStatus::Healthy);

        // Live: the room's floor streams and the room has a known state.
        shell.window->pageTabs()->setCurrentPage(DashboardPage::Live);
        auto *live = shell.page<LivePage>(DashboardPage::Live);
        QVERIFY(live);
        QTRY_VERIFY_WITH_TIMEOUT(live->feed() && live->feed()->state() == LiveFeed::State::Live &&
                                     live->model()->rowOf(roomId) >= 0,
                                 10000);
        QTRY_VERIFY(live->model()->availability(live->model()->rowOf(roomId)) !=
                    Availability::Unknown);

        QVERIFY(shell.sim.server->takeSensorOffline(serial));
        // Within one stream refresh (200 ms here) the room turns Unknown, never Available.
        QTRY_COMPARE_WITH_TIMEOUT(live->model()->availability(live->model()->rowOf(roomId)),
                                  Availability::Unknown, 2000);

        shell.window->pageTabs()->setCurrentPage(DashboardPage::Health);
        shell.window->refreshAction()->trigger();
        QTRY_COMPARE(health->model()->status(health->model()->rowOf(serial)),
                     HealthStatus::Offline);
        QVERIFY2(health->summaryText().contains(QStringLiteral("1 of")),
                 qPrintable(health->summaryText()));
    }

    void droppedLiveConnectionShowsReconnectingThenRecovers() {
        Shell shell;
        QVERIFY(shell.start());
        const auto [roomId, serial] = shell.healthyOaRoom();
        Q_UNUSED(serial)
        shell.window->spaceDock()->selectSpaces({roomId});
        shell.window->pageTabs()->setCurrentPage(DashboardPage::Live);
        auto *live = shell.page<LivePage>(DashboardPage::Live);
        QTRY_VERIFY_WITH_TIMEOUT(live->feed() && live->feed()->state() == LiveFeed::State::Live,
                                 10000);
        // Slow the reconnect down enough to see the intermediate state through the window.
        shell.sim.server->refuseLiveTickets(1);
        QSignalSpy states(live->feed(), &LiveFeed::stateChanged);
        shell.sim.server->dropLiveConnections();
        QTRY_COMPARE(live->indicator()->state(), LiveFeed::State::Reconnecting);
        QVERIFY(live->indicator()->text().contains(QStringLiteral("Reconnecting")));
        QTRY_COMPARE_WITH_TIMEOUT(live->indicator()->state(), LiveFeed::State::Live, 15000);
        QVERIFY(states.count() >= 2);
    }

    void ghostTimeIsFlaggedOnTheAnomaliesPage() {
        Sim::SimOptions options = LiveFixture::fastOptions();
        options.faults.ghostTimeUsed = true;
        Shell shell(options);
        QVERIFY(shell.start());
        // The first Waffle room: the ghost-time fault adds minutes of time used at night there.
        QString waffle;
        for (const Sim::SimSpace &space : shell.sim.server->store().portfolio().spaces) {
            if (space.hasOwnData() && space.mode == Sim::CountingMode::Waffle) {
                waffle = space.id;
                break;
            }
        }
        QVERIFY(!waffle.isEmpty());
        shell.window->spaceDock()->selectSpaces({waffle});
        shell.window->pageTabs()->setCurrentPage(DashboardPage::Anomalies);
        auto *anomalies = shell.page<AnomalyPage>(DashboardPage::Anomalies);
        QVERIFY(anomalies);
        QTRY_VERIFY_WITH_TIMEOUT(!anomalies->isLoading() && anomalies->model()->flaggedCount() > 0,
                                 15000);
    }

private:
    TestSettings m_settings;
};

QTEST_MAIN(TestFaultViews)
#include "tst_faultviews.moc"
