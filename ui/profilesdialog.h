#pragma once

#include "auth/connectionprofile.h"
#include "models/spacetreemodel.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Density {

class ConnectDialog;
class DensityClient;
class ProfileStore;

//! File > Switch Connection > Manage Connections…: the saved connection profiles with their
//! server and sign-in kind (the current one marked), renaming (names stay unique, checked while
//! typing), removing (after a confirmation naming the profile; its secret goes too), the
//! per-profile defaults (operating hours, the space to open first), editing the sign-in through
//! ConnectDialog, and where secrets are stored. Every change is saved to the ProfileStore at
//! once; secrets only ever go to its CredentialStore.
class ProfilesDialog : public QDialog {
    Q_OBJECT
public:
    //! Asks a yes/no question (title, sentence); true = go ahead. Tests answer it directly.
    using Question = std::function<bool(const QString &title, const QString &text)>;

    //! `spaces` (may be null) is the tree of the connection in use: its spaces are offered as
    //! the first space of the *current* profile only, since other profiles are other
    //! organizations.
    ProfilesDialog(ProfileStore *store, const SpaceTreeModel *spaces, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    //! The policy's sentence when no system keychain is available (empty otherwise).
    void setStorageNotice(const QString &notice);
    //! The app's client: "Edit sign-in…" tests through its proxy and timeout.
    void setNetworkClient(const DensityClient *client) { m_client = client; }
    //! Replaces the message boxes for "remove?" and "store secrets in a plain file?".
    void setQuestion(Question question) { m_question = std::move(question); }

    //! The selected profile's id (empty when none).
    QString selectedProfileId() const;
    bool selectProfile(const QString &id);

    //! Opens ConnectDialog pre-filled with the selected profile and its secret.
    void editSignIn();
    //! Asks, then removes the selected profile and its secret.
    void removeSelected();
    //! Opens OperatingHoursDialog for the selected profile's default hours.
    void editOperatingHours();

    QTreeWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *nameProblemLabel() const { return m_nameProblem; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *editSignInButton() const { return m_editSignIn; }
    QLabel *hoursLabel() const { return m_hours; }
    QPushButton *hoursButton() const { return m_hoursButton; }
    QPushButton *clearHoursButton() const { return m_clearHours; }
    QComboBox *spaceCombo() const { return m_spaceCombo; }
    QLineEdit *spaceIdEdit() const { return m_spaceId; }
    QLabel *spaceNameLabel() const { return m_spaceName; }
    QLabel *storageLabel() const { return m_storage; }
    QLabel *noticeLabel() const { return m_notice; }
    QCheckBox *insecureFileBox() const { return m_insecureFile; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    //! The user opted in (true) or out (false) of storing secrets in a plain file. The setting
    //! is already saved (ProfileStore::setInsecureFileOptIn); whoever owns the credential store
    //! reopens it with CredentialStorePolicy so the choice takes effect in this session.
    void insecureStorageRequested(bool optIn);
    //! A profile's sign-in (server, kind, client id or secret) was saved; the app reconnects
    //! when it is the current profile.
    void signInChanged(const QString &profileId);
    //! "Edit sign-in…" opened its dialog (tests fill it in).
    void connectDialogOpened(Density::ConnectDialog *dialog);
    //! OperatingHoursDialog opened (tests answer it).
    void hoursDialogOpened(QDialog *dialog);

private:
    void reload();
    void showSelected();
    void updateNameProblem();
    void rename();
    void setHours(const std::optional<OperatingHours> &hours);
    void chooseSpace(int comboIndex);
    void saveTypedSpace();
    void fillSpaceCombo();
    void updateSpaceName();
    void updateStorage();
    void toggleInsecureFile(bool optIn);
    //! Saves `profile` (settings only); shows the outcome in the status line.
    bool saveProfile(const ConnectionProfile &profile, const QString &done);
    void showStatus(const QString &sentence, bool problem);
    bool ask(const QString &title, const QString &text);
    std::optional<ConnectionProfile> selected() const;
    bool isCurrent(const QString &id) const;
    //! Wrapped lines appeared: top-level windows ignore height-for-width, so grow to show them.
    void fitHeight();

    QPointer<ProfileStore> m_store;
    QPointer<const SpaceTreeModel> m_spaces;
    const DensityClient *m_client = nullptr;
    Question m_question;
    QString m_noticeText;

    QTreeWidget *m_list;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QPushButton *m_rename;
    QLabel *m_server;
    QLabel *m_signIn;
    QPushButton *m_editSignIn;
    QLabel *m_hours;
    QPushButton *m_hoursButton;
    QPushButton *m_clearHours;
    QComboBox *m_spaceCombo;
    QLineEdit *m_spaceId;
    QLabel *m_spaceName;
    QPushButton *m_remove;
    QLabel *m_status;
    QLabel *m_storage;
    QLabel *m_notice;
    QCheckBox *m_insecureFile;
    QWidget *m_details;
};

} // namespace Density
