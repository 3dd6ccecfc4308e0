// The Overview's "right now" panel against the in-process simulator (fixed now
// 2026-11-25T15:00Z, seeded portfolio): a floor lists its rooms with the states presence-health
// gives; a room whose sensor goes offline reads Unknown, never Available; a server without
// presence-health falls back to the deprecated endpoint and says so; server errors and
// malformed bodies read as a sentence and through `failed`; an entry space shows its count; a
// new selection supersedes the running load; the minute refresh runs only while shown.
#include "../core/simfixture.h"

#include "models/currentpresencemodel.h"
#include "models/spacetreemodel.h"
#include "ui/currentpresencepanel.h"
#include "ui/liveavailabilitydelegate.h"
#include "ui/overviewpage.h"

#include <QPushButton>
#include <QTableView>

using namespace Density;

namespace {

Availability expected(const HealthPresence &entry) {
    if (entry.health != HealthStatus::Healthy || !entry.presence.hasValue())
        return Availability::Unknown;
    return entry.presence.value() ? Availability::Occupied : Availability::Available;
}

} // namespace

class TestOverviewPresence : public QObject {
    Q_OBJECT

    SimFixture m_sim;
    SpaceTreeModel m_spaces;

    QList<const Space *> spacesOfType(const QString &type) const {
        QList<const Space *> out;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_spaces.rowCount(parent); ++row) {
                const QModelIndex index = m_spaces.index(row, 0, parent);
                if (m_spaces.space(index)->spaceType == type)
                    out.append(m_spaces.space(index));
                walk(index);
            }
        };
        walk({});
        return out;
    }

    //! A floor with at least three rooms.
    const Space *floorWithRooms() const {
        for (const Space *floor : spacesOfType(QStringLiteral("floor"))) {
            if (floor->childrenIds.size() >= 3)
                return floor;
        }
        return nullptr;
    }

    HealthPresenceBySpace presenceHealth(const QStringList &ids) {
        const auto result = await<HealthPresenceBySpace>(
            [&](auto done) { m_sim.client.presenceHealth(ids, nullptr, done); });
        return result.ok() ? result.value() : HealthPresenceBySpace();
    }

    //! A page on `space`, shown, with its first load finished.
    struct Shell {
        Shell(TestOverviewPresence *test, const Space &space)
            : page(&test->m_spaces) {
            page.setClient(&test->m_sim.client);
            page.resize(1000, 800);
            page.show();
            page.setSelection({space});
        }
        CurrentPresencePanel *panel() const { return page.presencePanel(); }
        CurrentPresenceModel *model() const { return page.presencePanel()->model(); }
        bool waitLoaded() {
            return waitFor(
                [this] { return !model()->isLoading() && model()->loadedAt().isValid(); }, 15000);
        }
        void screenshot(const QString &name) {
            const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                page.grab().save(dir + QStringLiteral("/overview-presence-") + name +
                                 QStringLiteral(".png"));
        }
        OverviewPage page;
    };

private Q_SLOTS:
    void initTestCase() {
        m_spaces.load(&m_sim.client);
        QVERIFY(waitFor([this] { return !m_spaces.isLoading(); }, 15000));
        QVERIFY(floorWithRooms());
    }

    void init() {
        m_sim.server->setFaults({});
        m_sim.server->setRouteUnavailable(QStringLiteral("/v3/analytics/presence-health"), false);
    }

    void floorListsItsRoomsWithStatesFromPresenceHealth() {
        const Space *floor = floorWithRooms();
        ResponseLog log(&m_sim.client);
        Shell shell(this, *floor);
        QVERIFY(shell.waitLoaded());
        QCOMPARE(shell.page.cardCount(), 1); // the facts card stays
        QCOMPARE(shell.panel()->titleText(), QStringLiteral("Right now in ") + floor->name);
        CurrentPresenceModel *model = shell.model();
        QCOMPARE(model->rowCount(), floor->childrenIds.size());
        QCOMPARE(model->presenceSource(), CurrentPresenceModel::PresenceSource::HealthAware);
        QVERIFY(shell.panel()->noteText().isEmpty());
        QVERIFY(shell.panel()->errorText().isEmpty());
        QVERIFY(log.count(Endpoint::PresenceHealth, 200) >= 1);
        QCOMPARE(log.count(Endpoint::Presence), 0); // the deprecated endpoint is not asked

        const HealthPresenceBySpace truth = presenceHealth(floor->childrenIds);
        int known = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->spaceIdAt(row);
            QVERIFY(floor->childrenIds.contains(id));
            QCOMPARE(model->index(row, CurrentPresenceModel::SpaceColumn).data().toString(),
                     m_spaces.spaceById(id)->name);
            if (truth.contains(id)) {
                QCOMPARE(model->availability(row), expected(truth.value(id)));
                known += model->availability(row) == Availability::Unknown ? 0 : 1;
            }
            const QModelIndex state = model->index(row, CurrentPresenceModel::StateColumn);
            QCOMPARE(LiveAvailabilityDelegate::availabilityOf(
                         state, CurrentPresenceModel::AvailabilityRole),
                     model->availability(row));
            QVERIFY(!state.data().toString().isEmpty());
        }
        QVERIFY(known > 0);
        // Rows are in name order, as in the space tree.
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(QString::localeAwareCompare(model->index(row - 1, 0).data().toString(),
                                                model->index(row, 0).data().toString()) <= 0);
        shell.screenshot(QStringLiteral("floor"));
    }

    void offlineSensorShowsUnknownNeverAvailable() {
        const Space *floor = floorWithRooms();
        Shell shell(this, *floor);
        QVERIFY(shell.waitLoaded());
        CurrentPresenceModel *model = shell.model();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->availability(r) != Availability::Unknown)
                row = r;
        }
        QVERIFY(row >= 0);
        const QString id = model->spaceIdAt(row);
        SensorFilter filter;
        filter.spaceIds = {id};
        const auto sensors =
            await<QList<Sensor>>([&](auto done) { m_sim.client.sensors(filter, nullptr, done); });
        QVERIFY(sensors.ok() && !sensors.value().isEmpty());
        for (const Sensor &sensor : sensors.value())
            QVERIFY(m_sim.server->takeSensorOffline(sensor.serialNumber));

        QSignalSpy loaded(model, &CurrentPresenceModel::loaded);
        QTest::mouseClick(shell.panel()->refreshButton(), Qt::LeftButton);
        QTRY_COMPARE(loaded.count(), 1);
        row = model->rowOf(id);
        QCOMPARE(model->availability(row), Availability::Unknown);
        QCOMPARE(model->index(row, CurrentPresenceModel::StateColumn).data().toString(),
                 QStringLiteral("Unknown: sensor offline"));
        QCOMPARE(model->index(row, CurrentPresenceModel::CountColumn).data().toString(),
                 QStringLiteral("\u2014")); // an offline sensor's count is not a count now
        shell.screenshot(QStringLiteral("offline"));
    }

    void withoutPresenceHealthFallsBackToDeprecatedAndSaysSo() {
        m_sim.server->setRouteUnavailable(QStringLiteral("/v3/analytics/presence-health"));
        const Space *floor = floorWithRooms();
        ResponseLog log(&m_sim.client);
        Shell shell(this, *floor);
        QSignalSpy failed(&shell.page, &AnalyticsPage::failed);
        QVERIFY(shell.waitLoaded());
        QVERIFY(log.count(Endpoint::PresenceHealth, 404) >= 1);
        QVERIFY(log.count(Endpoint::Presence, 200) >= 1);
        QCOMPARE(failed.count(), 0);
        CurrentPresenceModel *model = shell.model();
        QCOMPARE(model->presenceSource(), CurrentPresenceModel::PresenceSource::Deprecated);
        QVERIFY(shell.panel()->noteText().contains(QStringLiteral("deprecated")));
        QVERIFY(shell.panel()->noteText().contains(QStringLiteral("offline sensor")));
        // Without health the deprecated "false" could be an offline sensor: a space is shown as
        // available only when the current count of the same space reports a healthy sensor.
        const HealthPresenceBySpace truth = [&] {
            m_sim.server->setRouteUnavailable(QStringLiteral("/v3/analytics/presence-health"),
                                              false);
            return presenceHealth(floor->childrenIds);
        }();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->spaceIdAt(row);
            if (truth.contains(id) && truth.value(id).health != HealthStatus::Healthy)
                QCOMPARE(model->availability(row), Availability::Unknown);
        }
        shell.screenshot(QStringLiteral("deprecated"));
    }

    void serverErrorsAndMalformedBodiesReadAsASentence() {
        const Space *floor = floorWithRooms();
        Shell shell(this, *floor);
        QVERIFY(shell.waitLoaded());
        QSignalSpy failed(&shell.page, &AnalyticsPage::failed);

        Sim::FaultOptions errors;
        errors.errorRate = 1;
        m_sim.server->setFaults(errors);
        shell.page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 15000);
        QVERIFY(!shell.model()->isLoading());
        const QString sentence = failed.constFirst().constFirst().toString();
        QVERIFY2(sentence.contains(QStringLiteral("server error")), qPrintable(sentence));
        QVERIFY(sentence.startsWith(
            QStringLiteral("The current state of %1 could not be loaded.").arg(floor->name)));
        QCOMPARE(shell.panel()->errorText(), sentence);
        // A 5xx is not "endpoint missing": no fallback to the deprecated endpoint.
        QVERIFY(shell.model()->presenceSource() !=
                CurrentPresenceModel::PresenceSource::Deprecated);
        for (int row = 0; row < shell.model()->rowCount(); ++row)
            QCOMPARE(shell.model()->availability(row), Availability::Unknown);
        shell.screenshot(QStringLiteral("error"));

        Sim::FaultOptions malformed;
        malformed.malformedRate = 1;
        m_sim.server->setFaults(malformed);
        failed.clear();
        shell.page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 15000);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(QStringLiteral("JSON")),
                 qPrintable(failed.constFirst().constFirst().toString()));

        m_sim.server->setFaults({});
        QSignalSpy loaded(shell.model(), &CurrentPresenceModel::loaded);
        shell.page.reload();
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(shell.panel()->errorText().isEmpty());
    }

    void entrySpaceShowsItsCount() {
        // An entry space whose sensor is healthy, preferably with people in it.
        QList<const Space *> entries;
        for (const Space *space : spacesOfType(QStringLiteral("space"))) {
            if (space->countingMode.valueOr(QString()) == QStringLiteral("entry") &&
                space->childrenIds.isEmpty())
                entries.append(space);
        }
        QVERIFY(!entries.isEmpty());
        QStringList ids;
        for (const Space *space : std::as_const(entries))
            ids.append(space->id);
        const auto all = await<CurrentCounts>(
            [&](auto done) { m_sim.client.currentOccupancy(ids, nullptr, done); });
        QVERIFY(all.ok());
        const Space *entry = nullptr;
        for (const Space *space : std::as_const(entries)) {
            const CurrentCount c = all.value().value(space->id);
            if (c.health == HealthStatus::Healthy && (!entry || c.count > 0))
                entry = space;
            if (entry && all.value().value(entry->id).count > 0)
                break;
        }
        QVERIFY(entry);
        Shell shell(this, *entry);
        QVERIFY(shell.waitLoaded());
        CurrentPresenceModel *model = shell.model();
        QCOMPARE(model->rowCount(), 1); // a room shows itself
        QCOMPARE(model->spaceIdAt(0), entry->id);
        const auto counts = await<CurrentCounts>(
            [&](auto done) { m_sim.client.currentOccupancy({entry->id}, nullptr, done); });
        QVERIFY(counts.ok() && counts.value().contains(entry->id));
        const CurrentCount count = counts.value().value(entry->id);
        const QString text = model->index(0, CurrentPresenceModel::CountColumn).data().toString();
        QCOMPARE(count.health, HealthStatus::Healthy);
        QCOMPARE(text, CurrentPresenceModel::peopleText(count));
        QVERIFY(text.endsWith(QStringLiteral(" people")) || text == QStringLiteral("1 person"));
        QVERIFY(text.startsWith(QString::number(count.count)));
        // No presence sensor: the state follows the healthy count.
        QCOMPARE(model->availability(0),
                 count.count > 0 ? Availability::Occupied : Availability::Available);
        shell.screenshot(QStringLiteral("entry"));
    }

    void cappedCountsReadPlus() {
        CurrentCount capped;
        capped.count = 5;
        capped.isCapped = true;
        capped.cappedCountLimit = 3;
        QCOMPARE(CurrentPresenceModel::peopleText(capped), QStringLiteral("3+ people"));
        CurrentCount plain;
        plain.count = 3;
        QCOMPARE(CurrentPresenceModel::peopleText(plain), QStringLiteral("3 people"));
        plain.count = 1;
        QCOMPARE(CurrentPresenceModel::peopleText(plain), QStringLiteral("1 person"));
    }

    void aNewSelectionSupersedesTheRunningLoad() {
        const QList<const Space *> floors = spacesOfType(QStringLiteral("floor"));
        QVERIFY(floors.size() >= 2);
        Sim::FaultOptions slow;
        slow.latencyMs = 150;
        m_sim.server->setFaults(slow);
        Shell shell(this, *floors.at(0));
        QVERIFY(shell.model()->isLoading());
        shell.page.setSelection({*floors.at(1)}); // before the first answers
        QVERIFY(shell.waitLoaded());
        // Let any answer of the first load arrive: it must not refill the rows.
        QVERIFY(waitFor([&] { return m_sim.client.requestsInFlight() == 0; }));
        QCOMPARE(shell.model()->rowCount(), floors.at(1)->childrenIds.size());
        for (int row = 0; row < shell.model()->rowCount(); ++row)
            QVERIFY(floors.at(1)->childrenIds.contains(shell.model()->spaceIdAt(row)));
        QCOMPARE(shell.panel()->titleText(), QStringLiteral("Right now in ") + floors.at(1)->name);
    }

    void refreshesEveryIntervalOnlyWhileShown() {
        const Space *floor = floorWithRooms();
        Shell shell(this, *floor);
        QVERIFY(shell.waitLoaded());
        shell.panel()->setRefreshInterval(100);
        // setRefreshInterval keeps a running timer going at the new interval.
        QSignalSpy loaded(shell.model(), &CurrentPresenceModel::loaded);
        QTRY_VERIFY(loaded.count() >= 2);

        QVERIFY(shell.panel()->isRefreshScheduled());
        shell.page.hide();
        QVERIFY(!shell.panel()->isRefreshScheduled()); // hidden: no timer, no requests
        QVERIFY(waitFor([&] { return !shell.model()->isLoading(); }));
        ResponseLog log(&m_sim.client);

        // Hidden, a new selection waits; showing loads it.
        const QList<const Space *> floors = spacesOfType(QStringLiteral("floor"));
        shell.page.setSelection({*floors.constLast()});
        QVERIFY(!shell.model()->isLoading()); // nothing was asked
        QVERIFY(!shell.panel()->isRefreshScheduled());
        QCOMPARE(log.count(Endpoint::PresenceHealth), 0);
        shell.page.show();
        QTRY_VERIFY(log.count(Endpoint::PresenceHealth, 200) >= 1);
        QTRY_COMPARE(shell.model()->rowOf(floors.constLast()->childrenIds.value(0)) >= 0, true);
    }

    void buildingListsItsFloors() {
        const QList<const Space *> buildings = spacesOfType(QStringLiteral("building"));
        QVERIFY(!buildings.isEmpty());
        Shell shell(this, *buildings.constFirst());
        QVERIFY(shell.waitLoaded());
        QCOMPARE(shell.model()->rowCount(), buildings.constFirst()->childrenIds.size());
        for (int row = 0; row < shell.model()->rowCount(); ++row)
            QCOMPARE(m_spaces.spaceById(shell.model()->spaceIdAt(row))->spaceType,
                     QStringLiteral("floor"));
        shell.screenshot(QStringLiteral("building"));
    }
};

QTEST_MAIN(TestOverviewPresence)
#include "tst_overviewpresence.moc"
