#include "profilecontroller.h"

#include "api/connectiontest.h"
#include "auth/profilestore.h"
#include "auth/tokenproviderfactory.h"
#include "models/spacetreemodel.h"
#include "profilesdialog.h"

#include <QActionGroup>
#include <QMenu>

namespace Density {

ProfileController::ProfileController(DensityClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

void ProfileController::setStore(ProfileStore *store, const QString &notice) {
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    m_notice = notice;
    if (m_store) {
        connect(m_store, &ProfileStore::profilesChanged, this, &ProfileController::rebuildMenu);
        connect(m_store, &ProfileStore::currentProfileChanged, this,
                &ProfileController::rebuildMenu);
    }
    rebuildMenu();
    if (m_manageDialog)
        m_manageDialog->setStorageNotice(m_notice);
}

ProfileStore *ProfileController::store() const {
    return m_store;
}

void ProfileController::attachMenu(QMenu *menu) {
    m_menu = menu;
    rebuildMenu();
}

void ProfileController::rebuildMenu() {
    if (!m_menu)
        return;
    m_menu->clear();
    const QList<ConnectionProfile> profiles =
        m_store ? m_store->profiles() : QList<ConnectionProfile>();
    // Enabled with a store even without profiles: Manage Connections holds the storage choice.
    m_menu->setEnabled(!m_store.isNull());
    auto *group = new QActionGroup(m_menu);
    const QString current = m_store ? m_store->currentProfileId() : QString();
    for (const ConnectionProfile &profile : profiles) {
        //: A connection profile in the menu: %1 its name, %2 its server.
        QAction *action = m_menu->addAction(tr("%1 (%2)").arg(profile.name, profile.baseUrl.host()),
                                            this, [this, id = profile.id] { switchTo(id); });
        action->setCheckable(true);
        action->setChecked(profile.id == current);
        action->setData(profile.id);
        group->addAction(action);
    }
    if (!m_notice.isEmpty()) {
        m_menu->addSeparator();
        QAction *note = m_menu->addAction(m_notice);
        note->setEnabled(false); // a statement, not a command
    }
    if (m_store) {
        m_menu->addSeparator();
        QAction *manage = m_menu->addAction(tr("&Manage Connections\u2026"), this, [this] {
            openManageDialog(qobject_cast<QWidget *>(parent()));
        });
        manage->setObjectName(QStringLiteral("manageConnectionsAction"));
    }
}

ProfilesDialog *ProfileController::openManageDialog(QWidget *parent) {
    if (!m_store)
        return nullptr;
    if (m_manageDialog) { // one at a time
        m_manageDialog->raise();
        m_manageDialog->activateWindow();
        return m_manageDialog;
    }
    auto *dialog = new ProfilesDialog(m_store, m_spaces, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStorageNotice(m_notice);
    dialog->setNetworkClient(m_client);
    connect(dialog, &ProfilesDialog::insecureStorageRequested, this,
            &ProfileController::insecureStorageRequested);
    // New credentials for the connection in use take effect at once.
    connect(dialog, &ProfilesDialog::signInChanged, this, [this](const QString &id) {
        if (m_store && m_store->currentProfileId() == id)
            switchTo(id);
    });
    m_manageDialog = dialog;
    dialog->open();
    Q_EMIT manageDialogOpened(dialog);
    return dialog;
}

void ProfileController::remember(const ConnectionInput &input) {
    if (!m_store)
        return;
    // The same server and client is the same connection: update it rather than pile up copies.
    ConnectionProfile base;
    for (const ConnectionProfile &profile : m_store->profiles()) {
        if (profile.baseUrl == input.baseUrl && profile.authKind == input.authKind &&
            profile.clientId == input.clientId) {
            base = profile;
            break;
        }
    }
    if (base.id.isEmpty())
        base = ConnectionProfile::create(input.baseUrl.host());
    const ConnectionProfile profile = input.toProfile(base);
    QPointer<ProfileController> self(this);
    m_store->saveWithSecret(profile, input.secret(), [self, id = profile.id](const auto &saved) {
        if (!self || !self->m_store)
            return;
        if (!saved) {
            Q_EMIT self->failed(
                tr("The connection works but could not be saved: %1").arg(saved.error().message()));
            return;
        }
        self->m_store->setCurrentProfileId(id);
        Q_EMIT self->remembered(id);
    });
}

void ProfileController::switchTo(const QString &profileId) {
    if (!m_store)
        return;
    const std::optional<ConnectionProfile> profile = m_store->find(profileId);
    if (!profile) {
        Q_EMIT failed(tr("That connection profile no longer exists."));
        return;
    }
    QPointer<ProfileController> self(this);
    m_store->readSecret(*profile, [self, profile = *profile](const Result<QString> &secret) {
        if (!self)
            return;
        if (!secret) {
            //: %1 the profile's name, %2 why its secret could not be read.
            Q_EMIT self->failed(tr("Could not read the secret of \u201C%1\u201D: %2 Connect again "
                                   "with File > Connect to an Account.")
                                    .arg(profile.name, secret.error().message()));
            return;
        }
        if (self->m_store)
            self->m_store->setCurrentProfileId(profile.id);
        if (self->m_connector)
            self->m_connector(profile, makeTokenProvider(profile, secret.value(), self->m_client));
    });
}

bool ProfileController::openCurrent() {
    if (!m_store || m_store->currentProfileId().isEmpty() ||
        !m_store->find(m_store->currentProfileId()))
        return false;
    switchTo(m_store->currentProfileId());
    return true;
}

} // namespace Density
