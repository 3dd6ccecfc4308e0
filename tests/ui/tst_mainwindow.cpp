// The main window against the in-process simulator, with the real client: the tree loads,
// filtering, the Overview page, the 8-space cap, settings restored on the next start, the
// welcome screen and its Connect check, command-line view and spaces, keyboard use, and a
// pseudo-translation twice as long as English.
#include "layoutcheck.h"
#include "mainwindowshell.h"
#include "testsettings.h"

#include "models/spacefilterproxymodel.h"
#include "models/spacetreemodel.h"
#include "ui/choicebutton.h"
#include "ui/connectdialog.h"
#include "ui/dashboardoptions.h"
#include "ui/errorbanner.h"
#include "ui/loadtimer.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/pagetabs.h"
#include "ui/progressbanner.h"
#include "ui/querybar.h"
#include "ui/sessionsettings.h"
#include "ui/spacedock.h"
#include "ui/statusarea.h"
#include "ui/welcomewidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>

using namespace Density;

namespace {

bool isRoom(const Space &space) {
    return space.spaceType == QLatin1String("space");
}

//! With DENSITY_SCREENSHOT_DIR set, keeps what the check saw, for a person to look at.
void saveShot(QWidget *window, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    TestSettings m_settings;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_mainwindow"))); }

    void init() { QSettings().clear(); }

    void welcomeWithoutSettings() {
        SimFixture sim;
        MainWindow window(&sim.client);
        bool ready = false;
        connect(&window, &MainWindow::ready, this, [&ready] { ready = true; });
        window.show();
        window.showWelcome();
        QVERIFY(window.isWelcomeShown());
        QVERIFY(waitFor([&ready] { return ready; }));
        QVERIFY(window.welcomeWidget()->isVisible());
        QVERIFY(!window.spaceDock()->isVisible());
        QVERIFY(!window.refreshAction()->isEnabled());
        QVERIFY(!window.pageAction(DashboardPage::Occupancy)->isEnabled());
        QCOMPARE(window.statusArea()->connectionText(), QStringLiteral("Not connected"));
        QCOMPARE(window.connection(), MainWindow::Connection::None);
    }

    void welcomeDemoChoiceStartsTheSimulator() {
        Shell shell;
        shell.window->show();
        shell.window->showWelcome();
        QVERIFY(shell.window->isWelcomeShown());
        QTest::mouseClick(shell.window->welcomeWidget()->demoButton(), Qt::LeftButton);
        QVERIFY(!shell.window->isWelcomeShown());
        QCOMPARE(shell.window->connection(), MainWindow::Connection::Demo);
        QVERIFY(waitFor([&] { return shell.window->spaceModel()->spaceCount() > 0; }));
        QVERIFY(shell.window->spaceDock()->isVisible());
    }

    void treeLoads() {
        Shell shell;
        QVERIFY(shell.start());
        SpaceTreeModel *model = shell.window->spaceModel();
        QVERIFY(model->spaceCount() > 400);
        QTreeView *view = shell.window->spaceDock()->view();
        QVERIFY(view->model()->rowCount() > 0);
        // Campuses and buildings open, floors closed.
        const QModelIndex campus = view->model()->index(0, 0);
        QCOMPARE(campus.data(SpaceTreeModel::SpaceTypeRole).toString(), QStringLiteral("campus"));
        QVERIFY(view->isExpanded(campus));
        const QModelIndex building = view->model()->index(0, 0, campus);
        QVERIFY(view->isExpanded(building));
        QVERIFY(!view->isExpanded(view->model()->index(0, 0, building)));
        // Type icons come from the embedded SVGs.
        for (const char *type : {"campus", "building", "floor", "space"})
            QVERIFY(QFile::exists(
                QStringLiteral(":/density/icons/space-%1.svg").arg(QLatin1String(type))));
        // Function humanised in the tree.
        const Space *room = shell.findSpace([](const Space &s) {
            return s.function.valueOr(QString()) == QLatin1String("meeting_room");
        });
        QVERIFY(room);
        QCOMPARE(model
                     ->index(model->indexOf(room->id).row(), SpaceTreeModel::FunctionColumn,
                             model->indexOf(room->id).parent())
                     .data()
                     .toString(),
                 QStringLiteral("Meeting room"));
        // Status bar: connection, last refresh, nothing in flight.
        QCOMPARE(shell.window->statusArea()->connectionText(),
                 QStringLiteral("Demo portfolio (simulated)"));
        QVERIFY(
            shell.window->statusArea()->lastRefreshText().startsWith(QStringLiteral("Refreshed ")));
        QVERIFY(waitFor([&] { return shell.sim.client.requestsInFlight() == 0; }));
        QCOMPARE(shell.window->statusArea()->requestsText(),
                 QStringLiteral("No requests in flight"));
        QVERIFY(shell.window->progressBanner()->isHidden());
        QVERIFY(shell.window->errorBanner()->isHidden());
        QVERIFY(shell.window->loadTimer()->readyMs() >= 0);
    }

    void filtering() {
        Shell shell;
        QVERIFY(shell.start());
        SpaceDock *dock = shell.window->spaceDock();
        const Space *labelled = shell.findSpace(
            [](const Space &s) { return isRoom(s) && !s.labels.isEmpty() && !s.name.isEmpty(); });
        QVERIFY(labelled);
        const QString id = labelled->id;

        // By name: the match and its ancestors are visible and expanded.
        dock->setFilterText(labelled->name);
        QTreeView *view = dock->view();
        const QModelIndex match =
            dock->proxy()->mapFromSource(shell.window->spaceModel()->indexOf(id));
        QVERIFY(match.isValid());
        for (QModelIndex up = match.parent(); up.isValid(); up = up.parent())
            QVERIFY2(view->isExpanded(up), qPrintable(up.data().toString()));
        QVERIFY(dock->proxy()->rowCount() >= 1);

        // By label, in another case: every direct match has that label (or the word in its
        // name or function).
        const QString label = labelled->labels.first().name;
        dock->setFilterText(label.toUpper());
        QVERIFY(dock->proxy()->mapFromSource(shell.window->spaceModel()->indexOf(id)).isValid());

        // By humanised function.
        dock->setFilterText(QStringLiteral("phone booth"));
        const Space *booth = shell.findSpace([](const Space &s) {
            return s.function.valueOr(QString()) == QLatin1String("phone_booth");
        });
        QVERIFY(booth);
        QVERIFY(
            dock->proxy()->mapFromSource(shell.window->spaceModel()->indexOf(booth->id)).isValid());
        const QModelIndex hidden =
            dock->proxy()->mapFromSource(shell.window->spaceModel()->indexOf(id));
        QVERIFY2(!hidden.isValid() || labelled->name.contains(QStringLiteral("Phone")),
                 "a meeting room stays visible under a phone booth filter");

        // Typing filters after a pause, through the same path.
        dock->filterEdit()->clear();
        QTest::keyClicks(dock->filterEdit(), QStringLiteral("zzzz-nothing"));
        QVERIFY(waitFor([&] { return dock->proxy()->rowCount() == 0; }));
        dock->filterEdit()->clear();
        QVERIFY(waitFor([&] { return dock->proxy()->rowCount() > 0; }));
    }

    void selectingUpdatesOverview() {
        Shell shell;
        QVERIFY(shell.start());
        OverviewPage *overview = shell.overview();
        QVERIFY(overview);
        QVERIFY(overview->emptyText().contains(QStringLiteral("Select a space")));

        const Space *unset =
            shell.findSpace([](const Space &s) { return isRoom(s) && s.capacity.isNull(); });
        QVERIFY(unset);
        // Select as the user does: a click on the row in the tree.
        SpaceDock *dock = shell.window->spaceDock();
        const QModelIndex row =
            dock->proxy()->mapFromSource(shell.window->spaceModel()->indexOf(unset->id));
        dock->view()->scrollTo(row);
        QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {},
                          dock->view()->visualRect(row).center());
        QCOMPARE(dock->selectedIds(), QStringList{unset->id});
        QCOMPARE(overview->cardCount(), 1);
        QCOMPARE(overview->titleText(0), unset->name);
        QVERIFY(overview->valueText(0, OverviewPage::Field::Capacity)
                    .contains(QStringLiteral("no capacity set"), Qt::CaseInsensitive));
        QCOMPARE(overview->valueText(0, OverviewPage::Field::TimeZone), unset->timeZone);
        const QString location = overview->valueText(0, OverviewPage::Field::Location);
        const QStringList path = shell.window->spaceModel()->ancestorNames(unset->id);
        QVERIFY(!path.isEmpty());
        QVERIFY2(location.contains(path.first()) && location.contains(path.last()),
                 qPrintable(location));

        // Capacity 0 is also "no capacity set", and says it is 0.
        const Space *zero = shell.findSpace([](const Space &s) {
            return isRoom(s) && s.capacity.hasValue() && s.capacity.value() == 0;
        });
        QVERIFY(zero);
        dock->selectSpaces({zero->id});
        QVERIFY(overview->valueText(0, OverviewPage::Field::Capacity)
                    .contains(QStringLiteral("no capacity set"), Qt::CaseInsensitive));
        QVERIFY(overview->valueText(0, OverviewPage::Field::Capacity).contains(QLatin1Char('0')));

        // A configured capacity is a plain number; function and labels are humanised.
        const Space *room = shell.findSpace([](const Space &s) {
            return isRoom(s) && s.hasUsableCapacity() && !s.labels.isEmpty() &&
                   s.function.hasValue();
        });
        QVERIFY(room);
        dock->selectSpaces({room->id, zero->id});
        QCOMPARE(overview->cardCount(), 2);
        QCOMPARE(overview->valueText(0, OverviewPage::Field::Capacity),
                 QString::number(room->capacity.value()));
        QCOMPARE(overview->valueText(0, OverviewPage::Field::Function),
                 SpaceTreeModel::functionText(room->function.value()));
        QVERIFY(overview->valueText(0, OverviewPage::Field::Labels)
                    .contains(room->labels.first().name));
        QCOMPARE(overview->titleText(1), zero->name);
    }

    void multiSelectLimit() {
        Shell shell;
        QVERIFY(shell.start());
        SpaceDock *dock = shell.window->spaceDock();
        // Ten rooms of one floor, selected in one gesture (as Shift+click would).
        const Space *floor = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("floor") && s.childrenIds.size() >= 10;
        });
        QVERIFY(floor);
        const QModelIndex floorIndex =
            dock->proxy()->mapFromSource(shell.window->spaceModel()->indexOf(floor->id));
        dock->view()->expand(floorIndex);
        QItemSelection ten(dock->proxy()->index(0, 0, floorIndex),
                           dock->proxy()->index(9, 0, floorIndex));
        dock->view()->selectionModel()->select(ten, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        QCOMPARE(dock->selectedIds().size(), SpaceDock::MaxSelection);
        QCOMPARE(dock->view()->selectionModel()->selectedRows().size(), SpaceDock::MaxSelection);
        QVERIFY2(dock->noticeText().contains(QStringLiteral("up to 8")),
                 qPrintable(dock->noticeText()));
        QVERIFY(dock->noticeText().contains(QStringLiteral("2 more")));
        QCOMPARE(shell.overview()->cardCount(), SpaceDock::MaxSelection);
        // Kept in selection order: the first eight rows.
        QCOMPARE(dock->selectedIds().first(),
                 dock->proxy()->index(0, 0, floorIndex).data(SpaceTreeModel::SpaceIdRole));

        // Deselecting one makes room; the notice goes.
        dock->view()->selectionModel()->select(dock->proxy()->index(0, 0, floorIndex),
                                               QItemSelectionModel::Deselect |
                                                   QItemSelectionModel::Rows);
        QCOMPARE(dock->selectedIds().size(), SpaceDock::MaxSelection - 1);
        QVERIFY(dock->noticeText().isEmpty());

        // More than 8 ids asked for (command line, settings): the first 8, with a note.
        QStringList ids;
        for (int row = 0; row < 10; ++row)
            ids.append(dock->proxy()
                           ->index(row, 0, floorIndex)
                           .data(SpaceTreeModel::SpaceIdRole)
                           .toString());
        dock->selectSpaces(ids);
        QCOMPARE(dock->selectedIds(), ids.mid(0, 8));
        QVERIFY(!dock->noticeText().isEmpty());
    }

    void selectionSurvivesFilterWhileAdding() {
        Shell shell;
        QVERIFY(shell.start());
        SpaceDock *dock = shell.window->spaceDock();
        const Space *first = shell.findSpace(isRoom);
        QVERIFY(first);
        dock->selectSpaces({first->id});
        // Filtering away the selected space keeps it selected.
        dock->setFilterText(QStringLiteral("zzzz-nothing"));
        QCOMPARE(dock->selectedIds(), QStringList{first->id});
        dock->setFilterText(QString());
        QCOMPARE(dock->view()->selectionModel()->selectedRows().size(), 1);
    }

    void settingsRoundTrip() {
        QStringList ids;
        QByteArray geometry;
        {
            Shell shell;
            QVERIFY(shell.start());
            const Space *a = shell.findSpace(isRoom);
            const Space *b =
                shell.findSpace([a](const Space &s) { return isRoom(s) && s.id != a->id; });
            ids = {b->id, a->id};
            shell.window->spaceDock()->selectSpaces(ids);
            shell.window->pageAction(DashboardPage::Utilization)->trigger();
            QCOMPARE(shell.window->pageTabs()->currentPage(), DashboardPage::Utilization);
            shell.window->resize(1111, 777);
            geometry = shell.window->saveGeometry();
            shell.window->close();
        }
        QCOMPARE(SessionSettings::selection(QStringLiteral("demo")), ids);
        QCOMPARE(SessionSettings::page(), std::optional(DashboardPage::Utilization));
        {
            Shell shell;
            QCOMPARE(shell.window->size(), QSize(1111, 777));
            QVERIFY(shell.start());
            QCOMPARE(shell.window->spaceDock()->selectedIds(), ids);
            QCOMPARE(shell.window->pageTabs()->currentPage(), DashboardPage::Utilization);
            QVERIFY(shell.window->pageAction(DashboardPage::Utilization)->isChecked());
            // Refresh keeps the selection.
            bool reset = false;
            connect(shell.window->spaceModel(), &SpaceTreeModel::modelReset, this,
                    [&reset] { reset = true; });
            shell.window->refreshAction()->trigger();
            QVERIFY(waitFor([&reset] { return reset; }));
            QCOMPARE(shell.window->spaceDock()->selectedIds(), ids);
        }
        // Nothing like a token in the settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("tok_"));
    }

    void commandLineParsing() {
        const auto parse = [](QStringList args) {
            args.prepend(QStringLiteral("density-dashboard"));
            return DashboardOptions::parse(args);
        };
        DashboardOptions options = parse(
            {QStringLiteral("--demo"), QStringLiteral("--view"), QStringLiteral("time-used"),
             QStringLiteral("--space"), QStringLiteral("spc_1,spc_2"), QStringLiteral("--space"),
             QStringLiteral("spc_3"), QStringLiteral("--space"), QStringLiteral("spc_1")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QVERIFY(options.demo);
        QCOMPARE(options.view, std::optional(DashboardPage::TimeUsed));
        QCOMPARE(options.spaceIds, (QStringList{QStringLiteral("spc_1"), QStringLiteral("spc_2"),
                                                QStringLiteral("spc_3")}));

        for (const QString &name : dashboardPageNames())
            QCOMPARE(dashboardPageName(*parse({QStringLiteral("--view"), name}).view), name);
        for (const char *name : {"health", "completeness", "live", "anomalies"})
            QVERIFY(parse({QStringLiteral("--view"), QString::fromLatin1(name)}).view);
        QVERIFY(parse({QStringLiteral("--set-kiosk-pin")}).setKioskPin);
        QVERIFY(!parse({}).setKioskPin);
        QCOMPARE(parse({QStringLiteral("--demo-faults"), QStringLiteral("ghost-time")}).demoFaults,
                 QStringLiteral("ghost-time"));
        QVERIFY(parse({QStringLiteral("--view"), QStringLiteral("charts")})
                    .error.contains(QStringLiteral("time-used")));
        QVERIFY(!parse({QStringLiteral("--demo-spaces"), QStringLiteral("x")}).error.isEmpty());
        QCOMPARE(parse({QStringLiteral("--demo-spaces"), QStringLiteral("50000")}).demoSpaces,
                 50000);
        QVERIFY(!parse({QStringLiteral("--quit-after"), QStringLiteral("-1")}).error.isEmpty());
        QVERIFY(!parse({QStringLiteral("--bogus")}).error.isEmpty());
        QCOMPARE(parse({QStringLiteral("--locale"), QStringLiteral("ja")}).locale,
                 QStringLiteral("ja"));
        QVERIFY(parse({QStringLiteral("--locale"), QStringLiteral("xx-nonsense")})
                    .error.contains(QStringLiteral("--locale")));
        QCOMPARE(
            parse({QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png")}).screenshotPath,
            QStringLiteral("/tmp/x.png"));
        QVERIFY(parse({QStringLiteral("--help")}).helpRequested);
        // The hidden option stays out of the help text.
        QVERIFY(!parse({}).helpText.contains(QStringLiteral("demo-spaces")));
        QVERIFY(parse({}).helpText.contains(QStringLiteral("--screenshot")));
    }

    void commandLineViewAndSpaces() {
        Shell shell;
        // The settings say Occupancy and nothing selected; the command line wins.
        SessionSettings::setPage(DashboardPage::Occupancy);
        shell.window->setInitialView(DashboardPage::Patterns,
                                     {QStringLiteral("spc_unknown"), QStringLiteral("later")});
        // Ids are only known after the load; resolve them through a first shell.
        QVERIFY(shell.start());
        QCOMPARE(shell.window->pageTabs()->currentPage(), DashboardPage::Patterns);
        QVERIFY(shell.window->spaceDock()->selectedIds().isEmpty());
        QVERIFY(shell.window->errorBanner()->message().contains(QStringLiteral("spc_unknown")));

        const Space *room = shell.findSpace(isRoom);
        Shell second;
        second.window->setInitialView(DashboardPage::Overview, {room->id});
        QVERIFY(second.start());
        QCOMPARE(second.window->pageTabs()->currentPage(), DashboardPage::Overview);
        QCOMPARE(second.window->spaceDock()->selectedIds(), QStringList{room->id});
        QCOMPARE(second.overview()->titleText(0), room->name);
    }

    void connectDialogChecksAgainstTheSimulator() {
        SimFixture sim;
        MainWindow window(&sim.client);
        window.show();
        window.showWelcome();
        ConnectDialog *dialog = nullptr;
        connect(&window, &MainWindow::connectDialogOpened, this,
                [&dialog](ConnectDialog *opened) { dialog = opened; });
        QTest::mouseClick(window.welcomeWidget()->connectButton(), Qt::LeftButton);
        QVERIFY(dialog);
        QCOMPARE(dialog->tokenEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog->urlEdit()->text(), QStringLiteral("https://api.density.io"));

        std::optional<bool> outcome;
        connect(dialog, &ConnectDialog::checked, this, [&outcome](bool ok) { outcome = ok; });
        const auto test = [&](const QString &url, const QString &token) {
            outcome.reset();
            dialog->urlEdit()->setText(url);
            dialog->tokenEdit()->setText(token);
            QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
            return waitFor([&outcome] { return outcome.has_value(); }) && *outcome;
        };
        const QString base = sim.server->baseUrl().toString();

        QVERIFY(!test(base, QStringLiteral("tok_wrong")));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("(401)")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!test(QStringLiteral("http://example.com"), QStringLiteral("tok_demo")));
        QVERIFY(dialog->statusText().contains(QStringLiteral("http://")));
        QVERIFY(!test(base, QString()));
        QVERIFY(dialog->statusText().contains(QStringLiteral("token")));
        QVERIFY(test(base, QStringLiteral("tok_demo")));
        QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Connected")),
                 qPrintable(dialog->statusText()));
        saveShot(dialog, QStringLiteral("connect-dialog"));

        // Connect: the window switches to the account and loads its spaces.
        bool ready = false;
        connect(&window, &MainWindow::ready, this, [&ready] { ready = true; });
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        QVERIFY(waitFor([&ready] { return ready; }, 15000));
        QCOMPARE(window.connection(), MainWindow::Connection::Account);
        QVERIFY(!window.isWelcomeShown());
        QVERIFY(window.spaceModel()->spaceCount() > 0);
        QCOMPARE(window.statusArea()->connectionText(), QStringLiteral("127.0.0.1"));
        // The base URL is remembered; the token is not, anywhere in the settings.
        QCOMPARE(SessionSettings::baseUrl(), sim.server->baseUrl());
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("tok_")),
                     qPrintable(key));
    }

    void loadErrorShowsBannerAndRetry() {
        Shell shell({}, QStringLiteral("tok_revoked"));
        QVERIFY(shell.start());
        ErrorBanner *banner = shell.window->errorBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(QStringLiteral("(401)")),
                 qPrintable(banner->message()));
        QVERIFY(banner->retryButton()->isVisible());
        // Nothing modal: the window still takes input.
        QVERIFY(!QApplication::activeModalWidget());
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QVERIFY(waitFor([&] { return banner->isVisible(); }));
        QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
        QVERIFY(banner->isHidden());
    }

    void supersededLoadResetsOnce() {
        Shell shell;
        QVERIFY(shell.start());
        int resets = 0;
        connect(shell.window->spaceModel(), &SpaceTreeModel::modelReset, this,
                [&resets] { ++resets; });
        shell.window->reload();
        shell.window->reload(); // the first is aborted (or its decode dropped)
        QVERIFY(waitFor([&] { return resets > 0 && !shell.window->spaceModel()->isLoading(); }));
        QTest::qWait(100);
        QCOMPARE(resets, 1);
        QVERIFY(shell.window->progressBanner()->isHidden());
    }

    void cancelAbortsTheLoad() {
        Sim::SimOptions options;
        options.faults.latencyMs = 3000;
        Shell shell(options);
        shell.window->show();
        QVERIFY(shell.window->startDemo());
        ProgressBanner *progress = shell.window->progressBanner();
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->text(), QStringLiteral("Loading spaces…"));
        QVERIFY(waitFor([&] { return shell.sim.client.requestsInFlight() == 1; }));
        QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
        QVERIFY(progress->isHidden());
        QCOMPARE(shell.sim.client.requestsInFlight(), 0);
        QCOMPARE(shell.window->spaceModel()->spaceCount(), 0);
        QVERIFY(shell.window->errorBanner()->isHidden());
    }

    void keyboard() {
        Shell shell;
        QVERIFY(shell.start());
        MainWindow *window = shell.window.get();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        // Ctrl+1..5 pick the pages.
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->pageTabs()->currentPage(), DashboardPage::Utilization);
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->pageTabs()->currentPage(), DashboardPage::Overview);
        QCOMPARE(window->refreshAction()->shortcuts(),
                 QKeySequence::keyBindings(QKeySequence::Refresh));
        // Ctrl+F goes to the filter; Tab moves on to the tree, then to the page tabs.
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window->spaceDock()->filterEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window->spaceDock()->view());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window->pageTabs()->tabBar());
    }

    void queryBarOnChartPages() {
        Shell shell;
        QVERIFY(shell.start());
        const Space *room = shell.findSpace(isRoom);
        shell.window->spaceDock()->selectSpaces({room->id});
        PageTabs *tabs = shell.window->pageTabs();
        QueryBar *bar = tabs->queryBar();
        QVERIFY(!bar->isVisible()); // Overview has no query
        tabs->setCurrentPage(DashboardPage::Occupancy);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->operatingHoursSummary().contains(room->timeZone),
                 qPrintable(bar->operatingHoursSummary()));
        QVERIFY(bar->operatingHoursSummary().contains(QStringLiteral("the space's time zone")));
        int changes = 0;
        connect(bar, &QueryBar::queryChanged, this, [&changes] { ++changes; });
        bar->presetCombo()->setCurrentIndex(
            bar->presetCombo()->findData(int(DateRangePreset::Yesterday)));
        QCOMPARE(changes, 1);
        QCOMPARE(tabs->queryBar()->selection().preset, DateRangePreset::Yesterday);
    }

    void pseudoTranslationFits() {
        PseudoTranslator translator({/*keepTimeBasis=*/true, false});
        QCoreApplication::installTranslator(&translator);
        auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        Shell shell;
        shell.window->resize(1280, 800);
        QVERIFY(shell.start());
        QCOMPARE(shell.window->windowTitle().count(QStringLiteral("Density Dashboard")), 2);
        const Space *room =
            shell.findSpace([](const Space &s) { return isRoom(s) && !s.labels.isEmpty(); });
        shell.window->spaceDock()->selectSpaces({room->id});
        QTest::qWait(50);
        QStringList clipped = clippedLabels(shell.window.get());
        saveShot(shell.window.get(), QStringLiteral("pseudo-overview"));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        QVERIFY(shell.window->spaceDock()->view()->columnWidth(SpaceTreeModel::NameColumn) >= 120);
        // A laptop screen still holds the window.
        QVERIFY2(shell.window->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(shell.window->minimumSizeHint().width())));
        for (int page = 1; page < DashboardPageCount; ++page) {
            shell.window->pageTabs()->setCurrentPage(DashboardPage(page));
            QTest::qWait(20);
            clipped = clippedLabels(shell.window.get());
            saveShot(shell.window.get(),
                     QStringLiteral("pseudo-%1").arg(dashboardPageName(DashboardPage(page))));
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
            // Long query-bar texts wrap; they must not squeeze the tree out of the window.
            QVERIFY2(shell.window->spaceDock()->width() >= 300,
                     qPrintable(QString::number(shell.window->spaceDock()->width())));
            QVERIFY(shell.window->spaceDock()->view()->columnWidth(SpaceTreeModel::NameColumn) >=
                    120);
        }
        shell.window->showWelcome();
        QTest::qWait(20);
        clipped = clippedLabels(shell.window.get());
        saveShot(shell.window.get(), QStringLiteral("pseudo-welcome"));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
