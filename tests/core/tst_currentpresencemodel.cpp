// CurrentPresenceModel against the simulator (fixed now 2026-11-25T15:00Z): rows pass
// QAbstractItemModelTester through loads, reloads, a new set of spaces and clear(); a space with
// no live data and a failed load read Unknown; a superseded load never fills the new rows; a
// missing presence-health route falls back to deprecated presence, where "false" counts as
// available only next to a healthy count; reading times are in the space's own zone.
#include "simfixture.h"

#include "models/currentpresencemodel.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

using namespace Density;

class TestCurrentPresenceModel : public QObject {
    Q_OBJECT

    SimFixture m_sim;
    QList<Space> m_all;
    QHash<QString, Space> m_byId;

    QList<Space> childrenOf(const Space &parent) const {
        QList<Space> out;
        for (const QString &id : parent.childrenIds)
            out.append(m_byId.value(id));
        return out;
    }

    QList<Space> floors() const {
        QList<Space> out;
        for (const Space &space : m_all) {
            if (space.spaceType == QStringLiteral("floor") && space.childrenIds.size() >= 3)
                out.append(space);
        }
        return out;
    }

    static bool waitLoaded(CurrentPresenceModel &model) {
        return waitFor([&] { return !model.isLoading() && model.loadedAt().isValid(); }, 15000);
    }

private Q_SLOTS:
    void initTestCase() {
        const auto spaces =
            await<QList<Space>>([this](auto done) { m_sim.client.spaces(nullptr, done); });
        QVERIFY(spaces.ok());
        m_all = spaces.value();
        for (const Space &space : std::as_const(m_all))
            m_byId.insert(space.id, space);
        QVERIFY(floors().size() >= 2);
    }

    void init() {
        m_sim.server->setFaults({});
        m_sim.server->setRouteUnavailable(QStringLiteral("/v3/analytics/presence-health"), false);
    }

    void rowsPassTheTesterThroughLoadsAndClear() {
        CurrentPresenceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&m_sim.client);
        model.setClock([this] { return m_sim.server->now(); });
        const QList<Space> rooms = childrenOf(floors().at(0));
        QSignalSpy loaded(&model, &CurrentPresenceModel::loaded);
        model.load(rooms);
        QCOMPARE(model.rowCount(), rooms.size()); // rows at once, values when they arrive
        QVERIFY(model.isLoading());
        QVERIFY(waitLoaded(model));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.presenceSource(), CurrentPresenceModel::PresenceSource::HealthAware);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.spaceIdAt(row), rooms.at(row).id);
            QCOMPARE(model.index(row, CurrentPresenceModel::SpaceColumn).data().toString(),
                     rooms.at(row).name);
            for (int column = 0; column < CurrentPresenceModel::ColumnCount; ++column)
                QVERIFY(!model.index(row, column).data().toString().isEmpty());
        }

        // The same spaces again keep their rows (no reset) while they reload.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(resets.count(), 0);

        model.load(childrenOf(floors().at(1)));
        QVERIFY(waitLoaded(model));
        QCOMPARE(resets.count(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }

    void aSpaceWithoutLiveDataIsUnknown() {
        CurrentPresenceModel model;
        model.setClient(&m_sim.client);
        Space missing;
        missing.id = QStringLiteral("spc_0000000000000000001");
        missing.name = QStringLiteral("Nowhere");
        model.load({missing});
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.availability(0), Availability::Unknown);
        QCOMPARE(model.stateText(0), QStringLiteral("Unknown: no live data"));
        QCOMPARE(model.countText(0), QStringLiteral("\u2014"));
    }

    void aFailedLoadIsUnknownEverywhere() {
        CurrentPresenceModel model;
        model.setClient(&m_sim.client);
        model.load(childrenOf(floors().at(0)));
        QVERIFY(waitLoaded(model));
        Sim::FaultOptions errors;
        errors.errorRate = 1;
        m_sim.server->setFaults(errors);
        QSignalSpy failed(&model, &CurrentPresenceModel::failed);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 15000);
        QVERIFY(!model.errorText().isEmpty());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.availability(row), Availability::Unknown);
    }

    void aSupersededLoadNeverFillsTheNewRows() {
        CurrentPresenceModel model;
        model.setClient(&m_sim.client);
        Sim::FaultOptions slow;
        slow.latencyMs = 100;
        m_sim.server->setFaults(slow);
        QSignalSpy loaded(&model, &CurrentPresenceModel::loaded);
        model.load(childrenOf(floors().at(0)));
        const QList<Space> second = childrenOf(floors().at(1));
        model.load(second);
        QVERIFY(waitLoaded(model));
        QVERIFY(waitFor([this] { return m_sim.client.requestsInFlight() == 0; }));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), second.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.spaceIdAt(row), second.at(row).id);
    }

    void deprecatedPresenceNeedsAHealthyCountToSayAvailable() {
        m_sim.server->setRouteUnavailable(QStringLiteral("/v3/analytics/presence-health"));
        CurrentPresenceModel model;
        model.setClient(&m_sim.client);
        const QList<Space> rooms = childrenOf(floors().at(0));
        QSignalSpy failed(&model, &CurrentPresenceModel::failed);
        model.load(rooms);
        QVERIFY(waitLoaded(model));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(model.presenceSource(), CurrentPresenceModel::PresenceSource::Deprecated);
        QStringList ids;
        for (const Space &room : rooms)
            ids.append(room.id);
        const auto counts = await<CurrentCounts>(
            [&](auto done) { m_sim.client.currentOccupancy(ids, nullptr, done); });
        QVERIFY(counts.ok());
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto count = counts.value().constFind(model.spaceIdAt(row));
            if (model.availability(row) == Availability::Available)
                QVERIFY(count != counts.value().constEnd() &&
                        count->health == HealthStatus::Healthy);
        }
        QCOMPARE(CurrentPresenceModel::isNotOffered(ApiError(ApiError::Kind::Http, {}, 404)), true);
        QCOMPARE(CurrentPresenceModel::isNotOffered(ApiError(ApiError::Kind::Http, {}, 500)),
                 false);
    }

    void readingTimesAreInTheSpacesZone() {
        CurrentPresenceModel model;
        model.setClient(&m_sim.client);
        model.setClock([this] { return m_sim.server->now(); });
        const QList<Space> rooms = childrenOf(floors().at(0));
        model.load(rooms);
        QVERIFY(waitLoaded(model));
        int checked = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDateTime at =
                model.index(row, 0).data(CurrentPresenceModel::ReadingAtRole).toDateTime();
            const QTimeZone zone(rooms.at(row).timeZone.toUtf8());
            if (!at.isValid() || !zone.isValid())
                continue;
            const QDateTime local = at.toTimeZone(zone);
            const QString text =
                model.index(row, CurrentPresenceModel::AsOfColumn).data().toString();
            QVERIFY2(text.endsWith(local.time().toString(QStringLiteral("HH:mm"))),
                     qPrintable(text));
            if (local.date() == m_sim.server->now().toTimeZone(zone).date())
                QCOMPARE(text, local.time().toString(QStringLiteral("HH:mm")));
            ++checked;
        }
        QVERIFY(checked > 0);
    }
};

QTEST_MAIN(TestCurrentPresenceModel)
#include "tst_currentpresencemodel.moc"
