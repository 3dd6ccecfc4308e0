#include "userform.h"

#include "api/densityclient.h"
#include "models/spacecheckproxymodel.h"
#include "models/spacefilterproxymodel.h"
#include "models/spacetreemodel.h"
#include "models/usermodel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeView>
#include <QVBoxLayout>

namespace Density {
namespace {

constexpr int kMaxEmail = 254; // RFC 5321 path limit; the simulator refuses longer
constexpr int kMaxName = 255;  // REFERENCE §3.29 does not say; the simulator's limit
constexpr int kNamesShown = 3;

bool looksLikeEmail(const QString &text) {
    // Deliberately loose: one '@', something before it, a dotted domain after, no spaces. The
    // server has the last word; this only catches typing slips early.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(text).hasMatch();
}

} // namespace

UserForm::UserForm(DensityClient *client, const SpaceTreeModel *spaces, QWidget *parent)
    : AdminForm(parent)
    , m_spaces(spaces)
    , m_email(new QLineEdit)
    , m_emailHint(new QLabel)
    , m_name(new QLineEdit)
    , m_role(new QComboBox)
    , m_spacesField(new QWidget)
    , m_spaceFilter(new QLineEdit(m_spacesField))
    , m_spaceView(new QTreeView(m_spacesField))
    , m_spacesSummary(new QLabel(m_spacesField))
    , m_checks(new SpaceCheckProxyModel(SpaceTreeModel::SpaceIdRole, this))
    , m_filter(new SpaceFilterProxyModel(this)) {
    setClient(client);
    m_confirmer = [](QMessageBox &box) {
        box.exec();
        return box.buttonRole(box.clickedButton()) == QMessageBox::DestructiveRole;
    };

    m_email->setPlaceholderText(tr("name@example.com"));
    // Read-only (an existing user's email) must not look like a field to type in.
    QPalette readOnly = m_email->palette();
    readOnly.setColor(QPalette::Inactive, QPalette::Base, palette().color(QPalette::Window));
    readOnly.setColor(QPalette::Active, QPalette::Base, palette().color(QPalette::Window));
    m_readOnlyPalette = readOnly;
    m_email->setMaxLength(kMaxEmail + 50); // long enough to show the "too long" message
    addField(tr("&Email:"), m_email);
    m_emailHint->setText(tr("The API cannot change a user's email. To use another address, "
                            "create a new user and delete this one."));
    m_emailHint->setWordWrap(true);
    m_emailHint->setForegroundRole(QPalette::PlaceholderText);
    addRow(m_emailHint);

    addField(tr("Full &name:"), m_name);

    m_role->setEditable(true);
    m_role->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &role : UserListModel::knownRoles())
        m_role->addItem(UserListModel::roleText(role), role);
    m_role->setToolTip(tr("Owner, Admin, Editor or Read-only; another role the API knows can be "
                          "typed as the API spells it."));
    addField(tr("&Role:"), m_role);

    // The spaces the user may see, checked in the portfolio tree. The tree is the application's
    // own model (read only here); the check marks live in the proxy.
    m_checks->setSourceModel(const_cast<SpaceTreeModel *>(spaces));
    m_filter->setSourceModel(m_checks);
    m_spaceFilter->setPlaceholderText(tr("Filter spaces by name, function or label"));
    m_spaceFilter->setClearButtonEnabled(true);
    m_spaceFilter->setAccessibleName(tr("Filter spaces"));
    m_spaceView->setModel(m_filter);
    m_spaceView->setUniformRowHeights(true);
    m_spaceView->setMinimumHeight(240);
    m_spaceView->setAccessibleName(tr("Spaces the user may see"));
    for (int column = 0; column < SpaceTreeModel::ColumnCount; ++column)
        m_spaceView->setColumnHidden(column, column != SpaceTreeModel::NameColumn &&
                                                 column != SpaceTreeModel::TypeColumn);
    m_spaceView->header()->setSectionResizeMode(SpaceTreeModel::NameColumn, QHeaderView::Stretch);
    m_spaceView->header()->setStretchLastSection(false);
    // One line, elided to the width it gets (all names are in the tooltip): a word-wrapped
    // label in this cell made the form layout under-estimate the cell's height and squeeze
    // the tree.
    m_spacesSummary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_spacesSummary->installEventFilter(this);
    auto *spacesLayout = new QVBoxLayout(m_spacesField);
    spacesLayout->setContentsMargins(0, 0, 0, 0);
    spacesLayout->addWidget(m_spacesSummary);
    spacesLayout->addWidget(m_spaceFilter);
    spacesLayout->addWidget(m_spaceView, 1);
    addField(tr("&Spaces:"), m_spacesField);

    connect(m_email, &QLineEdit::textChanged, this, [this] { fieldEdited(); });
    connect(m_name, &QLineEdit::textChanged, this, [this] { fieldEdited(); });
    connect(m_role, &QComboBox::currentTextChanged, this, [this] { fieldEdited(); });
    connect(m_checks, &SpaceCheckProxyModel::checkedIdsEdited, this, [this] {
        updateSpacesSummary();
        fieldEdited();
    });
    connect(m_spaceFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        expandMatches();
    });
    fill(User());
}

void UserForm::setConfirmer(Confirmer confirmer) {
    m_confirmer = std::move(confirmer);
}

void UserForm::startNew() {
    m_pendingLoadId.clear();
    m_user = User();
    reload();
}

void UserForm::showUser(const QString &userId) {
    m_pendingLoadId = userId;
    reload();
}

void UserForm::load() {
    m_deleting = false;
    if (m_pendingLoadId.isEmpty()) {
        m_user = User();
        fill(m_user);
        loadSucceeded();
        setStatus(tr("A new user: fill in the email and role, then Apply."));
        return;
    }
    if (!client()) {
        loadFailed(ApiError(ApiError::Kind::Auth, tr("Not connected.")));
        return;
    }
    track(client()->user(m_pendingLoadId, this, [this](const Result<User> &result) {
        if (!result) {
            if (result.error().httpStatus() == 403)
                Q_EMIT permissionDenied();
            loadFailed(result.error());
            return;
        }
        m_user = result.value();
        fill(m_user);
        loadSucceeded();
    }));
}

void UserForm::fill(const User &user) {
    setFilling(true);
    const bool isNewUser = user.id.isEmpty();
    m_email->setText(user.email);
    m_email->setReadOnly(!isNewUser);
    m_email->setPalette(isNewUser ? QPalette() : m_readOnlyPalette);
    formLayout()->setRowVisible(m_emailHint, !isNewUser);
    m_name->setText(user.fullName);
    const QString role = isNewUser ? QStringLiteral("read_only") : user.role;
    const int known = m_role->findData(role);
    if (known >= 0)
        m_role->setCurrentIndex(known);
    else
        m_role->setEditText(role); // an open string: shown as the API sent it
    m_checks->setCheckedIds(user.spaceIds);
    updateSpacesSummary();
    revealCheckedSpaces();
    setFilling(false);
}

User UserForm::editedUser() const {
    User user = m_user;
    if (isNew())
        user.email = m_email->text().trimmed();
    user.fullName = m_name->text().trimmed();
    user.role = UserListModel::roleValue(m_role->currentText());
    user.spaceIds = m_checks->checkedIds();
    return user;
}

void UserForm::validate() {
    if (m_deleting)
        return; // a delete does not depend on what the fields say
    const User user = editedUser();
    if (isNew()) {
        if (user.email.isEmpty())
            setFieldError(m_email, tr("An email address is needed: the new user signs in with "
                                      "it."));
        else if (user.email.size() > kMaxEmail)
            setFieldError(
                m_email,
                tr("At most %1 characters (now %2).").arg(kMaxEmail).arg(user.email.size()));
        else if (!looksLikeEmail(user.email))
            setFieldError(m_email, tr("Not an email address; expected something like "
                                      "name@example.com."));
    }
    if (user.fullName.size() > kMaxName)
        setFieldError(
            m_name, tr("At most %1 characters (now %2).").arg(kMaxName).arg(user.fullName.size()));
    else if (user.fullName.isEmpty())
        setFieldError(m_name, tr("A full name is needed; the API refuses an empty one."));
    if (user.role.isEmpty())
        setFieldError(m_role, tr("A role is needed: pick one, or type the role as the API "
                                 "spells it."));
    else if (!UserListModel::knownRoles().contains(user.role))
        setFieldWarning(m_role, tr("\u201c%1\u201d is not one of the four roles this app knows. "
                                   "It is sent as typed; the API may refuse it.")
                                    .arg(user.role));
    if (user.spaceIds.isEmpty() && user.role != QLatin1String("owner"))
        setFieldWarning(m_spacesField,
                        tr("No spaces checked. The API does not document what an empty list "
                           "means for a user (for analytics it means all spaces); check the "
                           "spaces to be sure."));
}

bool UserForm::deleteUser() {
    if (isNew() || state() != State::Ready)
        return false;
    std::unique_ptr<QMessageBox> box(makeDeleteConfirmation(m_user, this));
    if (!m_confirmer || !m_confirmer(*box)) {
        setStatus(
            tr("Not deleted: %1 keeps their access.").arg(UserListModel::displayName(m_user)));
        return false;
    }
    m_deleting = true;
    if (!submit()) {
        m_deleting = false;
        return false;
    }
    return true;
}

QString UserForm::deleteQuestion(const User &user) {
    if (user.fullName.trimmed().isEmpty())
        return tr("Delete %1? They lose access at once.").arg(user.email);
    //: %1 full name, %2 email
    return tr("Delete %1 (%2)? They lose access at once.").arg(user.fullName, user.email);
}

QMessageBox *UserForm::makeDeleteConfirmation(const User &user, QWidget *parent) {
    auto *box = new QMessageBox(parent);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Delete user"));
    box->setText(deleteQuestion(user));
    box->setInformativeText(tr("This cannot be undone from here; the user would have to be "
                               "created again."));
    box->addButton(tr("&Delete user"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    return box;
}

bool UserForm::confirmDiscard() {
    if (!hasUnappliedEdits())
        return true;
    std::unique_ptr<QMessageBox> box(makeDiscardConfirmation(m_user, this));
    return m_confirmer && m_confirmer(*box);
}

QMessageBox *UserForm::makeDiscardConfirmation(const User &user, QWidget *parent) {
    auto *box = new QMessageBox(parent);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Unapplied changes"));
    box->setText(user.id.isEmpty()
                     ? tr("Discard the new user you started? Nothing has been created yet.")
                     : tr("Discard your changes to %1? They have not been applied.")
                           .arg(UserListModel::displayName(user)));
    box->addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(tr("&Keep editing"), QMessageBox::RejectRole));
    return box;
}

QString UserForm::describe(const User &user) const {
    QStringList spaces;
    for (const QString &id : user.spaceIds) {
        const Space *space = m_spaces ? m_spaces->spaceById(id) : nullptr;
        spaces.append(space ? QStringLiteral("%1 (%2)").arg(space->name, id) : id);
    }
    return tr("email: %1; name: %2; role: %3; spaces: %4")
        .arg(user.email, user.fullName, user.role,
             spaces.isEmpty() ? tr("none listed") : spaces.join(QStringLiteral(", ")));
}

void UserForm::apply() {
    if (!client()) {
        m_deleting = false;
        applyFailed(ApiError(ApiError::Kind::Auth, tr("Not connected.")));
        return;
    }
    const QString target =
        QStringLiteral("%1 (%2)").arg(UserListModel::displayName(m_user), m_user.id);
    if (m_deleting) {
        describeChange(tr("Delete user"), target, describe(m_user), tr("deleted"));
        const QString id = m_user.id;
        track(client()->deleteUser(id, this, [this, id](const Result<StatusMessage> &result) {
            m_deleting = false;
            if (!result) {
                finishWithError(result.error());
                return;
            }
            const QString name = UserListModel::displayName(m_user);
            m_user = User();
            m_pendingLoadId.clear();
            applySucceeded(tr("Deleted %1.").arg(name));
            Q_EMIT userDeleted(id);
        }));
        return;
    }
    const User edited = editedUser();
    const auto finished = [this](const Result<User> &result, const QString &summary) {
        if (!result) {
            finishWithError(result.error());
            return;
        }
        m_user = result.value();
        m_pendingLoadId = m_user.id;
        fill(m_user);
        applySucceeded(summary.arg(UserListModel::displayName(m_user)));
        Q_EMIT userSaved(m_user.id);
    };
    if (isNew()) {
        describeChange(tr("Create user"), edited.email, QString(), describe(edited));
        track(client()->createUser(edited, this, [finished](const Result<User> &result) {
            finished(result, tr("Created %1."));
        }));
    } else {
        describeChange(tr("Update user"), target, describe(m_user), describe(edited));
        track(client()->updateUser(edited, this, [finished](const Result<User> &result) {
            finished(result, tr("Saved %1."));
        }));
    }
}

void UserForm::finishWithError(const ApiError &error) {
    if (error.httpStatus() == 403)
        Q_EMIT permissionDenied();
    applyFailed(error);
}

void UserForm::updateSpacesSummary() {
    const QStringList ids = m_checks->checkedIds();
    if (ids.isEmpty()) {
        m_spacesSummaryText = tr("No spaces checked.");
        m_spacesSummary->setToolTip(QString());
        elideSpacesSummary();
        return;
    }
    QStringList names;
    for (const QString &id : ids) {
        const Space *space = m_spaces ? m_spaces->spaceById(id) : nullptr;
        names.append(space ? space->name : id);
    }
    QString shown = names.mid(0, kNamesShown).join(QStringLiteral(", "));
    if (names.size() > kNamesShown)
        shown = tr("%1 and %2 more").arg(shown).arg(names.size() - kNamesShown);
    //: %1 "3 spaces", %2 their names
    m_spacesSummaryText = tr("%1 checked: %2").arg(UserListModel::spacesText(ids), shown);
    m_spacesSummary->setToolTip(names.join(QLatin1Char('\n')));
    elideSpacesSummary();
}

void UserForm::elideSpacesSummary() {
    const int width = m_spacesSummary->contentsRect().width();
    m_spacesSummary->setText(width > 0 ? m_spacesSummary->fontMetrics().elidedText(
                                             m_spacesSummaryText, Qt::ElideRight, width)
                                       : m_spacesSummaryText);
}

bool UserForm::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_spacesSummary && event->type() == QEvent::Resize)
        elideSpacesSummary();
    return AdminForm::eventFilter(watched, event);
}

void UserForm::revealCheckedSpaces() {
    m_spaceFilter->clear(); // a filter left from another user would hide the checks
    m_spaceView->collapseAll();
    if (!m_spaces)
        return;
    for (const QString &id : m_checks->checkedIds()) {
        const QModelIndex index =
            m_filter->mapFromSource(m_checks->mapFromSource(m_spaces->indexOf(id)));
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            m_spaceView->expand(up);
    }
}

void UserForm::expandMatches() {
    if (!m_filter->isFiltering()) {
        m_spaceView->collapseAll();
        return;
    }
    // Open the ancestors of direct matches so they are visible; a budget keeps a filter over a
    // very large portfolio from expanding thousands of nodes.
    int budget = 2000;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_filter->rowCount(parent) && budget > 0; ++row, --budget) {
            const QModelIndex index = m_filter->index(row, 0, parent);
            if (m_filter->matchesDirectly(m_filter->mapToSource(index))) {
                for (QModelIndex up = parent; up.isValid(); up = up.parent())
                    m_spaceView->expand(up);
                continue; // its children are shown because it matched
            }
            walk(index);
        }
    };
    walk(QModelIndex());
}

} // namespace Density
