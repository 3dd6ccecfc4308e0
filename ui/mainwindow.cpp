#include "mainwindow.h"

#include "admin/activitylog.h"
#include "admincontroller.h"
#include "appicons.h"
#include "appsettings.h"
#include "auth/connectionprofile.h"
#include "auth/profilestore.h"
#include "auth/renewingtokenprovider.h"
#include "choicebutton.h"
#include "profilecontroller.h"
#include "querybar.h"
#include "retranslator.h"
#include "settingsdialog.h"

#include "analyticspage.h"
#include "api/densityclient.h"
#include "auth/tokenprovider.h"
#include "connectdialog.h"
#include "errorbanner.h"
#include "exportcontroller.h"
#include "kiosk/kiosksettingssection.h"
#include "loadtimer.h"
#include "models/spacetreemodel.h"
#include "pagetabs.h"
#include "progressbanner.h"
#include "sessionsettings.h"
#include "spacedock.h"
#include "statusarea.h"
#include "uilogging.h"
#include "welcomewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Density {

MainWindow::MainWindow(DensityClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_spaces(new SpaceTreeModel(this))
    , m_dock(new SpaceDock(m_spaces, this))
    , m_pages(new PageTabs(m_spaces, this))
    , m_status(new StatusArea(this))
    , m_error(new ErrorBanner(this))
    , m_progress(new ProgressBanner(this))
    , m_welcome(new WelcomeWidget(this))
    , m_centre(new QStackedWidget(this))
    , m_loadTimer(new LoadTimer(this))
    , m_exporter(new ExportController(this))
    , m_admin(new AdminController(client, m_spaces, this, ActivityLog::defaultPath()))
    , m_profiles(new ProfileController(client, this)) {
    m_profiles->setSpaceModel(m_spaces); // Manage Connections picks the first space from it
    setObjectName(QStringLiteral("mainWindow"));
    // Application-wide, so dialogs and the admin windows carry it too; the platform picks the
    // size it needs (title bar, task switcher, dock).
    QApplication::setWindowIcon(AppIcons::application());
    updateTitle();

    auto *dashboard = new QWidget(this);
    auto *banners = new QVBoxLayout;
    banners->setContentsMargins(8, 6, 8, 0);
    banners->setSpacing(4);
    banners->addWidget(m_error);
    banners->addWidget(m_progress);
    auto *layout = new QVBoxLayout(dashboard);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(banners);
    layout->addWidget(m_pages, 1);
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(dashboard);
    setCentralWidget(m_centre);

    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {560}, Qt::Horizontal);
    statusBar()->addPermanentWidget(m_status);
    buildMenus();

    // Focus moves from the filter to the tree, then to the pages and the query bar.
    setTabOrder(m_dock->filterEdit(), m_dock->view());
    setTabOrder(m_dock->view(), m_pages->tabBar());

    connect(m_client, &DensityClient::requestsInFlightChanged, m_status,
            &StatusArea::setRequestsInFlight);
    connect(m_spaces, &SpaceTreeModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_progress->setProgress(0, 0, tr("Loading spaces…"));
        else
            m_progress->finish();
    });
    connect(m_spaces, &SpaceTreeModel::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_spaces, &SpaceTreeModel::modelReset, this, &MainWindow::onSpacesLoaded);
    connect(m_progress, &ProgressBanner::cancelRequested, this, [this] {
        m_loadTimer->cancel();
        m_restoring = false;
        m_spaces->cancelLoad();
        if (AnalyticsPage *page = m_pages->currentPageWidget())
            page->cancel();
        statusBar()->showMessage(tr("Loading cancelled."), 5000);
    });
    connect(m_error, &ErrorBanner::retryRequested, this, &MainWindow::reload);
    connect(m_dock, &SpaceDock::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_pages, &PageTabs::currentPageChanged, this, [this](DashboardPage page) {
        if (QAction *action = pageAction(page))
            action->setChecked(true);
        if (m_connection != Connection::None)
            SessionSettings::setPage(page);
    });
    connect(m_pages, &PageTabs::progressChanged, m_progress, &ProgressBanner::setProgress);
    connect(m_pages, &PageTabs::finished, m_progress, &ProgressBanner::finish);
    connect(m_pages, &PageTabs::failed, this,
            [this](const QString &sentence) { m_error->showMessage(sentence); });
    connect(m_welcome, &WelcomeWidget::demoRequested, this, &MainWindow::startDemo);
    m_pages->setClient(m_client);
    // Export follows the current page and whether it has something loaded to export.
    m_exporter->setPage(m_pages->currentPageWidget());
    connect(m_pages, &PageTabs::currentPageChanged, this, [this] {
        m_exporter->setPage(m_pages->currentPageWidget());
        updateExportActions();
    });
    connect(m_pages, &PageTabs::progressChanged, this, &MainWindow::updateExportActions);
    connect(m_pages, &PageTabs::finished, this, &MainWindow::updateExportActions);
    connect(m_pages, &PageTabs::failed, this, &MainWindow::updateExportActions);
    connect(m_exporter, &ExportController::exported, this,
            [this](const QString &, const QString &message) {
                statusBar()->showMessage(message, 10000);
            });
    connect(m_exporter, &ExportController::failed, this,
            [this](const QString &sentence) { m_error->showMessage(sentence, false); });
    connect(m_welcome, &WelcomeWidget::connectRequested, this, &MainWindow::openConnectDialog);

    resize(1280, 800);
    SessionSettings::restoreWindow(this);
    enterWelcome();
}

MainWindow::~MainWindow() {
    // The client outlives the window; it must not call a token provider freed with us.
    if (m_client->tokenProvider() == m_tokens.get())
        m_client->setTokenProvider(nullptr);
}

void MainWindow::buildMenus() {
    // Menu texts come from bindings so a language chosen in Settings applies at once.
    auto *texts = new Retranslator(this);
    QMenu *file = menuBar()->addMenu(QString());
    texts->bind(file->menuAction(), [] { return tr("&File"); });
    QAction *connectAction = file->addAction(QString(), this, &MainWindow::openConnectDialog);
    texts->bind(connectAction, [] { return tr("&Connect to an Account\u2026"); });
    AppIcons::setActionIcon(connectAction, AppIcons::Action::Connect);
    QMenu *switchMenu = file->addMenu(QString());
    texts->bind(switchMenu->menuAction(), [] { return tr("S&witch Connection"); });
    m_profiles->attachMenu(switchMenu);
    m_profiles->setConnector(
        [this](const ConnectionProfile &profile, std::unique_ptr<TokenProvider> tokens) {
            connectProfile(profile, std::move(tokens));
        });
    connect(m_profiles, &ProfileController::failed, this,
            [this](const QString &sentence) { m_error->showMessage(sentence, false); });
    m_demoAction = file->addAction(QString(), this, &MainWindow::startDemo);
    texts->bind(m_demoAction, [] { return tr("Open the &Demo Portfolio"); });
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    file->addSeparator();
    m_refresh = file->addAction(QString(), this, &MainWindow::reload);
    texts->bind(m_refresh, [] { return tr("&Refresh"); });
    m_refresh->setShortcuts(QKeySequence::Refresh);
    AppIcons::setActionIcon(m_refresh, AppIcons::Action::Refresh);
    QMenu *exportMenu = file->addMenu(QString());
    texts->bind(exportMenu->menuAction(), [] { return tr("&Export"); });
    AppIcons::setActionIcon(exportMenu->menuAction(), AppIcons::Action::Export);
    AppIcons::setActionIcon(m_exporter->pngAction(), AppIcons::Action::Export);
    AppIcons::setActionIcon(m_exporter->csvAction(), AppIcons::Action::Export);
    exportMenu->addAction(m_exporter->pngAction());
    exportMenu->addAction(m_exporter->csvAction());
    addActions({m_exporter->pngAction(), m_exporter->csvAction()}); // shortcuts with the menu shut
    m_export = exportMenu->menuAction();
    connect(file, &QMenu::aboutToShow, this, &MainWindow::updateExportActions);
    updateExportActions();
    file->addSeparator();
    m_settingsAction = file->addAction(QString(), this, &MainWindow::openSettingsDialog);
    texts->bind(m_settingsAction, [] { return tr("&Settings\u2026"); });
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    AppIcons::setActionIcon(m_settingsAction, AppIcons::Action::Settings);
    m_settingsAction->setShortcuts(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setEnabled(false); // until setAppSettings()
    file->addSeparator();
    QAction *quit = file->addAction(QString(), qApp, &QApplication::closeAllWindows);
    texts->bind(quit, [] { return tr("&Quit"); });
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(QString());
    texts->bind(view->menuAction(), [] { return tr("&View"); });
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int i = 0; i < DashboardPageCount; ++i) {
        const auto page = DashboardPage(i);
        QAction *action = view->addAction(QString());
        texts->bind(action, [page] { return dashboardPageTitle(page); });
        action->setCheckable(true);
        action->setShortcut(
            QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i))));
        action->setData(i);
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, page] { m_pages->setCurrentPage(page); });
    }
    pageAction(m_pages->currentPage())->setChecked(true);
    view->addSeparator();
    QAction *toggleDock = m_dock->toggleViewAction();
    texts->bind(toggleDock, [] { return tr("&Spaces Panel"); });
    toggleDock->setShortcut(QKeySequence(Qt::Key_F9));
    view->addAction(toggleDock);
    QAction *find = view->addAction(QString(), this, [this] {
        m_dock->show();
        m_dock->raise();
        m_dock->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_dock->filterEdit()->selectAll();
    });
    find->setShortcuts(QKeySequence::Find);
    texts->bind(find, [] { return tr("&Find Space"); });

    QMenu *admin = menuBar()->addMenu(QString());
    texts->bind(admin->menuAction(), [] { return tr("&Admin"); });
    m_admin->populateMenu(admin);
    connect(m_admin, &AdminController::spacesChanged, this, &MainWindow::reload);

    QMenu *help = menuBar()->addMenu(QString());
    texts->bind(help->menuAction(), [] { return tr("&Help"); });
    QAction *about = help->addAction(QString(), this, &MainWindow::showAbout);
    texts->bind(about, [] { return tr("&About Density Dashboard"); });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
    texts->bind(aboutQt, [] { return tr("About &Qt"); });
    texts->bind(this, [this] { updateTitle(); });
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QAction *MainWindow::pageAction(DashboardPage page) const {
    const QList<QAction *> actions = m_pageActions->actions();
    return actions.value(int(page));
}

bool MainWindow::isWelcomeShown() const {
    return m_centre->currentWidget() == m_welcome;
}

void MainWindow::setDashboardEnabled(bool enabled) {
    if (m_dashboardEnabled == enabled)
        return;
    m_dashboardEnabled = enabled;
    m_centre->setCurrentIndex(enabled ? 1 : 0);
    m_refresh->setEnabled(enabled);
    m_pageActions->setEnabled(enabled);
    m_admin->setEnabled(enabled);
    m_dock->toggleViewAction()->setEnabled(enabled);
    // The welcome screen hides the dock; give back what the user (or saved state) had.
    if (!enabled) {
        m_dockHiddenByWelcome = !m_dock->isHidden();
        m_dock->hide();
    } else if (m_dockHiddenByWelcome) {
        m_dock->show();
    }
}

void MainWindow::enterWelcome() {
    m_connection = Connection::None;
    setDashboardEnabled(false);
    m_status->setConnection(tr("Not connected"));
    updateTitle();
    m_welcome->setFocus();
}

void MainWindow::showWelcome() {
    enterWelcome();
    QMetaObject::invokeMethod(this, &MainWindow::ready, Qt::QueuedConnection);
}

bool MainWindow::startDemo() {
    if (!m_demo) {
        if (!m_demoStarter) {
            m_error->showMessage(tr("The demo portfolio is not available in this build."), false);
            return false;
        }
        DemoServer server = m_demoStarter();
        if (!server.error.isEmpty()) {
            m_error->showMessage(server.error, false);
            setDashboardEnabled(true);
            return false;
        }
        m_demo = server;
    }
    const QString problem = m_client->setBaseUrl(m_demo->baseUrl);
    if (!problem.isEmpty()) {
        m_error->showMessage(problem, false);
        return false;
    }
    if (!m_demo->clientId.isEmpty())
        m_tokens =
            std::make_unique<OAuthTokenProvider>(m_client, m_demo->clientId, m_demo->clientSecret);
    else
        m_tokens = std::make_unique<StaticTokenProvider>(m_demo->token);
    m_client->setTokenProvider(m_tokens.get());
    m_connection = Connection::Demo;
    //: Exports' provenance: %1 the simulator's address on this computer.
    setOrganizationName(tr("Demo portfolio (simulated) at %1").arg(m_demo->baseUrl.toString()));
    m_status->setConnection(tr("Demo portfolio (simulated)"),
                            tr("A simulated organization served on this computer at %1")
                                .arg(m_demo->baseUrl.toString()));
    m_firstLoad = true;
    setDashboardEnabled(true);
    updateTitle();
    reload();
    return true;
}

void MainWindow::connectAccount(const QUrl &baseUrl, std::unique_ptr<TokenProvider> tokens) {
    const QString problem = m_client->setBaseUrl(baseUrl);
    setDashboardEnabled(true);
    if (!problem.isEmpty()) {
        m_error->showMessage(problem, false);
        return;
    }
    m_tokens = std::move(tokens);
    m_client->setTokenProvider(m_tokens.get());
    m_connection = Connection::Account;
    m_accountUrl = baseUrl;
    SessionSettings::setBaseUrl(baseUrl);
    //: Exports' provenance: %1 the API's address (the API does not name the organization).
    setOrganizationName(tr("Density API at %1").arg(baseUrl.toString()));
    m_status->setConnection(baseUrl.host(), baseUrl.toString());
    m_firstLoad = true;
    updateTitle();
    reload();
}

void MainWindow::connectProfile(const ConnectionProfile &profile,
                                std::unique_ptr<TokenProvider> tokens) {
    if (!profile.firstSpaceId.isEmpty() && m_initialSpaces.isEmpty() &&
        SessionSettings::selection(profile.baseUrl.host()).isEmpty())
        m_initialSpaces = {profile.firstSpaceId};
    connectAccount(profile.baseUrl, std::move(tokens));
    //: Exports' provenance and the activity log: %1 the profile's name, %2 the API's address.
    setOrganizationName(tr("%1 (%2)").arg(profile.name, profile.baseUrl.toString()));
    if (profile.operatingHours)
        m_pages->queryBar()->setOperatingHours(*profile.operatingHours);
}

void MainWindow::setInitialView(std::optional<DashboardPage> page, const QStringList &spaceIds) {
    m_initialPage = page;
    m_initialSpaces = spaceIds;
}

void MainWindow::reload() {
    if (m_connection == Connection::None)
        return;
    m_error->dismiss();
    m_restoring = true;
    if (m_firstLoad) {
        // Command line first, then what this connection had selected last time.
        m_restoreIds = !m_initialSpaces.isEmpty() ? m_initialSpaces
                                                  : SessionSettings::selection(connectionKey());
        const std::optional<DashboardPage> page =
            m_initialPage ? m_initialPage : SessionSettings::page();
        if (page)
            m_pages->setCurrentPage(*page);
    } else {
        m_restoreIds = m_dock->selectedIds();
        m_pages->reloadCurrentPage(); // Refresh means fresh numbers, not just a fresh tree
    }
    m_loadTimer->start();
    m_spaces->load(m_client);
}

void MainWindow::onSpacesLoaded() {
    m_loadTimer->modelReady(m_dock->view()->viewport());
    m_status->setLastRefresh(QDateTime::currentDateTime());
    const QStringList missing = m_dock->selectSpaces(m_restoreIds);
    if (!missing.isEmpty() && m_firstLoad && !m_initialSpaces.isEmpty())
        m_error->showMessage(tr("These spaces were not found: %1.").arg(missing.join(tr(", "))),
                             false);
    m_restoreIds.clear();
    m_restoring = false;
    if (m_connection != Connection::None)
        SessionSettings::setSelection(connectionKey(), m_dock->selectedIds());
    if (m_firstLoad) {
        m_firstLoad = false;
        m_initialSpaces.clear();
        m_initialPage.reset();
        m_dock->view()->setFocus();
        Q_EMIT ready();
    }
}

void MainWindow::onLoadFailed(const QString &message) {
    m_loadTimer->cancel();
    m_restoring = false;
    m_error->showMessage(message);
    if (m_firstLoad)
        Q_EMIT ready();
}

void MainWindow::onSelectionChanged(const QList<Space> &spaces) {
    m_pages->setSelection(spaces);
    m_admin->setCurrentSpace(spaces.isEmpty() ? std::nullopt : std::optional(spaces.first()));
    updateExportActions();
    // A reload clears the selection before restoring it; that empty moment is not a choice.
    if (m_connection != Connection::None && !m_restoring)
        SessionSettings::setSelection(connectionKey(), m_dock->selectedIds());
}

void MainWindow::updateExportActions() {
    m_exporter->updateActions();
    m_export->setEnabled(m_exporter->pngAction()->isEnabled() ||
                         m_exporter->csvAction()->isEnabled());
}

void MainWindow::setOrganizationName(const QString &name) {
    // Exports record which organization their numbers came from, admin changes where they were
    // made.
    m_pages->setOrganization(name);
    m_admin->setConnection(name);
}

QString MainWindow::connectionKey() const {
    return m_connection == Connection::Demo ? QStringLiteral("demo") : m_accountUrl.host();
}

void MainWindow::updateTitle() {
    switch (m_connection) {
    case Connection::None:
        setWindowTitle(tr("Density Dashboard"));
        break;
    case Connection::Demo:
        setWindowTitle(tr("Demo portfolio — Density Dashboard"));
        break;
    case Connection::Account:
        setWindowTitle(tr("%1 — Density Dashboard").arg(m_accountUrl.host()));
        break;
    }
}

void MainWindow::openConnectDialog() {
    const QUrl stored =
        m_connection == Connection::Account ? m_accountUrl : SessionSettings::baseUrl();
    auto *dialog = new ConnectDialog(stored, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->useNetworkSettingsOf(m_client); // Test goes through the same proxy and timeout
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        connectAccount(dialog->baseUrl(), dialog->createTokenProvider(m_client));
        m_profiles->remember(dialog->input()); // the secret goes to the credential store only
    });
    dialog->open();
    Q_EMIT connectDialogOpened(dialog);
}

void MainWindow::setAppSettings(AppSettings *settings) {
    m_settings = settings;
    m_settingsAction->setEnabled(settings != nullptr);
    if (!settings)
        return;
    const auto offerDemo = [this](bool offer) {
        m_demoAction->setVisible(offer);
        m_welcome->demoButton()->setVisible(offer);
    };
    offerDemo(settings->preferences().offerDemo);
    m_pages->queryBar()->setOperatingHours(settings->preferences().operatingHours);
    connect(settings, &AppSettings::offerDemoChanged, this, offerDemo);
    connect(settings, &AppSettings::defaultOperatingHoursChanged, m_pages->queryBar(),
            &QueryBar::setOperatingHours);
}

void MainWindow::openSettingsDialog() {
    if (!m_settings)
        return;
    auto *dialog = new SettingsDialog(m_settings, this);
    // The Kiosk tab offers this window's display profiles and floors; the dialog opens no store.
    if (const ProfileStore *store = m_profiles->store())
        dialog->setKioskProfiles(store->profiles());
    dialog->setKioskFloors(KioskSettingsSection::floorChoices(*m_spaces));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT settingsDialogOpened(dialog);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Density Dashboard"),
        tr("<h3>Density Dashboard %1</h3>"
           "<p>A desktop dashboard for Density occupancy sensors: occupancy, utilization and "
           "time used, with the time basis and data quality behind every number.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(DENSITY_VERSION)));
}

bool MainWindow::saveScreenshot(const QString &path) {
    // Opaque RGB at the strongest compression keeps documentation images small.
    return grab().toImage().convertToFormat(QImage::Format_RGB888).save(path, "PNG", 0);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // The welcome screen hides the dock; saving that would hide it next time too.
    SessionSettings::saveWindow(this, !isWelcomeShown());
    QMainWindow::closeEvent(event);
}

} // namespace Density
