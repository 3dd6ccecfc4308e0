#pragma once

#include "dashboardpage.h"
#include "model/space.h"

#include <QMainWindow>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QStackedWidget;

namespace Density {

class AdminController;
class AppSettings;
class ProfileController;
struct ConnectionProfile;
class SettingsDialog;
class ConnectDialog;
class DensityClient;
class ErrorBanner;
class ExportController;
class LoadTimer;
class PageTabs;
class ProgressBanner;
class SpaceDock;
class SpaceTreeModel;
class StatusArea;
class TokenProvider;
class WelcomeWidget;

//! The dashboard's shell: it puts the pieces together (space dock, page tabs, banners, status
//! area, welcome screen) and owns the session — which connection is in use, its token for
//! this session, and what to restore. The pieces do the work; this class only wires them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Connection { None, Demo, Account };

    //! What starting the demo gives back: the simulator's loopback URL and its token, or why
    //! it could not start. The app supplies the starter, so density_ui never links the
    //! simulator and tests can hand in their own.
    struct DemoServer {
        QUrl baseUrl;
        QString token;
        QString error;
        //! When set, the demo connects as this OAuth client instead of with `token`, so the
        //! machine-to-machine-only Users admin works in the demo too.
        QString clientId = {};
        QString clientSecret = {};
    };
    using DemoStarter = std::function<DemoServer()>;

    explicit MainWindow(DensityClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemoStarter(DemoStarter starter) { m_demoStarter = std::move(starter); }
    //! Starts (once) and connects to the demo; false with the error shown on failure.
    bool startDemo();
    //! Uses `baseUrl` with `tokens` (kept for this session) and stores the URL in settings.
    void connectAccount(const QUrl &baseUrl, std::unique_ptr<TokenProvider> tokens);
    //! connectAccount() for a saved profile: its name in exports and the activity log, its
    //! default operating hours in the query bar.
    void connectProfile(const ConnectionProfile &profile, std::unique_ptr<TokenProvider> tokens);
    void showWelcome();
    //! Command-line choices, applied after the next load and winning over saved settings.
    void setInitialView(std::optional<DashboardPage> page, const QStringList &spaceIds);
    //! The preferences (not owned): adds File > Settings…, gives the query bar the default
    //! operating hours and follows whether the demo is offered.
    void setAppSettings(AppSettings *settings);
    //! Pre-fills the Connect dialog (--base-url without a token), over the stored URL.
    void setSuggestedBaseUrl(const QUrl &url) { m_suggestedUrl = url; }

    Connection connection() const { return m_connection; }
    bool isWelcomeShown() const;
    SpaceTreeModel *spaceModel() const { return m_spaces; }
    SpaceDock *spaceDock() const { return m_dock; }
    PageTabs *pageTabs() const { return m_pages; }
    StatusArea *statusArea() const { return m_status; }
    ErrorBanner *errorBanner() const { return m_error; }
    ProgressBanner *progressBanner() const { return m_progress; }
    WelcomeWidget *welcomeWidget() const { return m_welcome; }
    QAction *pageAction(DashboardPage page) const;
    QAction *refreshAction() const { return m_refresh; }
    LoadTimer *loadTimer() const { return m_loadTimer; }
    ExportController *exportController() const { return m_exporter; }
    AdminController *admin() const { return m_admin; }
    ProfileController *profiles() const { return m_profiles; }
    //! Grabs the window into a PNG file.
    bool saveScreenshot(const QString &path);

public Q_SLOTS:
    void reload();
    void openConnectDialog();
    void openSettingsDialog();

Q_SIGNALS:
    //! Once per connection: the first load finished (or failed) and the saved or requested
    //! selection was applied; or the welcome screen is up. --screenshot waits for this.
    void ready();
    void connectDialogOpened(Density::ConnectDialog *dialog);
    void settingsDialogOpened(Density::SettingsDialog *dialog);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void setDashboardEnabled(bool enabled);
    void enterWelcome();
    void onSpacesLoaded();
    void onLoadFailed(const QString &message);
    void onSelectionChanged(const QList<Space> &spaces);
    void showAbout();
    QString connectionKey() const;
    void updateTitle();
    void updateExportActions();
    void setOrganizationName(const QString &name);

    DensityClient *m_client;
    SpaceTreeModel *m_spaces;
    SpaceDock *m_dock;
    PageTabs *m_pages;
    StatusArea *m_status;
    ErrorBanner *m_error;
    ProgressBanner *m_progress;
    WelcomeWidget *m_welcome;
    QStackedWidget *m_centre;
    LoadTimer *m_loadTimer;
    ExportController *m_exporter;
    AdminController *m_admin;
    ProfileController *m_profiles;
    AppSettings *m_settings = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_demoAction = nullptr;

    QAction *m_refresh = nullptr;
    QAction *m_export = nullptr;
    QActionGroup *m_pageActions = nullptr;

    DemoStarter m_demoStarter;
    std::optional<DemoServer> m_demo;
    std::unique_ptr<TokenProvider> m_tokens; //!< this session's credentials; never saved
    Connection m_connection = Connection::None;
    QUrl m_accountUrl;
    QUrl m_suggestedUrl;

    std::optional<DashboardPage> m_initialPage;
    QStringList m_initialSpaces;
    QStringList m_restoreIds; //!< applied after the load in flight
    bool m_firstLoad = true;  //!< of the current connection
    bool m_restoring = false; //!< a load is running; selection changes are not the user's
    std::optional<bool> m_dashboardEnabled; //!< unset until the constructor picks a side
    bool m_dockHiddenByWelcome = true;
};

} // namespace Density
