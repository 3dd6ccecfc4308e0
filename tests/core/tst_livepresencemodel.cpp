// LivePresenceModel over a real feed: one row per space, availability downgraded when stale,
// row-precise repaints, ages from an injected clock; checked by QAbstractItemModelTester.
#include "livefixture.h"
#include "models/livepresencemodel.h"

#include <QAbstractItemModelTester>

using namespace Density;

class TestLivePresenceModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheFeed() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        LivePresenceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFeed(&feed);
        feed.start();
        QTRY_VERIFY(feed.state() == LiveFeed::State::Live);
        QCOMPARE(model.rowCount(), feed.spaces().size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.spaceIdAt(row);
            QCOMPARE(model.availability(row), feed.spaces().value(id).availability());
            QVERIFY(!model.index(row, LivePresenceModel::ValueColumn).data().toString().isEmpty());
        }
        model.setSpaceNames({{model.spaceIdAt(0), QStringLiteral("Room Ada")}});
        QCOMPARE(model.index(0, LivePresenceModel::SpaceColumn).data().toString(),
                 QStringLiteral("Room Ada"));
    }

    void aChangeRepaintsOnlyItsRow() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        LivePresenceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAgeTickInterval(60000); // keep the age ticks out of this test
        model.setFeed(&feed);
        feed.start();
        QTRY_VERIFY(feed.state() == LiveFeed::State::Live);
        QTRY_COMPARE(model.rowCount(), feed.spaces().size());
        QTest::qWait(300); // let repeated refreshes (which change nothing) pass
        const int row = model.rowCount() / 2;
        const QString id = model.spaceIdAt(row);
        const LiveSpaceUpdate before = feed.spaces().value(id);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        sim.sendToFloor(LiveFixture::frame(
            "live", {{id, LiveFixture::presenceEntry(before.timestamp.addSecs(3600),
                                                     !before.presence.value())}}));
        QTRY_VERIFY(!changes.isEmpty());
        QTest::qWait(450); // refreshes keep arriving; they repeat readings and repaint nothing
        for (const QList<QVariant> &change : std::as_const(changes)) {
            QCOMPARE(change.at(0).toModelIndex().row(), row);
            QCOMPARE(change.at(1).toModelIndex().row(), row);
        }
        const Availability expected =
            before.presence.value() ? Availability::Available : Availability::Occupied;
        QCOMPARE(model.availability(row), expected);
    }

    void staleFeedShowsUnknownEverywhere() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        LivePresenceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFeed(&feed);
        feed.start();
        QTRY_VERIFY(feed.state() == LiveFeed::State::Live);
        int available = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            available += model.availability(row) == Availability::Available ? 1 : 0;
        QVERIFY(available > 0); // otherwise the check below proves nothing
        sim.server->setLiveSilent(true);
        QTRY_VERIFY(feed.state() == LiveFeed::State::Stale);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.availability(row), Availability::Unknown);
            QCOMPARE(model.index(row, LivePresenceModel::AvailabilityColumn).data().toString(),
                     QStringLiteral("Unknown"));
        }
        QVERIFY(model.rowCount() > 0); // rows (the last known state) stay
    }

    void agesComeFromTheClock() {
        LiveFixture sim;
        LiveFeed &feed = sim.feed();
        LivePresenceModel model;
        QDateTime now = QDateTime::currentDateTimeUtc();
        model.setClock([&now] { return now; });
        model.setFeed(&feed);
        feed.start();
        QTRY_VERIFY(feed.state() == LiveFeed::State::Live);
        feed.stop(); // freeze receipt times
        now = QDateTime::currentDateTimeUtc().addSecs(95);
        const QModelIndex age = model.index(0, LivePresenceModel::AgeColumn);
        QVERIFY(age.data(LivePresenceModel::AgeSecondsRole).toLongLong() >= 95);
        QCOMPARE(age.data().toString(), QStringLiteral("1 min ago"));
    }
};

QTEST_GUILESS_MAIN(TestLivePresenceModel)
#include "tst_livepresencemodel.moc"
