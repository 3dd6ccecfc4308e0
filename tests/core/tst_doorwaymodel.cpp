// DoorwayModel against the simulator: every doorway with its sensor and linked spaces by name
// (from the space tree), narrowed to a building's subtree, health from a lookup; the
// QAbstractItemModelTester watches every change.
#include "models/doorwaymodel.h"
#include "models/spacetreemodel.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace Density;

class TestDoorwayModel : public QObject {
    Q_OBJECT

    SimFixture m_sim;
    SpaceTreeModel m_spaces;

    QSet<QString> subtree(const QString &spaceId) const {
        QSet<QString> ids;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &index) {
            ids.insert(m_spaces.space(index)->id);
            for (int row = 0; row < m_spaces.rowCount(index); ++row)
                walk(m_spaces.index(row, 0, index));
        };
        walk(m_spaces.indexOf(spaceId));
        return ids;
    }

    void attachNames(DoorwayModel &model) {
        model.setNameLookup([this](const QString &id) {
            const Space *space = m_spaces.spaceById(id);
            return space ? space->name : QString();
        });
    }

private Q_SLOTS:
    void initTestCase() {
        m_spaces.load(&m_sim.client);
        QVERIFY(waitFor([this] { return !m_spaces.isLoading(); }, 15000));
        QVERIFY(m_spaces.spaceCount() > 0);
    }

    void loadsAllWithNames() {
        DoorwayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attachNames(model);
        QSignalSpy loading(&model, &DoorwayModel::loadingChanged);
        QSignalSpy failed(&model, &DoorwayModel::loadFailed);
        model.load(&m_sim.client);
        QVERIFY(model.isLoading());
        QVERIFY(waitFor([&] { return !model.isLoading(); }, 15000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(loading.count(), 2);
        QVERIFY(model.isLoaded());
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), int(DoorwayModel::ColumnCount));

        for (int row = 0; row < model.rowCount(); ++row) {
            const QStringList ids =
                model.index(row, 0).data(DoorwayModel::SpaceIdsRole).toStringList();
            QVERIFY(!ids.isEmpty());
            QStringList names;
            for (const QString &id : ids) {
                QVERIFY2(m_spaces.spaceById(id), qPrintable(id));
                names.append(m_spaces.spaceById(id)->name);
            }
            const QString shown = model.index(row, DoorwayModel::SpacesColumn).data().toString();
            QCOMPARE(shown, names.join(QStringLiteral(", ")));
            for (const QString &id : ids)
                QVERIFY2(!shown.contains(id), qPrintable(shown));
            QVERIFY(!model.index(row, DoorwayModel::SensorColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, DoorwayModel::NameColumn).data().toString().isEmpty());
            // Without a health lookup the health is honestly not known.
            QCOMPARE(model.index(row, DoorwayModel::HealthColumn).data().toString(),
                     QStringLiteral("Not loaded"));
        }
    }

    void scopeAndHealth() {
        DoorwayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attachNames(model);
        model.load(&m_sim.client);
        QVERIFY(waitFor([&] { return !model.isLoading(); }, 15000));
        const int all = model.rowCount();

        // The building linked by the first doorway; narrowing keeps exactly its doorways.
        const QString someSpace =
            model.index(0, 0).data(DoorwayModel::SpaceIdsRole).toStringList().first();
        QString building = someSpace;
        for (QModelIndex index = m_spaces.indexOf(someSpace); index.isValid();
             index = index.parent()) {
            if (m_spaces.space(index)->spaceType == QStringLiteral("building")) {
                building = m_spaces.space(index)->id;
                break;
            }
        }
        const QSet<QString> scope = subtree(building);
        model.setScope(scope);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() <= all);
        for (int row = 0; row < model.rowCount(); ++row) {
            bool linked = false;
            for (const QString &id :
                 model.index(row, 0).data(DoorwayModel::SpaceIdsRole).toStringList())
                linked = linked || scope.contains(id);
            QVERIFY(linked);
        }
        model.setScope(QSet<QString>{QStringLiteral("spc_does_not_exist")});
        QCOMPARE(model.rowCount(), 0);
        model.setScope(std::nullopt);
        QCOMPARE(model.rowCount(), all);

        // Health from a lookup; a sensor it does not know stays "Not loaded".
        const QString serial = model.index(0, DoorwayModel::SensorColumn).data().toString();
        QSignalSpy changed(&model, &DoorwayModel::dataChanged);
        model.setHealthLookup([serial](const QString &s) -> std::optional<HealthStatus> {
            if (s == serial)
                return HealthStatus::Offline;
            return std::nullopt;
        });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, DoorwayModel::HealthColumn).data().toString(),
                 QStringLiteral("Offline"));
        QCOMPARE(model.index(0, DoorwayModel::HealthColumn).data(DoorwayModel::SortRole).toInt(),
                 3);
    }

    void deletedDoorwaysLeftOut() {
        DoorwayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Doorway live;
        live.id = QStringLiteral("drw_1");
        live.name = QStringLiteral("Main entrance");
        live.spaces = {{QStringLiteral("spc_x"), QStringLiteral("Lobby"), 1}};
        Doorway gone = live;
        gone.id = QStringLiteral("drw_2");
        gone.deletedAt = QStringLiteral("2026-01-01T00:00:00Z");
        model.setDoorways({live, gone});
        QCOMPARE(model.rowCount(), 1);
        // Not in the tree: the name the doorway carries, never the id.
        QCOMPARE(model.index(0, DoorwayModel::SpacesColumn).data().toString(),
                 QStringLiteral("Lobby"));
    }
};

QTEST_GUILESS_MAIN(TestDoorwayModel)
#include "tst_doorwaymodel.moc"
