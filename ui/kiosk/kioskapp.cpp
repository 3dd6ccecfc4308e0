#include "kioskapp.h"

#include "api/logging.h"
#include "auth/profilestore.h"
#include "auth/renewingtokenprovider.h"
#include "ui/appicons.h"

namespace Density {

KioskApp::KioskApp(KioskConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_shell(std::make_unique<KioskShell>())
    , m_controller(std::make_unique<KioskController>(&m_client, m_config)) {
    m_shell->loadSettings();
    m_shell->setWindowIcon(AppIcons::application()); // task switchers and window lists

    m_shell->setContent(m_controller->view());
    connect(m_shell.get(), &KioskShell::exitRequested, this, &KioskApp::exitRequested);
}

KioskApp::~KioskApp() {
    // The controller's models use the client and the token provider: they go first.
    m_controller.reset();
    m_shell.reset();
    m_client.setTokenProvider(nullptr);
}

void KioskApp::show() {
    m_shell->start();
}

bool KioskApp::start(const QUrl &baseUrl, const QString &clientId, const QString &clientSecret,
                     const QString &displayId) {
    const QString refused = m_client.setBaseUrl(baseUrl);
    if (!refused.isEmpty()) {
        showProblem(
            tr("The kiosk cannot connect to %1: %2").arg(baseUrl.toDisplayString(), refused));
        return false;
    }
    const QString display = m_config.displayId.isEmpty() ? displayId : m_config.displayId;
    m_tokens = std::make_unique<DisplayTokenProvider>(&m_client, clientId, clientSecret, display);
    m_client.setTokenProvider(m_tokens.get());
    m_controller->start();
    return true;
}

void KioskApp::startFromProfiles(ProfileStore *profiles) {
    const QString id =
        m_config.profileId.isEmpty() ? profiles->currentProfileId() : m_config.profileId;
    const std::optional<ConnectionProfile> profile = profiles->find(id);
    if (!profile) {
        showProblem(tr("No connection is set up for this wall screen. Add one that signs in "
                       "with display credentials (Connect\u2026 in the dashboard, or "
                       "density-cli profile add) and choose it under Settings > Kiosk."));
        return;
    }
    if (profile->authKind != ConnectionProfile::AuthKind::DisplayCredentials) {
        showProblem(
            tr("The connection \u201C%1\u201D signs in with %2. A wall screen signs in "
               "only with display credentials, so that it can read presence and never "
               "change anything; choose a display connection under Settings > Kiosk.")
                .arg(profile->name, ConnectionProfile::authKindDisplayName(profile->authKind)));
        return;
    }
    profiles->readSecret(*profile, [this, p = *profile](const Result<QString> &secret) {
        if (!secret || secret.value().isEmpty()) {
            showProblem(
                tr("The client secret of \u201C%1\u201D is not stored on this machine%2. "
                   "Connect once with that connection to store it.")
                    .arg(p.name, secret ? QString()
                                        : QStringLiteral(" (%1)").arg(secret.error().message())));
            return;
        }
        start(p.baseUrl, p.clientId, secret.value(), p.displayId);
    });
}

void KioskApp::showProblem(const QString &message) {
    qCWarning(lcLive).noquote() << "kiosk:" << message;
    m_controller->showProblem(message);
}

} // namespace Density
