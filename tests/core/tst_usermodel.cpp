// UserListModel against the simulator with a machine-to-machine OAuth token: every user with
// the role humanised (unknown roles as sent), the spaces counted and the creation date; a new
// load supersedes one still running; a static token's 403 arrives as loadFailed with the rows
// kept. SpaceCheckProxyModel, the space picker's check marks over the space tree, is checked
// here too. QAbstractItemModelTester watches every change.
#include "models/spacecheckproxymodel.h"
#include "models/spacetreemodel.h"
#include "models/usermodel.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Density;

class TestUserModel : public QObject {
    Q_OBJECT

    SimFixture m_sim;
    std::unique_ptr<OAuthTokenProvider> m_oauth;

private Q_SLOTS:
    void initTestCase() {
        m_oauth = std::make_unique<OAuthTokenProvider>(&m_sim.client, QStringLiteral("demo-client"),
                                                       QStringLiteral("demo-secret"));
        m_sim.client.setTokenProvider(m_oauth.get());
    }

    void loadsEveryUserReadably() {
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &UserListModel::loadingChanged);
        QSignalSpy failed(&model, &UserListModel::loadFailed);
        QSignalSpy succeeded(&model, &UserListModel::loadSucceeded);
        model.load(&m_sim.client);
        QVERIFY(model.isLoading());
        QVERIFY(succeeded.wait(15000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(loading.count(), 2);
        QVERIFY(model.isLoaded());
        QCOMPARE(model.columnCount(), int(UserListModel::ColumnCount));

        const auto direct =
            await<QList<User>>([this](auto done) { m_sim.client.users(nullptr, done); });
        QVERIFY(direct.ok());
        QCOMPARE(model.rowCount(), direct.value().size());
        QVERIFY(model.rowCount() > 2);
        bool sawOwner = false;
        bool sawRestricted = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const User &u = direct.value().at(row);
            QCOMPARE(model.index(row, 0).data(UserListModel::UserIdRole).toString(), u.id);
            QCOMPARE(model.index(row, UserListModel::NameColumn).data().toString(), u.fullName);
            QCOMPARE(model.index(row, UserListModel::EmailColumn).data().toString(), u.email);
            const QString role = model.index(row, UserListModel::RoleColumn).data().toString();
            QCOMPARE(model.index(row, 0).data(UserListModel::ApiRoleRole).toString(), u.role);
            QVERIFY2(!role.contains(QLatin1Char('_')), qPrintable(role)); // never "read_only"
            QVERIFY(role.at(0).isUpper());
            const QString spaces = model.index(row, UserListModel::SpacesColumn).data().toString();
            if (u.spaceIds.isEmpty()) {
                QCOMPARE(spaces, QStringLiteral("None listed"));
                QVERIFY(!model.index(row, UserListModel::SpacesColumn)
                             .data(Qt::ToolTipRole)
                             .toString()
                             .isEmpty());
            } else {
                // The count, in the plural form the installed translation gives it (the English
                // wording, "1 space" / "3 spaces", is checked in tst_useradmin).
                QCOMPARE(spaces,
                         QCoreApplication::translate("Density::UserListModel", "%n space(s)",
                                                     nullptr, int(u.spaceIds.size())));
                QVERIFY(spaces.contains(QString::number(u.spaceIds.size())));
                sawRestricted = true;
            }
            sawOwner |= u.role == QLatin1String("owner");
            QVERIFY(!model.index(row, UserListModel::CreatedColumn).data().toString().isEmpty());
            QVERIFY(model.index(row, UserListModel::CreatedColumn)
                        .data(UserListModel::SortRole)
                        .toDateTime()
                        .isValid());
            QCOMPARE(model.rowOf(u.id), row);
        }
        QVERIFY(sawOwner);
        QVERIFY(sawRestricted);
        QCOMPARE(model.rowOf(QStringLiteral("usr_nobody")), -1);
    }

    void rolesAreOpenStrings() {
        QCOMPARE(UserListModel::roleText(QStringLiteral("owner")), QStringLiteral("Owner"));
        QCOMPARE(UserListModel::roleText(QStringLiteral("admin")), QStringLiteral("Admin"));
        QCOMPARE(UserListModel::roleText(QStringLiteral("editor")), QStringLiteral("Editor"));
        QCOMPARE(UserListModel::roleText(QStringLiteral("read_only")), QStringLiteral("Read-only"));
        QCOMPARE(UserListModel::roleText(QStringLiteral("billing_admin")),
                 QStringLiteral("billing_admin"));
        QCOMPARE(UserListModel::roleValue(QStringLiteral("Read-only")),
                 QStringLiteral("read_only"));
        QCOMPARE(UserListModel::roleValue(QStringLiteral("ADMIN")), QStringLiteral("admin"));
        QCOMPARE(UserListModel::roleValue(QStringLiteral(" billing_admin ")),
                 QStringLiteral("billing_admin"));

        UserListModel model;
        User odd;
        odd.id = QStringLiteral("usr_1");
        odd.email = QStringLiteral("x@example.com");
        odd.role = QStringLiteral("auditor");
        odd.createdAt = QStringLiteral("not a date");
        model.setUsers({odd});
        QCOMPARE(model.index(0, UserListModel::RoleColumn).data().toString(),
                 QStringLiteral("auditor"));
        QCOMPARE(model.index(0, UserListModel::CreatedColumn).data().toString(),
                 QStringLiteral("not a date"));
        QCOMPARE(UserListModel::displayName(odd), QStringLiteral("x@example.com"));
    }

    void newLoadSupersedesRunningOne() {
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy succeeded(&model, &UserListModel::loadSucceeded);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.load(&m_sim.client);
        model.load(&m_sim.client);
        QVERIFY(succeeded.wait(15000));
        // Nothing of the first load is still on its way to deliver a second reset.
        QVERIFY(waitFor([this] { return m_sim.client.requestsInFlight() == 0; }));
        QCOMPARE(succeeded.count(), 1);
        QCOMPARE(reset.count(), 1);
        QVERIFY(model.rowCount() > 0);
    }

    void staticTokenFailsWithTheRowsKept() {
        UserListModel model;
        QSignalSpy succeeded(&model, &UserListModel::loadSucceeded);
        model.load(&m_sim.client);
        QVERIFY(succeeded.wait(15000));
        const int rows = model.rowCount();

        m_sim.client.setTokenProvider(&m_sim.staticToken);
        auto restore = qScopeGuard([this] { m_sim.client.setTokenProvider(m_oauth.get()); });
        QSignalSpy failed(&model, &UserListModel::loadFailed);
        model.load(&m_sim.client);
        QVERIFY(failed.wait(15000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.httpStatus(), 403);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(!model.isLoading());
    }

    void spaceChecksOverTheTree() {
        SpaceTreeModel tree;
        tree.load(&m_sim.client);
        QVERIFY(waitFor([&] { return !tree.isLoading(); }, 15000));
        QVERIFY(tree.spaceCount() > 0);
        SpaceCheckProxyModel checks(SpaceTreeModel::SpaceIdRole);
        QAbstractItemModelTester tester(&checks,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        checks.setSourceModel(&tree);
        const QModelIndex root = checks.index(0, 0);
        QVERIFY(checks.rowCount(root) > 0);
        const QModelIndex child = checks.index(0, 0, root);
        const QString rootId = root.data(SpaceTreeModel::SpaceIdRole).toString();
        const QString childId = child.data(SpaceTreeModel::SpaceIdRole).toString();
        QVERIFY(checks.flags(child) & Qt::ItemIsUserCheckable);
        QVERIFY(!(checks.flags(checks.index(0, 1)) & Qt::ItemIsUserCheckable));
        QCOMPARE(child.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        checks.setCheckedIds({QStringLiteral("spc_not_in_tree"), rootId});
        QCOMPARE(root.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(child.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked)); // independent

        QSignalSpy edited(&checks, &SpaceCheckProxyModel::checkedIdsEdited);
        QVERIFY(checks.setData(child, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(checks.checkedIds(),
                 (QStringList{QStringLiteral("spc_not_in_tree"), rootId, childId}));
        QVERIFY(checks.setData(root, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(checks.checkedIds(), (QStringList{QStringLiteral("spc_not_in_tree"), childId}));
        QCOMPARE(child.data(Qt::DisplayRole), tree.index(0, 0, tree.index(0, 0)).data());
    }
};

QTEST_MAIN(TestUserModel)
#include "tst_usermodel.moc"
