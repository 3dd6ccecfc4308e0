#pragma once

#include "auth/connectionprofile.h"
#include "models/spacetreemodel.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QMenu;

namespace Density {

class DensityClient;
class ProfileStore;
class ProfilesDialog;
class TokenProvider;
struct ConnectionInput;

//! Connection profiles in the main window: File > Switch Connection lists them (the current one
//! checked) and switching reads the profile's secret from the credential store and hands the
//! window a fresh token provider. A connection made through the Connect dialog is remembered as
//! a profile named after its server. Secrets only ever go to the store; settings keep the
//! profile and a reference. The menu ends with "Manage Connections…" (ProfilesDialog).
class ProfileController : public QObject {
    Q_OBJECT
public:
    //! Connects the window to `profile` with `tokens` (built for the window's client).
    using Connector = std::function<void(const ConnectionProfile &profile,
                                         std::unique_ptr<TokenProvider> tokens)>;

    ProfileController(DensityClient *client, QObject *parent = nullptr);

    //! The store (not owned) with its credential store already chosen; `notice` is the
    //! policy's sentence when secrets cannot go to the system keychain (empty otherwise).
    void setStore(ProfileStore *store, const QString &notice);
    ProfileStore *store() const;
    QString storageNotice() const { return m_notice; }
    void setConnector(Connector connector) { m_connector = std::move(connector); }

    //! Fills `menu` with the profiles now and whenever they change.
    void attachMenu(QMenu *menu);
    //! Saves `input` as a profile (updating the one with the same server and client) and makes
    //! it current; the secret goes to the credential store.
    void remember(const ConnectionInput &input);
    //! Reads the profile's secret and connects; failures come back through failed().
    void switchTo(const QString &profileId);
    //! Connects to the current profile, if there is one. Returns false when there is none.
    bool openCurrent();

    //! The space tree of the connection in use (not owned; may be null): Manage Connections
    //! offers its spaces as the current profile's first space.
    void setSpaceModel(const SpaceTreeModel *spaces) { m_spaces = spaces; }
    //! Opens Manage Connections (window-modal over `parent`, deleted when closed) and returns
    //! it; null without a store. The menu entry calls this with the controller's parent widget.
    ProfilesDialog *openManageDialog(QWidget *parent);

Q_SIGNALS:
    void failed(const QString &sentence);
    void remembered(const QString &profileId);
    //! Manage Connections opened (tests drive it).
    void manageDialogOpened(Density::ProfilesDialog *dialog);
    //! The user opted in (true) or out (false) of storing secrets in a plain file when no
    //! keychain is available; ProfileStore::insecureFileOptIn() is already saved. The owner of
    //! the credential store reopens it (CredentialStorePolicy::open) and calls setStore() with
    //! the new notice — app/dashboard/main.cpp does this.
    void insecureStorageRequested(bool optIn);

private:
    void rebuildMenu();

    DensityClient *m_client;
    QPointer<ProfileStore> m_store;
    QString m_notice;
    Connector m_connector;
    QPointer<QMenu> m_menu;
    QPointer<const SpaceTreeModel> m_spaces;
    QPointer<ProfilesDialog> m_manageDialog;
};

} // namespace Density
