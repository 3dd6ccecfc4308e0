// LabelTreeModel against the in-process simulator: groups on top with their labels under them,
// an Ungrouped row for labels without a group, the spaces per label counted from what the API
// says, a superseding load that leaves one consistent tree, and a failed load that keeps the
// previous tree. QAbstractItemModelTester watches every change.
#include "models/labeltreemodel.h"
#include "sim/simportfolio.h"
#include "sim/simstore.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace Density;

namespace {

bool loadModel(LabelTreeModel &model, SimFixture &sim) {
    QSignalSpy loaded(&model, &LabelTreeModel::loaded);
    model.load(&sim.client);
    return waitFor([&] { return loaded.count() > 0; }, 15000);
}

} // namespace

class TestLabelTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupsOnTopLabelsBelowUngroupedLast() {
        SimFixture sim;
        LabelTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadModel(model, sim));
        QVERIFY(!model.isLoading());

        const Sim::SimPortfolio &p = sim.server->store().portfolio();
        int ungroupedInSim = 0;
        for (const Sim::SimLabel &label : p.labels)
            ungroupedInSim += label.group < 0 ? 1 : 0;
        QVERIFY(ungroupedInSim > 0); // the generated portfolio has some; the test needs them
        QCOMPARE(model.rowCount(), int(p.labelGroups.size()) + 1);
        QCOMPARE(model.columnCount(), 2);

        int labelsSeen = 0;
        QString previousGroup;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex top = model.index(row, LabelTreeModel::NameColumn);
            const bool last = row == model.rowCount() - 1;
            QCOMPARE(LabelTreeModel::kind(top),
                     last ? LabelTreeModel::Kind::Ungrouped : LabelTreeModel::Kind::Group);
            if (!last) {
                const QString name = top.data().toString();
                QVERIFY2(previousGroup.compare(name, Qt::CaseInsensitive) <= 0, qPrintable(name));
                previousGroup = name;
                QVERIFY(model.groupById(top.data(LabelTreeModel::IdRole).toString()));
            } else {
                QCOMPARE(top.data().toString(), QStringLiteral("Ungrouped"));
                QCOMPARE(model.rowCount(top), ungroupedInSim);
            }
            for (int child = 0; child < model.rowCount(top); ++child) {
                const QModelIndex label = model.index(child, 0, top);
                QCOMPARE(LabelTreeModel::kind(label), LabelTreeModel::Kind::Label);
                QCOMPARE(model.parent(label), top);
                const QString id = label.data(LabelTreeModel::IdRole).toString();
                QCOMPARE(model.indexOfLabel(id), label);
                QCOMPARE(label.data(LabelTreeModel::GroupIdRole).toString(),
                         top.data(LabelTreeModel::IdRole).toString());
                ++labelsSeen;
            }
        }
        QCOMPARE(labelsSeen, int(p.labels.size()));
    }

    void spacesPerLabelMatchTheSimulator() {
        SimFixture sim;
        LabelTreeModel model;
        QVERIFY(loadModel(model, sim));
        const Sim::SimPortfolio &p = sim.server->store().portfolio();
        for (size_t label = 0; label < p.labels.size(); ++label) {
            QSet<QString> expected;
            for (const Sim::SimSpace &space : p.spaces) {
                if (space.labels.contains(int(label)))
                    expected.insert(space.id);
            }
            const QList<LabelSpace> spaces = model.spacesWithLabel(p.labels[label].id);
            QSet<QString> actual;
            for (const LabelSpace &space : spaces) {
                actual.insert(space.id);
                QVERIFY(!space.name.isEmpty());
            }
            QCOMPARE(actual, expected);
            const QModelIndex index = model.indexOfLabel(p.labels[label].id);
            QCOMPARE(index.siblingAtColumn(LabelTreeModel::SpacesColumn).data().toInt(),
                     int(expected.size()));
        }
        // A group counts distinct spaces: never more than the sum over its labels.
        const QModelIndex group = model.index(0, LabelTreeModel::SpacesColumn);
        int sum = 0;
        for (int child = 0; child < model.rowCount(model.index(0, 0)); ++child)
            sum +=
                model.index(child, LabelTreeModel::SpacesColumn, model.index(0, 0)).data().toInt();
        QVERIFY(group.data().toInt() > 0);
        QVERIFY(group.data().toInt() <= sum);
    }

    void aNewLoadSupersedesTheRunningOne() {
        SimFixture sim;
        LabelTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &LabelTreeModel::loaded);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.load(&sim.client);
        QVERIFY(model.isLoading());
        // Changed on the server between the two loads: only the second answer may show.
        sim.server->store().portfolio().labels.front().name = QStringLiteral("Renamed meanwhile");
        model.load(&sim.client);
        QVERIFY(waitFor([&] { return loaded.count() > 0; }, 15000));
        // A later request is answered after anything the first load still had in flight.
        QVERIFY(await<QString>([&sim](auto done) { sim.client.helloWorld(nullptr, done); }));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(resets.count(), 1);
        const QString id = sim.server->store().portfolio().labels.front().id;
        QCOMPARE(model.labelById(id)->name, QStringLiteral("Renamed meanwhile"));
    }

    void aFailedLoadKeepsTheTree() {
        SimFixture sim;
        LabelTreeModel model;
        QVERIFY(loadModel(model, sim));
        const int rows = model.rowCount();
        Sim::FaultOptions faults;
        faults.errorRate = 1;
        sim.server->setFaults(faults);
        QSignalSpy failed(&model, &LabelTreeModel::loadFailed);
        model.load(&sim.client);
        QVERIFY(waitFor([&] { return failed.count() > 0; }, 15000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), rows);
    }
};

QTEST_MAIN(TestLabelTreeModel)
#include "tst_labeltreemodel.moc"
