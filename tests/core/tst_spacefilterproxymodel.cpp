// SpaceFilterProxyModel: name, label and function matching (case- and accent-insensitive),
// ancestors of matches kept, children of a matched parent reachable; QAbstractItemModelTester
// watches every change.
#include "models/spacefilterproxymodel.h"
#include "models/spacetreemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Density;

namespace {

Space makeSpace(const QString &id, const QString &name, const QString &type,
                QStringList children = {}) {
    Space space;
    space.id = id;
    space.name = name;
    space.spaceType = type;
    space.childrenIds = std::move(children);
    return space;
}

Label makeLabel(const QString &name) {
    Label label;
    label.id = QStringLiteral("lbl_") + name;
    label.name = name;
    return label;
}

//! HQ campus > Tower building > Floor 1 (Café Lumière, Room Zürich, Desk 1) and Floor 2 (Desk 2).
QList<Space> portfolio() {
    Space cafe = makeSpace(QStringLiteral("s_cafe"), QStringLiteral("Café Lumière"),
                           QStringLiteral("space"));
    cafe.function = QStringLiteral("cafe");
    Space room =
        makeSpace(QStringLiteral("s_room"), QStringLiteral("Room Zürich"), QStringLiteral("space"));
    room.function = QStringLiteral("meeting_room");
    room.labels = {makeLabel(QStringLiteral("Video Conferencing")),
                   makeLabel(QStringLiteral("North Wing"))};
    Space desk1 =
        makeSpace(QStringLiteral("s_desk1"), QStringLiteral("Desk 1"), QStringLiteral("space"));
    desk1.function = QStringLiteral("desk");
    Space desk2 =
        makeSpace(QStringLiteral("s_desk2"), QStringLiteral("Desk 2"), QStringLiteral("space"));
    desk2.function = QStringLiteral("desk");
    desk2.labels = {makeLabel(QStringLiteral("North Wing"))};
    return {
        makeSpace(QStringLiteral("c"), QStringLiteral("HQ"), QStringLiteral("campus"),
                  {QStringLiteral("b")}),
        makeSpace(QStringLiteral("b"), QStringLiteral("Tower"), QStringLiteral("building"),
                  {QStringLiteral("f1"), QStringLiteral("f2")}),
        makeSpace(QStringLiteral("f1"), QStringLiteral("Floor 1"), QStringLiteral("floor"),
                  {QStringLiteral("s_cafe"), QStringLiteral("s_room"), QStringLiteral("s_desk1")}),
        makeSpace(QStringLiteral("f2"), QStringLiteral("Floor 2"), QStringLiteral("floor"),
                  {QStringLiteral("s_desk2")}),
        cafe,
        room,
        desk1,
        desk2};
}

//! Ids visible through the proxy, depth first.
QStringList visibleIds(const QAbstractItemModel &model, const QModelIndex &parent = {}) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        ids.append(index.data(SpaceTreeModel::SpaceIdRole).toString());
        ids.append(visibleIds(model, index));
    }
    return ids;
}

} // namespace

class TestSpaceFilterProxyModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyFilterShowsEverything() {
        SpaceTreeModel source;
        SpaceFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setSpaces(portfolio());
        QCOMPARE(visibleIds(proxy).size(), 8);
        proxy.setFilterText(QStringLiteral("   "));
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(visibleIds(proxy).size(), 8);
    }

    void matchesKeepAncestors_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("visible");
        const QStringList toFloor1{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("f1")};
        QTest::newRow("name, case-insensitive")
            << QStringLiteral("room zürich") << (toFloor1 + QStringList{QStringLiteral("s_room")});
        QTest::newRow("accent-insensitive")
            << QStringLiteral("zurich") << (toFloor1 + QStringList{QStringLiteral("s_room")});
        QTest::newRow("accented name, plain query")
            << QStringLiteral("cafe lumiere") << (toFloor1 + QStringList{QStringLiteral("s_cafe")});
        QTest::newRow("raw function")
            << QStringLiteral("meeting_room") << (toFloor1 + QStringList{QStringLiteral("s_room")});
        QTest::newRow("humanised function")
            << QStringLiteral("Meeting room") << (toFloor1 + QStringList{QStringLiteral("s_room")});
        QTest::newRow("label") << QStringLiteral("video conf")
                               << (toFloor1 + QStringList{QStringLiteral("s_room")});
        QTest::newRow("label on two floors")
            << QStringLiteral("north wing")
            << QStringList{QStringLiteral("c"),  QStringLiteral("b"),
                           QStringLiteral("f1"), QStringLiteral("s_room"),
                           QStringLiteral("f2"), QStringLiteral("s_desk2")};
        QTest::newRow("all words must match")
            << QStringLiteral("desk north")
            << QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("f2"),
                           QStringLiteral("s_desk2")};
        QTest::newRow("no match") << QStringLiteral("gymnasium") << QStringList{};
    }
    void matchesKeepAncestors() {
        QFETCH(QString, filter);
        QFETCH(QStringList, visible);
        SpaceTreeModel source;
        source.setSpaces(portfolio());
        SpaceFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.setFilterText(filter);
        QCOMPARE(visibleIds(proxy), visible);
    }

    void matchedParentKeepsItsChildren() {
        SpaceTreeModel source;
        source.setSpaces(portfolio());
        SpaceFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.setFilterText(QStringLiteral("floor 2"));
        QCOMPARE(visibleIds(proxy), (QStringList{QStringLiteral("c"), QStringLiteral("b"),
                                                 QStringLiteral("f2"), QStringLiteral("s_desk2")}));
        // Only the floor matches by itself; the desk is there because of its floor.
        QVERIFY(proxy.matchesDirectly(source.indexOf(QStringLiteral("f2"))));
        QVERIFY(!proxy.matchesDirectly(source.indexOf(QStringLiteral("s_desk2"))));
        QVERIFY(!proxy.matchesDirectly(source.indexOf(QStringLiteral("b"))));
    }

    void refilterAndResetUnderTester() {
        SpaceTreeModel source;
        SpaceFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setSpaces(portfolio());
        for (const QString &filter :
             {QStringLiteral("desk"), QStringLiteral("de"), QStringLiteral("desk 2"), QString(),
              QStringLiteral("tower"), QStringLiteral("café")}) {
            proxy.setFilterText(filter);
            QVERIFY(proxy.rowCount() <= 1);
        }
        // A reset with new names must not answer from the old cached text.
        QList<Space> renamed = portfolio();
        renamed[6].name = QStringLiteral("Phone Booth");
        proxy.setFilterText(QStringLiteral("booth"));
        QCOMPARE(visibleIds(proxy), QStringList{});
        source.setSpaces(renamed);
        QCOMPARE(visibleIds(proxy), (QStringList{QStringLiteral("c"), QStringLiteral("b"),
                                                 QStringLiteral("f1"), QStringLiteral("s_desk1")}));
    }

    void fold() {
        QCOMPARE(SpaceFilterProxyModel::fold(QStringLiteral("Café_Zürich-Nord")),
                 QStringLiteral("cafe zurich nord"));
        QCOMPARE(SpaceFilterProxyModel::fold(QStringLiteral("STRASSE")), QStringLiteral("strasse"));
    }

    void humanisedNames() {
        QCOMPARE(SpaceTreeModel::functionText(QStringLiteral("meeting_room")),
                 QStringLiteral("Meeting room"));
        QCOMPARE(SpaceTreeModel::functionText(QStringLiteral("quiet_pod")),
                 QStringLiteral("Quiet pod"));
        QCOMPARE(SpaceTreeModel::functionText(QString()), QString());
        QCOMPARE(SpaceTreeModel::countingModeText(QStringLiteral("oa")),
                 QStringLiteral("Open area"));
        QCOMPARE(SpaceTreeModel::spaceTypeText(QStringLiteral("building")),
                 QStringLiteral("Building"));
    }
};

QTEST_GUILESS_MAIN(TestSpaceFilterProxyModel)
#include "tst_spacefilterproxymodel.moc"
