// SpaceTreeModel: hierarchy from children_ids, robust against bad data, checked by
// QAbstractItemModelTester.
#include "models/spacetreemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Density;

namespace {

Space makeSpace(const QString &id, const QString &type, QStringList children = {}) {
    Space space;
    space.id = id;
    space.name = QStringLiteral("Name of ") + id;
    space.spaceType = type;
    space.childrenIds = std::move(children);
    return space;
}

} // namespace

class TestSpaceTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildsHierarchy() {
        SpaceTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Space room = makeSpace(QStringLiteral("spc_4"), QStringLiteral("space"));
        room.capacity = Nullable<qint64>::null();
        model.setSpaces({room,
                         makeSpace(QStringLiteral("spc_1"), QStringLiteral("campus"),
                                   {QStringLiteral("spc_2")}),
                         makeSpace(QStringLiteral("spc_2"), QStringLiteral("building"),
                                   {QStringLiteral("spc_3")}),
                         makeSpace(QStringLiteral("spc_3"), QStringLiteral("floor"),
                                   {QStringLiteral("spc_4"), QStringLiteral("spc_missing")})});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex campus = model.index(0, 0);
        QCOMPARE(campus.data(SpaceTreeModel::SpaceIdRole).toString(), QStringLiteral("spc_1"));
        const QModelIndex floor = model.indexOf(QStringLiteral("spc_3"));
        QCOMPARE(model.rowCount(floor), 1);
        const QModelIndex roomIndex = model.index(0, SpaceTreeModel::CapacityColumn, floor);
        QCOMPARE(roomIndex.data().toString(), QStringLiteral("not set"));
        QCOMPARE(model.parent(roomIndex), floor);
    }

    void cyclesAndDuplicateChildrenDoNotHideSpaces() {
        SpaceTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpaces(
            {makeSpace(QStringLiteral("a"), QStringLiteral("floor"), {QStringLiteral("b")}),
             makeSpace(QStringLiteral("b"), QStringLiteral("space"), {QStringLiteral("a")}),
             makeSpace(QStringLiteral("c"), QStringLiteral("floor"), {QStringLiteral("d")}),
             makeSpace(QStringLiteral("e"), QStringLiteral("floor"), {QStringLiteral("d")}),
             makeSpace(QStringLiteral("d"), QStringLiteral("space"))});
        int total = 0;
        QList<QModelIndex> pending{QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeLast();
            for (int row = 0; row < model.rowCount(parent); ++row) {
                ++total;
                pending.append(model.index(row, 0, parent));
            }
        }
        QCOMPARE(total, 5); // every space exactly once
    }
};

QTEST_GUILESS_MAIN(TestSpaceTreeModel)
#include "tst_spacetreemodel.moc"
