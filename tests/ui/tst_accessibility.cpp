// Accessibility, checked on the real windows against the in-process simulator: every control
// has an accessible name (dashboard pages, Settings, Connect, Administration, the space edit
// window, the wall screen), the main flows work from the keyboard alone (select a space,
// change the date range, export), colour states are also words or icons, and text and state
// colours meet WCAG AA contrast in the light, dark and wall themes.
#include "kioskrig.h"
#include "mainwindowshell.h"
#include "testsettings.h"

#include "analytics/metricrules.h"
#include "api/proxysettings.h"
#include "models/anomalymodel.h"
#include "models/datacompletenessmodel.h"
#include "models/livepresencemodel.h"
#include "models/sensorhealthmodel.h"
#include "models/spacefilterproxymodel.h"
#include "ui/admincontroller.h"
#include "ui/adminwindow.h"
#include "ui/anomalypage.h"
#include "ui/appsettings.h"
#include "ui/apptheme.h"
#include "ui/connectdialog.h"
#include "ui/datacompletenesspage.h"
#include "ui/exportcontroller.h"
#include "ui/kiosk/kioskapp.h"
#include "ui/kiosk/kioskcontroller.h"
#include "ui/kiosk/kioskfloorview.h"
#include "ui/kiosk/kiosksettingssection.h"
#include "ui/kiosk/kioskshell.h"
#include "ui/kiosk/kioskspacegrid.h"
#include "ui/liveavailabilitydelegate.h"
#include "ui/livepage.h"
#include "ui/metricchartpage.h"
#include "ui/querybar.h"
#include "ui/sensorhealthpage.h"
#include "ui/settingsdialog.h"
#include "ui/spacedock.h"
#include "ui/spaceeditdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeView>

using namespace Density;

namespace {

//! "QLineEdit filter in Density::SpaceDock": enough to find the widget in the code.
QString describe(const QWidget *widget) {
    const auto one = [](const QObject *object) {
        QString text = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            text += QLatin1Char(' ') + object->objectName();
        return text;
    };
    QString text = one(widget);
    // The nearest ancestor with a name of its own (or our own class) says where it is.
    for (const QObject *parent = widget->parent(); parent; parent = parent->parent()) {
        const QString cls = QString::fromLatin1(parent->metaObject()->className());
        const bool qtInternal = parent->objectName().startsWith(QLatin1String("qt_"));
        if ((!parent->objectName().isEmpty() && !qtInternal) ||
            cls.startsWith(QLatin1String("Density::"))) {
            text += QLatin1String(" in ") + one(parent);
            break;
        }
    }
    return text;
}

QString accessibleName(QWidget *widget) {
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

//! A visible label that names \a widget (its buddy), or an explicit accessible name. On Linux
//! Qt reports a combo box's current text as its name, so the name alone proves nothing there.
bool hasLabel(QWidget *widget) {
    if (!widget->accessibleName().trimmed().isEmpty())
        return true;
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
                       [widget](QLabel *label) { return label->buddy() == widget; });
}

//! Widgets drawn by our own code: their accessible name (and description) are all there is.
bool isCustomPainted(const QWidget *widget) {
    static const char *const classes[] = {"Density::HeatmapWidget", "Density::HealthTimelineWidget",
                                          "Density::KioskSpaceGrid", "Density::MetricChartView"};
    return std::any_of(std::begin(classes), std::end(classes), [widget](const char *cls) {
        return qstrcmp(widget->metaObject()->className(), cls) == 0;
    });
}

//! Parts of a composite control that the control itself names (a spin box's line edit, the
//! scroll buttons of a tab bar), and what hides behind a focus proxy.
bool isInternalPart(const QWidget *widget) {
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent))
        return true;
    if (qobject_cast<const QHeaderView *>(widget))
        return true; // part of its table, named with it
    if (qobject_cast<const QTabBar *>(parent))
        return true; // scroll buttons: Qt names them ("Scroll Left")
    return widget->focusProxy() != nullptr;
}

//! Every visible keyboard-reachable widget under \a root, every item view, chart and custom-
//! painted widget, without an accessible name: "Class objectName in Parent".
QStringList unnamedWidgets(QWidget *root) {
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || isInternalPart(widget))
            continue;
        const bool view =
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QGraphicsView *>(widget);
        const bool custom = isCustomPainted(widget);
        if (!(widget->focusPolicy() & Qt::TabFocus) && !view && !custom)
            continue;
        if (accessibleName(widget).isEmpty())
            problems.append(describe(widget));
        else if (qobject_cast<QComboBox *>(widget) && !hasLabel(widget))
            problems.append(describe(widget) + QLatin1String(" (combo box without a label)"));
        else if (custom && widget->accessibleDescription().trimmed().isEmpty())
            problems.append(describe(widget) + QLatin1String(" (no description)"));
    }
    return problems;
}

#define VERIFY_NAMED_AT(root, where)                                                               \
    do {                                                                                           \
        QStringList problems_ = unnamedWidgets(root);                                              \
        QVERIFY2(problems_.isEmpty(),                                                              \
                 qPrintable(QString(where) + QLatin1String(": no accessible name: ") +             \
                            problems_.join(QLatin1String("; "))));                                 \
    } while (false)
#define VERIFY_NAMED(root) VERIFY_NAMED_AT(root, QString::fromLatin1(#root))

bool isFloor(const Space &space) {
    return space.spaceType == QLatin1String("floor");
}

bool isRoom(const Space &space) {
    return space.spaceType == QLatin1String("space");
}

//! Waits until the current page finished (or failed) loading, then lets it lay out. Pages
//! without a query (Overview, Live) never say so: the timeout is their wait.
void waitForPage(PageTabs *tabs, int timeoutMs = 4000) {
    bool done = false;
    const auto a = QObject::connect(tabs, &PageTabs::finished, [&done] { done = true; });
    const auto b = QObject::connect(tabs, &PageTabs::failed, [&done] { done = true; });
    waitFor([&done] { return done; }, timeoutMs);
    QObject::disconnect(a);
    QObject::disconnect(b);
    QTest::qWait(30);
}

//! Selects a room with keys only: Ctrl+F, its name typed into the filter, Tab to the tree and
//! End to the last row shown (a match: the filter shows matches under their ancestors).
//! Returns the selected room, or null.
const Space *selectRoomByKeyboard(Shell &shell) {
    MainWindow *window = shell.window.get();
    const Space *room = shell.findSpace(isRoom);
    if (!room)
        return nullptr;
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), room->name);
    QTreeView *tree = window->spaceDock()->view();
    // The filter applies after a short pause; then only the matches' branches are left.
    if (!waitFor([&] { return window->spaceDock()->proxy()->filterText() == room->name; }))
        return nullptr;
    QTest::qWait(20); // the matches' branches are expanded after the filter applies
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() != tree)
        return nullptr;
    QTest::keyClick(tree, Qt::Key_End);
    if (!waitFor([&] { return window->spaceDock()->selectedIds().size() == 1; }))
        return nullptr;
    const QString id = window->spaceDock()->selectedIds().first();
    const Space *selected = window->spaceModel()->space(window->spaceModel()->indexOf(id));
    return selected && isRoom(*selected) ? selected : nullptr;
}

//! Every row of \a model shows its state (\a stateRole) in words or with an icon in \a column,
//! and different states never look the same there. Returns the problems.
QStringList stateShownAsText(const QAbstractItemModel *model, int column, int stateRole,
                             const QString &what) {
    QStringList problems;
    QHash<QString, int> stateOfText; // text + icon key -> state
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QVariant state = model->index(row, 0).data(stateRole).isValid()
                                   ? model->index(row, 0).data(stateRole)
                                   : index.data(stateRole);
        const QString text = index.data(Qt::DisplayRole).toString().trimmed();
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        if (text.isEmpty() && icon.isNull()) {
            problems.append(QStringLiteral("%1 row %2: colour only").arg(what).arg(row));
            continue;
        }
        const QString key = text + QLatin1Char('|') + QString::number(icon.cacheKey());
        const auto known = stateOfText.constFind(key);
        if (known != stateOfText.cend() && *known != state.toInt() && icon.isNull())
            problems.append(
                QStringLiteral("%1 row %2: \"%3\" for two states").arg(what).arg(row).arg(text));
        stateOfText.insert(key, state.toInt());
    }
    return problems;
}

//! \a colour as seen on \a background (alpha composited).
QColor onto(const QColor &colour, const QColor &background) {
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                            float(colour.greenF() * a + background.greenF() * (1 - a)),
                            float(colour.blueF() * a + background.blueF() * (1 - a)));
}

//! \a amount of \a tint over \a base, as KioskSpaceGrid blends its tiles.
QColor mix(const QColor &base, const QColor &tint, double amount) {
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

struct ContrastCheck {
    QString theme;
    QStringList failures;
    QStringList report;
    void check(const QString &pair, const QColor &fg, const QColor &bg, double minimum) {
        const double ratio = AppTheme::contrastRatio(onto(fg, bg), bg);
        report.append(QStringLiteral("%1 %2 %3:1").arg(theme, pair).arg(ratio, 0, 'f', 2));
        if (ratio < minimum)
            failures.append(QStringLiteral("%1: %2 is %3:1 (%4 on %5), needs %6:1")
                                .arg(theme, pair)
                                .arg(ratio, 0, 'f', 2)
                                .arg(onto(fg, bg).name(), bg.name())
                                .arg(minimum));
    }
};

void saveShot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private:
    TestSettings m_settings;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_accessibility"))); }
    void init() { QSettings().clear(); }

    // (a) names ------------------------------------------------------------------------------

    void namesOnEveryPage() {
        // The application's own light theme, as the app starts with it.
        AppTheme::apply(Preferences::Theme::Light);
        const auto restore = qScopeGuard([] { AppTheme::apply(Preferences::Theme::System); });
        Shell shell;
        shell.window->resize(1400, 900);
        QVERIFY(shell.start());
        const Space *floor = shell.findSpace(isFloor);
        QVERIFY(floor);
        shell.window->spaceDock()->selectSpaces({floor->id});
        PageTabs *tabs = shell.window->pageTabs();
        for (int page = 0; page < DashboardPageCount; ++page) {
            tabs->setCurrentPage(DashboardPage(page));
            waitForPage(tabs);
            const QString where = dashboardPageName(DashboardPage(page));
            saveShot(shell.window.get(), QLatin1String("a11y-") + where);
            VERIFY_NAMED_AT(shell.window.get(), where);
            // Pages with inner tabs (sensor health: sensors and doorways): each tab too.
            const QList<QTabWidget *> inner =
                tabs->currentPageWidget()->findChildren<QTabWidget *>();
            for (QTabWidget *tabWidget : inner) {
                for (int i = 0; i < tabWidget->count(); ++i) {
                    tabWidget->setCurrentIndex(i);
                    QTest::qWait(20);
                    VERIFY_NAMED_AT(shell.window.get(),
                                    where + QLatin1String(" tab ") + tabWidget->tabText(i));
                }
                tabWidget->setCurrentIndex(0);
            }
        }
        // A custom range shows two date fields in the query bar.
        tabs->setCurrentPage(DashboardPage::Occupancy);
        QComboBox *preset = tabs->queryBar()->presetCombo();
        preset->setCurrentIndex(preset->findData(int(DateRangePreset::Custom)));
        QTest::qWait(20);
        QVERIFY(tabs->queryBar()->customStartEdit()->isVisible());
        VERIFY_NAMED_AT(shell.window.get(), QStringLiteral("custom range"));
        // The Live page's other view mode (tiles or list).
        auto *live = qobject_cast<LivePage *>(tabs->page(DashboardPage::Live));
        QVERIFY(live);
        tabs->setCurrentPage(DashboardPage::Live);
        for (QAbstractButton *mode : {live->gridButton(), live->listButton()}) {
            mode->click();
            QTest::qWait(20);
            saveShot(shell.window.get(), QLatin1String("a11y-live-") + mode->text());
            VERIFY_NAMED(shell.window.get());
        }
        // The welcome screen (first start, or after disconnecting).
        shell.window->showWelcome();
        QTest::qWait(20);
        VERIFY_NAMED_AT(shell.window.get(), QStringLiteral("welcome"));
    }

    void namesInDialogs() {
        AppSettings settings;
        SettingsDialog dialog(&settings);
        // With floors to rotate through, the Kiosk tab shows its floor list.
        const QList<KioskFloorChoice> floors{
            {QStringLiteral("spc_1"), QStringLiteral("Floor 1"), QStringLiteral("Hudson Yards")},
            {QStringLiteral("spc_2"), QStringLiteral("Floor 2"), QStringLiteral("Hudson Yards")}};
        dialog.setKioskFloors(floors);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (int i = 0; i < dialog.tabs()->count(); ++i) {
            dialog.tabs()->setCurrentIndex(i);
            QTest::qWait(20);
            VERIFY_NAMED(&dialog);
        }
        // The proxy fields show for a manual proxy only.
        dialog.tabs()->setCurrentIndex(0);
        dialog.proxyModeButton(ProxySettings::Mode::Manual)->click();
        QTest::qWait(20);
        VERIFY_NAMED(&dialog);

        ConnectDialog connect(QUrl(QStringLiteral("https://api.density.io")));
        connect.show();
        QVERIFY(QTest::qWaitForWindowExposed(&connect));
        VERIFY_NAMED(&connect);
    }

    void namesInAdministration() {
        Shell shell;
        // As a machine-to-machine OAuth client, so the Users tab lists and edits users.
        shell.window->setDemoStarter([&shell] {
            MainWindow::DemoServer demo{
                shell.sim.server->baseUrl(), QStringLiteral("tok_demo"), {}};
            demo.clientId = QStringLiteral("demo-client");
            demo.clientSecret = QStringLiteral("demo-secret");
            return demo;
        });
        QVERIFY(shell.start());
        AdminController *admin = shell.window->admin();
        for (AdminWindow::Tab tab :
             {AdminWindow::Tab::Labels, AdminWindow::Tab::Users, AdminWindow::Tab::ActivityLog}) {
            AdminWindow *window = admin->showAdministration(tab);
            QVERIFY(window);
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QTest::qWait(300); // the tab loads its list
            VERIFY_NAMED(window);
        }
        admin->adminWindow()->close();
        const Space *room = shell.findSpace(isRoom);
        QVERIFY(room);
        SpaceEditDialog *edit = admin->editSpace(room->id);
        QVERIFY(edit);
        QVERIFY(QTest::qWaitForWindowExposed(edit));
        QTest::qWait(300);
        VERIFY_NAMED(edit);
        for (QTabWidget *tabWidget : edit->findChildren<QTabWidget *>()) { // details, labels
            for (int i = 0; i < tabWidget->count(); ++i) {
                tabWidget->setCurrentIndex(i);
                QTest::qWait(50);
                VERIFY_NAMED_AT(edit, QLatin1String("space edit tab ") + tabWidget->tabText(i));
            }
        }
        edit->close();
    }

    void namesOnTheWallScreen() {
        KioskRig rig;
        QVERIFY(rig.start());
        QVERIFY(waitFor([&] { return rig.currentFloorSettled(); }, 15000));
        QTest::qWait(50);
        saveShot(rig.app.shell(), QStringLiteral("a11y-wall"));
        VERIFY_NAMED(rig.app.shell());
        KioskSpaceGrid *grid = rig.app.controller()->view()->grid();
        QVERIFY(grid->isVisible());
        // The grid's summary is its description: a screen reader has nothing else to read.
        QVERIFY(!grid->headers().isEmpty());
        for (const KioskSpaceGrid::Item &header : grid->headers())
            QVERIFY2(grid->accessibleDescription().contains(header.text),
                     qPrintable(grid->accessibleDescription()));

        // The PIN prompt (the exit chord): its fields and buttons, and its fixed colours on the
        // dark card, whatever the wall theme behind it.
        KioskShell *shell = rig.app.shell();
        shell->openPinPrompt();
        QVERIFY(shell->isPinPromptOpen());
        QTest::qWait(20);
        saveShot(shell, QStringLiteral("a11y-wall-pin"));
        VERIFY_NAMED(shell);
        auto *card = shell->findChild<QWidget *>(QStringLiteral("kioskPinCard"));
        QVERIFY(card);
        const QColor cardColour = card->palette().color(QPalette::Window);
        ContrastCheck c{QStringLiteral("PIN prompt"), {}, {}};
        for (QLabel *label : card->findChildren<QLabel *>()) {
            if (label->isVisible())
                c.check(label->objectName(), label->palette().color(QPalette::WindowText),
                        cardColour, 4.5);
        }
        for (QPushButton *button : card->findChildren<QPushButton *>()) {
            if (button->isEnabled())
                c.check(button->objectName(), button->palette().color(QPalette::ButtonText),
                        button->palette().color(QPalette::Button), 4.5);
        }
        qInfo().noquote() << c.report.join(QLatin1String("\n"));
        QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QLatin1String("\n"))));
    }

    // (b) keyboard ---------------------------------------------------------------------------

    void keyboardSelectsASpace() {
        Shell shell;
        QVERIFY(shell.start());
        MainWindow *window = shell.window.get();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTreeView *tree = window->spaceDock()->view();
        QCOMPARE(QApplication::focusWidget(), tree);
        QStringList seen;
        for (int step = 0; step < 3; ++step) {
            const QStringList before = window->spaceDock()->selectedIds();
            QTest::keyClick(tree, Qt::Key_Down);
            QVERIFY(waitFor([&] { return window->spaceDock()->selectedIds() != before; }));
            QCOMPARE(window->spaceDock()->selectedIds().size(), 1);
            const QString id = window->spaceDock()->selectedIds().first();
            QVERIFY(!seen.contains(id));
            seen.append(id);
            // The pages follow: Overview shows the space now selected.
            const Space *space = window->spaceModel()->space(window->spaceModel()->indexOf(id));
            QVERIFY(space);
            QVERIFY(waitFor([&] { return shell.overview()->titleText(0).contains(space->name); }));
        }
        // Right opens a branch, the tree keeps the focus.
        QTest::keyClick(tree, Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), tree);
    }

    void keyboardChangesTheRange() {
        Shell shell;
        QVERIFY(shell.start());
        MainWindow *window = shell.window.get();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(selectRoomByKeyboard(shell));
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->pageTabs()->currentPage(), DashboardPage::Occupancy);
        QueryBar *bar = window->pageTabs()->queryBar();
        QVERIFY(bar->isVisible());
        // The "Range:" label's mnemonic reaches the combo box.
        QTest::keyClick(window, Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), bar->presetCombo());
        QSignalSpy changed(bar, &QueryBar::queryChanged);
        const auto before = bar->selection().preset;
        QTest::keyClick(bar->presetCombo(), Qt::Key_Down);
        QCOMPARE(changed.size(), 1);
        QVERIFY(bar->selection().preset != before);
        QCOMPARE(bar->presetCombo()->currentData().toInt(), int(bar->selection().preset));
        QTest::keyClick(bar->presetCombo(), Qt::Key_Up);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(bar->selection().preset, before);
        // The "Resolution:" label's mnemonic reaches the other combo box.
        QTest::keyClick(window, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), bar->resolutionCombo());
    }

    void keyboardExports() {
        Shell shell;
        QVERIFY(shell.start());
        MainWindow *window = shell.window.get();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(selectRoomByKeyboard(shell));
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        auto *page = window->pageTabs()->currentPageWidget();
        QVERIFY(waitFor([&] { return page->canExport(); }, 15000));
        QVERIFY(waitFor([&] { return window->exportController()->csvAction()->isEnabled(); }));
        QTemporaryDir dir;
        window->exportController()->setFileNameProvider(
            [&dir](ExportController::Format, const QString &path) {
                return dir.filePath(QFileInfo(path).fileName());
            });
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().endsWith(QLatin1String(".csv")), qPrintable(files.first()));
        QVERIFY(QFileInfo(dir.filePath(files.first())).size() > 0);
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
        files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 2);
    }

    // (c) colour never alone -----------------------------------------------------------------

    void coloursAlsoInWords() {
        Shell shell;
        QVERIFY(shell.start());
        const Space *floor = shell.findSpace(isFloor);
        shell.window->spaceDock()->selectSpaces({floor->id});
        PageTabs *tabs = shell.window->pageTabs();
        QStringList problems;

        tabs->setCurrentPage(DashboardPage::Live);
        auto *live = qobject_cast<LivePage *>(tabs->page(DashboardPage::Live));
        QVERIFY(waitFor([&] { return live->model()->rowCount() > 0; }, 15000));
        problems += stateShownAsText(live->model(), LivePresenceModel::AvailabilityColumn,
                                     LivePresenceModel::AvailabilityRole, QStringLiteral("live"));
        problems +=
            stateShownAsText(live->model(), LivePresenceModel::HealthColumn,
                             LivePresenceModel::HealthStatusRole, QStringLiteral("live health"));
        // The tiles paint the state's word in a coloured band; their accessible text says it.
        const QAbstractItemModel *tiles = live->gridView()->model();
        QCOMPARE(tiles->rowCount(), live->model()->rowCount());
        for (int row = 0; row < tiles->rowCount(); ++row) {
            const QModelIndex tile = tiles->index(row, live->gridView()->modelColumn());
            const QString state =
                LiveAvailabilityDelegate::text(LiveAvailabilityDelegate::availabilityOf(
                    tile.siblingAtColumn(LivePresenceModel::AvailabilityColumn)));
            if (!tile.data(Qt::AccessibleTextRole).toString().contains(state))
                problems.append(QStringLiteral("live tile %1: \"%2\" lacks \"%3\"")
                                    .arg(row)
                                    .arg(tile.data(Qt::AccessibleTextRole).toString(), state));
        }

        tabs->setCurrentPage(DashboardPage::Health);
        auto *health = qobject_cast<SensorHealthPage *>(tabs->page(DashboardPage::Health));
        QVERIFY(waitFor([&] { return health->model()->rowCount() > 0; }, 15000));
        problems +=
            stateShownAsText(health->model(), SensorHealthModel::StatusColumn,
                             SensorHealthModel::HealthStatusRole, QStringLiteral("sensor health"));

        tabs->setCurrentPage(DashboardPage::Completeness);
        auto *completeness =
            qobject_cast<DataCompletenessPage *>(tabs->page(DashboardPage::Completeness));
        QVERIFY(waitFor([&] { return completeness->model()->rowCount() > 0; }, 15000));
        const DataCompletenessModel *cells = completeness->model();
        for (int row = 0; row < cells->rowCount(); ++row) {
            for (int column = DataCompletenessModel::FloorColumn + 1; column < cells->columnCount();
                 ++column) {
                const QModelIndex index = cells->index(row, column);
                if (index.data(Qt::DisplayRole).toString().trimmed().isEmpty() &&
                    index.data(Qt::DecorationRole).value<QIcon>().isNull())
                    problems.append(
                        QStringLiteral("completeness %1/%2: colour only").arg(row).arg(column));
            }
        }

        tabs->setCurrentPage(DashboardPage::Utilization);
        waitForPage(tabs);
        auto *utilization = qobject_cast<MetricChartPage *>(tabs->page(DashboardPage::Utilization));
        // The bands are shaded in the chart; the legend names each one in words.
        const QString legend = QTextDocumentFragment::fromHtml(utilization->legendText())
                                   .toPlainText()
                                   .replace(QChar(0x00A0), QLatin1Char(' '));
        for (auto band : {MetricRules::UtilizationBand::Under, MetricRules::UtilizationBand::Within,
                          MetricRules::UtilizationBand::Over}) {
            if (!legend.contains(MetricRules::bandName(band)))
                problems.append(QStringLiteral("utilization band \"%1\" not in the legend")
                                    .arg(MetricRules::bandName(band)));
        }

        const Space *room = shell.findSpace(isRoom);
        shell.window->spaceDock()->selectSpaces({room->id});
        tabs->setCurrentPage(DashboardPage::Anomalies);
        auto *anomalies = qobject_cast<AnomalyPage *>(tabs->page(DashboardPage::Anomalies));
        QVERIFY(waitFor([&] { return anomalies->model()->rowCount() > 0; }, 15000));
        problems += stateShownAsText(anomalies->model(), AnomalyModel::StatusColumn,
                                     AnomalyModel::StatusRole, QStringLiteral("anomalies"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    }

    // (d) contrast ---------------------------------------------------------------------------

    void contrastOfThePalettes_data() {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void contrastOfThePalettes() {
        QFETCH(QString, theme);
        const QPalette p =
            theme == QLatin1String("light") ? AppTheme::lightPalette() : AppTheme::darkPalette();
        ContrastCheck c{theme, {}, {}};
        const auto colour = [&p](QPalette::ColorRole role) {
            return p.color(QPalette::Active, role);
        };
        c.check(QStringLiteral("WindowText/Window"), colour(QPalette::WindowText),
                colour(QPalette::Window), 4.5);
        c.check(QStringLiteral("Text/Base"), colour(QPalette::Text), colour(QPalette::Base), 4.5);
        c.check(QStringLiteral("Text/AlternateBase"), colour(QPalette::Text),
                colour(QPalette::AlternateBase), 4.5);
        c.check(QStringLiteral("ButtonText/Button"), colour(QPalette::ButtonText),
                colour(QPalette::Button), 4.5);
        c.check(QStringLiteral("HighlightedText/Highlight"), colour(QPalette::HighlightedText),
                colour(QPalette::Highlight), 4.5);
        c.check(QStringLiteral("ToolTipText/ToolTipBase"), colour(QPalette::ToolTipText),
                colour(QPalette::ToolTipBase), 4.5);
        c.check(QStringLiteral("PlaceholderText/Base"), colour(QPalette::PlaceholderText),
                colour(QPalette::Base), 4.5);
        c.check(QStringLiteral("PlaceholderText/Window"), colour(QPalette::PlaceholderText),
                colour(QPalette::Window), 4.5);
        c.check(QStringLiteral("Link/Base"), colour(QPalette::Link), colour(QPalette::Base), 4.5);
        c.check(QStringLiteral("Link/Window"), colour(QPalette::Link), colour(QPalette::Window),
                4.5);
        c.check(QStringLiteral("LinkVisited/Base"), colour(QPalette::LinkVisited),
                colour(QPalette::Base), 4.5);
        c.check(QStringLiteral("error/Window"), AppTheme::errorTextColour(p),
                colour(QPalette::Window), 4.5);
        c.check(QStringLiteral("warning/Window"), AppTheme::warningTextColour(p),
                colour(QPalette::Window), 4.5);
        c.check(QStringLiteral("warning/Base"), AppTheme::warningTextColour(p),
                colour(QPalette::Base), 4.5);
        // Greyed-out text of a disabled control is exempt (WCAG 1.4.3), but it still has to be
        // told apart from the background: a disabled value the user needs remains legible.
        c.check(QStringLiteral("disabled Text/Window"), p.color(QPalette::Disabled, QPalette::Text),
                colour(QPalette::Window), 3.0);
        c.check(QStringLiteral("disabled WindowText/Window"),
                p.color(QPalette::Disabled, QPalette::WindowText), colour(QPalette::Window), 3.0);
        c.check(QStringLiteral("disabled ButtonText/Button"),
                p.color(QPalette::Disabled, QPalette::ButtonText),
                p.color(QPalette::Disabled, QPalette::Button), 3.0);
        // The Live page: the state band of a list cell and a tile against the list (non-text),
        // the tile band's white word (text).
        for (Availability state :
             {Availability::Available, Availability::Occupied, Availability::Unknown}) {
            const QString word = LiveAvailabilityDelegate::text(state);
            c.check(word + QLatin1String(" band/Base"), LiveAvailabilityDelegate::colour(state),
                    colour(QPalette::Base), 3.0);
            c.check(word + QLatin1String(" tile word/band"), QColor(Qt::white),
                    LiveAvailabilityDelegate::colour(state), 4.5);
        }
        // Non-text: the selection bar against the list, the focus frame (Highlight) on a window.
        c.check(QStringLiteral("Highlight/Base"), colour(QPalette::Highlight),
                colour(QPalette::Base), 3.0);
        qInfo().noquote() << c.report.join(QLatin1String("\n"));
        QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QLatin1String("\n"))));
    }

    void contrastOnTheWallScreen_data() { contrastOfThePalettes_data(); }

    void contrastOnTheWallScreen() {
        QFETCH(QString, theme);
        const bool dark = theme == QLatin1String("dark");
        const QPalette p = dark ? AppTheme::darkPalette() : AppTheme::lightPalette();
        ContrastCheck c{QLatin1String("wall ") + theme, {}, {}};
        const QColor window = p.color(QPalette::Window);
        const QColor base = p.color(QPalette::Base);
        const QColor text = p.color(QPalette::Text);
        const QColor windowText = p.color(QPalette::WindowText);
        const QColor dim = p.color(QPalette::PlaceholderText);
        // Figures, captions, header, footer: window text on the window; hints dimmed.
        c.check(QStringLiteral("caption WindowText/Window"), windowText, window, 4.5);
        c.check(QStringLiteral("hint PlaceholderText/Window"), dim, window, 4.5);
        for (int state = 0; state < 3; ++state) {
            const KioskStateStyle style = KioskStateStyle::of(state, dark);
            const QString name = style.word;
            // The band beside a figure and on a tile (non-text: 3:1).
            c.check(name + QLatin1String(" band/Window"), style.band, window, 3.0);
            const QColor tile = mix(base, style.band, dark ? 0.22 : 0.14);
            c.check(name + QLatin1String(" band/tile"), style.band, tile, 3.0);
            // The tile's name and state word on its tinted background.
            c.check(name + QLatin1String(" tile Text/tile"), text, tile, 4.5);
            // Offline: the last known state, dimmed but legible.
            const QColor offlineTile =
                mix(window, mix(base, style.band, 0.06), KioskSpaceGrid::OfflineOpacity);
            c.check(name + QLatin1String(" offline tile text"),
                    mix(offlineTile, onto(dim, offlineTile), KioskSpaceGrid::OfflineTextOpacity),
                    offlineTile, 4.5);
            c.check(name + QLatin1String(" offline tile name"),
                    mix(offlineTile, text, KioskSpaceGrid::OfflineTextOpacity), offlineTile, 4.5);
        }
        // The offline banner: white on amber.
        c.check(QStringLiteral("banner"), KioskFloorView::bannerTextColour(),
                KioskFloorView::bannerColour(), 4.5);
        qInfo().noquote() << c.report.join(QLatin1String("\n"));
        QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QLatin1String("\n"))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
