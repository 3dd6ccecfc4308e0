#pragma once

#include "adminform.h"
#include "model/user.h"

#include <QPalette>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QTreeView;

namespace Density {

class SpaceCheckProxyModel;
class SpaceFilterProxyModel;
class SpaceTreeModel;

//! Views, creates, edits and deletes one user (REFERENCE §3.29–3.32): email (only when
//! creating; the API cannot change it), full name, role (an open string: the four known roles
//! or anything typed) and the spaces the user may see, checked in the space tree.
//!
//! Delete goes through the same apply path as a save, so it is validated, shown as progress,
//! recorded in the activity log and reported inline like every other admin change; only the
//! fields' own checks do not block it.
class UserForm : public AdminForm {
    Q_OBJECT
public:
    //! Shows the prepared question and answers whether to go ahead. The default runs the box
    //! modally; tests answer directly.
    using Confirmer = std::function<bool(QMessageBox &box)>;

    //! `spaces` supplies the tree to pick from and the names to show (not owned, not changed).
    UserForm(DensityClient *client, const SpaceTreeModel *spaces, QWidget *parent = nullptr);

    //! Empty fields for a new user.
    void startNew();
    //! Loads the user from the API (discarding unapplied edits).
    void showUser(const QString &userId);
    //! Asks for confirmation naming the user, then deletes. Returns false (and sends nothing)
    //! when cancelled or when no saved user is shown.
    bool deleteUser();
    void setConfirmer(Confirmer confirmer);
    //! Before leaving unapplied edits (another user, New user…): asks through the confirmer
    //! whether to discard them. True when there is nothing to lose or the user agreed.
    bool confirmDiscard();

    bool isNew() const { return m_user.id.isEmpty(); }
    QString userId() const { return m_user.id; }
    //! The user as last loaded or saved.
    const User &loadedUser() const { return m_user; }
    //! The user as the fields describe it now.
    User editedUser() const;

    //! "Delete Ada Lovelace (ada@example.com)? They lose access at once."
    static QString deleteQuestion(const User &user);
    //! The confirmation boxes deleteUser() and confirmDiscard() show; the caller owns them.
    static QMessageBox *makeDeleteConfirmation(const User &user, QWidget *parent);
    static QMessageBox *makeDiscardConfirmation(const User &user, QWidget *parent);

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleCombo() const { return m_role; }
    QLineEdit *spaceFilterEdit() const { return m_spaceFilter; }
    QTreeView *spaceView() const { return m_spaceView; }
    SpaceCheckProxyModel *spaceChecks() const { return m_checks; }
    QLabel *spacesSummary() const { return m_spacesSummary; }
    //! The whole summary ("2 spaces checked: Floor 1, Floor 2"); the label may show it elided.
    QString spacesSummaryText() const { return m_spacesSummaryText; }
    QWidget *spacesField() const { return m_spacesField; }

Q_SIGNALS:
    void userSaved(const QString &userId);
    void userDeleted(const QString &userId);
    //! A users call answered 403: the token is not a machine-to-machine OAuth token with the
    //! permission. The owner explains it; the form has kept the input.
    void permissionDenied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void load() override;
    void validate() override;
    void apply() override;

private:
    void fill(const User &user);
    void updateSpacesSummary();
    void elideSpacesSummary();
    void expandMatches();
    //! Opens the tree down to each checked space, so what the user may see is in view.
    void revealCheckedSpaces();
    QString describe(const User &user) const;
    void finishWithError(const ApiError &error);

    const SpaceTreeModel *m_spaces;
    User m_user;             //!< as loaded; empty id: a new user
    QString m_pendingLoadId; //!< the user showUser() asked for
    bool m_deleting = false; //!< the running or next apply is a delete
    Confirmer m_confirmer;
    QLineEdit *m_email;
    QLabel *m_emailHint;
    QLineEdit *m_name;
    QComboBox *m_role;
    QWidget *m_spacesField;
    QLineEdit *m_spaceFilter;
    QTreeView *m_spaceView;
    QLabel *m_spacesSummary;
    QString m_spacesSummaryText;
    QPalette m_readOnlyPalette;
    SpaceCheckProxyModel *m_checks;
    SpaceFilterProxyModel *m_filter;
};

} // namespace Density
