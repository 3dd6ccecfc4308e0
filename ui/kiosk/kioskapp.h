#pragma once

#include "api/densityclient.h"
#include "auth/connectionprofile.h"
#include "kioskconfig.h"
#include "kioskcontroller.h"
#include "kioskshell.h"

#include <QObject>
#include <memory>

namespace Density {

class DisplayTokenProvider;
class ProfileStore;

//! The whole wall screen: its own client signed in with display credentials (never a pasted
//! admin token), the floors (KioskController) inside the locked shell (KioskShell). Nothing
//! else is created: no main window, menus, admin forms or settings dialog.
class KioskApp : public QObject {
    Q_OBJECT
public:
    explicit KioskApp(KioskConfig config, QObject *parent = nullptr);
    ~KioskApp() override;

    DensityClient *client() { return &m_client; }
    KioskShell *shell() const { return m_shell.get(); }
    KioskController *controller() const { return m_controller.get(); }
    //! Null until signed in.
    DisplayTokenProvider *tokenProvider() const { return m_tokens.get(); }
    KioskConfig config() const { return m_config; }

    //! Shows the shell full screen (before signing in, so a slow keychain never leaves the
    //! desktop exposed).
    void show();
    //! Signs in with display credentials at \a baseUrl (the config's display id wins over
    //! \a displayId) and starts the floors. Returns false, with the reason on screen, when
    //! the base URL is refused.
    bool start(const QUrl &baseUrl, const QString &clientId, const QString &clientSecret,
               const QString &displayId);
    //! The saved connection for the kiosk: the config's profile, else the current one. It must
    //! use display credentials; any other kind is refused with a sentence on screen.
    void startFromProfiles(ProfileStore *profiles);
    //! Shows why the kiosk cannot run (also printed to the log).
    void showProblem(const QString &message);

signals:
    //! The right exit PIN was entered.
    void exitRequested();

private:
    KioskConfig m_config;
    DensityClient m_client;
    std::unique_ptr<DisplayTokenProvider> m_tokens;
    std::unique_ptr<KioskShell> m_shell;
    std::unique_ptr<KioskController> m_controller;
};

} // namespace Density
