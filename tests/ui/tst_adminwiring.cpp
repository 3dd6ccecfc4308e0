// The admin side wired into the main window, against the in-process simulator: the Admin menu
// follows the connection and the selection, F2 opens one edit window per space with its
// Details and Labels tabs (recording into the activity log), a label applied there reloads
// the space tree, Users works on the demo's OAuth connection, and a new connection closes the
// old one's windows.
#include "../core/simfixture.h"
#include "testsettings.h"

#include "admin/activitylog.h"
#include "models/spacetreemodel.h"
#include "models/usermodel.h"
#include "ui/admincontroller.h"
#include "ui/adminwindow.h"
#include "ui/mainwindow.h"
#include "ui/spacedock.h"
#include "ui/spaceeditdialog.h"
#include "ui/spaceeditform.h"
#include "ui/spacelabelsform.h"
#include "ui/useradminwidget.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace Density;

namespace {

struct Shell {
    Shell()
        : window(std::make_unique<MainWindow>(&sim.client)) {
        window->setDemoStarter([this] {
            MainWindow::DemoServer demo{sim.server->baseUrl(), QStringLiteral("tok_demo"), {}};
            demo.clientId = QStringLiteral("demo-client");
            demo.clientSecret = QStringLiteral("demo-secret");
            return demo;
        });
    }

    bool start() {
        bool ready = false;
        QObject::connect(window.get(), &MainWindow::ready, [&ready] { ready = true; });
        window->show();
        return window->startDemo() && waitFor([&ready] { return ready; }, 15000);
    }

    QString firstRoom() const {
        const SpaceTreeModel *model = window->spaceModel();
        QList<QModelIndex> pending{QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (const Space *space = model->space(index);
                    space && space->spaceType == QLatin1String("space"))
                    return space->id;
                pending.append(index);
            }
        }
        return {};
    }

    SimFixture sim; // first: destroyed after the window
    std::unique_ptr<MainWindow> window;
};

QAction *menuAction(QMenuBar *bar, const QString &menu, const QString &text) {
    for (QAction *top : bar->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menu || !top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(text))
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestAdminWiring : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the activity log goes to a test folder
        QVERIFY(m_settings.isolate(QStringLiteral("tst_adminwiring")));
        QFile::remove(ActivityLog::defaultPath());
    }

    void menuFollowsConnectionAndSelection() {
        Shell shell;
        QMenuBar *bar = shell.window->menuBar();
        QAction *edit = menuAction(bar, QStringLiteral("Admin"), QStringLiteral("Edit Space"));
        QAction *labels = menuAction(bar, QStringLiteral("Admin"), QStringLiteral("Labels"));
        QAction *users = menuAction(bar, QStringLiteral("Admin"), QStringLiteral("Users"));
        QAction *log = menuAction(bar, QStringLiteral("Admin"), QStringLiteral("Activity Log"));
        QVERIFY(edit && labels && users && log);
        QVERIFY(!edit->isEnabled());
        QVERIFY(log->isEnabled()); // the local log needs no connection
        QVERIFY(shell.start());
        QVERIFY(labels->isEnabled() && users->isEnabled());
        QVERIFY(!edit->isEnabled()); // nothing selected yet
        shell.window->spaceDock()->selectSpaces({shell.firstRoom()});
        QVERIFY(edit->isEnabled());
        QCOMPARE(edit->shortcut(), QKeySequence(Qt::Key_F2));
    }

    void editSpaceOpensOneWindowWithDetailsAndLabels() {
        Shell shell;
        QVERIFY(shell.start());
        const QString room = shell.firstRoom();
        shell.window->spaceDock()->selectSpaces({room});
        shell.window->admin()->editSpaceAction()->trigger();
        SpaceEditDialog *dialog = shell.window->admin()->editSpace(room); // raises the same one
        QCOMPARE(shell.window->findChildren<SpaceEditDialog *>().size(), 1);
        QCOMPARE(dialog->tabs()->count(), 2);
        QCOMPARE(dialog->forms().size(), 2);
        auto *labels = qobject_cast<SpaceLabelsForm *>(dialog->tabs()->widget(1));
        QVERIFY(labels);
        QTRY_COMPARE(labels->state(), AdminForm::State::Ready);
        QTRY_COMPARE(dialog->form()->state(), AdminForm::State::Ready);

        // A capacity change applied from the window reaches the server, the activity log and,
        // through a reload, the space tree.
        QLineEdit *capacity = dialog->form()->capacityEdit();
        capacity->clear();
        QTest::keyClicks(capacity, QStringLiteral("42"));
        QSignalSpy reloaded(shell.window->spaceModel(), &QAbstractItemModel::modelReset);
        QVERIFY(dialog->form()->submit());
        QTRY_VERIFY(reloaded.count() > 0);
        QTRY_COMPARE(shell.window->spaceModel()->spaceById(room)->capacity.value(), qint64(42));
        const QList<ActivityEntry> entries = shell.window->admin()->activityLog()->entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().outcome, ActivityEntry::Outcome::Applied);
        QVERIFY(entries.last().connection.contains(QStringLiteral("Demo portfolio")));
        if (const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog->grab().save(dir + QStringLiteral("/admin-space-details.png"));
            dialog->tabs()->setCurrentIndex(1);
            QTest::qWait(100);
            dialog->grab().save(dir + QStringLiteral("/admin-space-labels.png"));
        }
    }

    void usersWorkOnTheDemosOAuthConnection() {
        Shell shell;
        QVERIFY(shell.start());
        AdminWindow *admin = shell.window->admin()->showAdministration(AdminWindow::Tab::Users);
        QCOMPARE(admin->currentTab(), AdminWindow::Tab::Users);
        QTRY_VERIFY(admin->users()->model()->rowCount() > 0);
        QVERIFY(!admin->users()->isExplainingToken());
        // With DENSITY_SCREENSHOT_DIR set, each tab as a person sees it.
        if (const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            admin->users()->table()->selectRow(0);
            for (const auto &[tab, name] : {std::pair{AdminWindow::Tab::Users, "users"},
                                            std::pair{AdminWindow::Tab::Labels, "labels"},
                                            std::pair{AdminWindow::Tab::ActivityLog, "log"}}) {
                admin->showTab(tab);
                QTest::qWait(200);
                admin->grab().save(dir + QStringLiteral("/admin-%1.png").arg(QLatin1String(name)));
            }
        }
    }

    void newConnectionClosesTheOldWindows() {
        Shell shell;
        QVERIFY(shell.start());
        const QString room = shell.firstRoom();
        QPointer<SpaceEditDialog> dialog = shell.window->admin()->editSpace(room);
        QPointer<AdminWindow> admin =
            shell.window->admin()->showAdministration(AdminWindow::Tab::Labels);
        shell.window->admin()->setConnection(QStringLiteral("Another organization"));
        QVERIFY(dialog.isNull());
        QVERIFY(admin.isNull());
    }

private:
    TestSettings m_settings;
};

QTEST_MAIN(TestAdminWiring)
#include "tst_adminwiring.moc"
