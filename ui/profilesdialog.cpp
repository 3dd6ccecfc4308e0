#include "profilesdialog.h"

#include "analytics/timebasis.h"
#include "api/connectiontest.h"
#include "auth/credentialstore.h"
#include "auth/profilestore.h"
#include "connectdialog.h"
#include "models/spacetreemodel.h"
#include "operatinghoursdialog.h"
#include "windowfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Density {

namespace {

enum ListColumn { NameColumn, ServerColumn, SignInColumn, ListColumnCount };
constexpr int ProfileIdRole = Qt::UserRole + 1;
constexpr int DepthRole = Qt::UserRole + 2; //!< a space's depth in the tree, in the combo box
//! Beyond this many spaces a combo box is no way to choose (and slow to fill): the id is typed.
constexpr int MaxSpacesInCombo = 2000;

//! A wrapped label: German-length sentences grow downwards, not the dialog sideways.
QLabel *wrapped(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

//! Indents the combo box's popup like the tree, while the closed box shows the bare name.
class SpaceDepthDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem indented(option);
        const int indent = index.data(DepthRole).toInt() * option.fontMetrics.height();
        indented.rect.adjust(indent, 0, 0, 0);
        QStyledItemDelegate::paint(painter, indented, index);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width() + index.data(DepthRole).toInt() * option.fontMetrics.height(),
                size.height()};
    }
};

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *store, const SpaceTreeModel *spaces, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_spaces(spaces)
    , m_list(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_nameProblem(wrapped(this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_server(new QLabel(this))
    , m_signIn(wrapped(this))
    , m_editSignIn(new QPushButton(tr("&Edit Sign-in\u2026"), this))
    , m_hours(wrapped(this))
    , m_hoursButton(new QPushButton(tr("C&hange\u2026"), this))
    , m_clearHours(new QPushButton(tr("&None"), this))
    , m_spaceCombo(new QComboBox(this))
    , m_spaceId(new QLineEdit(this))
    , m_spaceName(wrapped(this))
    , m_remove(new QPushButton(tr("Re&move Connection\u2026"), this))
    , m_status(wrapped(this))
    , m_storage(wrapped(this))
    , m_notice(wrapped(this))
    , m_insecureFile(
          new QCheckBox(tr("Store secrets in a plain file on this computer (not encrypted)"), this))
    , m_details(new QWidget(this)) {
    setWindowTitle(tr("Manage Connections"));

    m_list->setColumnCount(ListColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("Server"), tr("Sign-in")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(120);
    m_list->setAccessibleName(tr("Saved connections"));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProfilesDialog::showSelected);

    // Details of the selected profile. The form wraps long rows, so translated labels push the
    // field below them instead of widening the dialog.
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_rename);
    auto *nameBox = new QVBoxLayout;
    nameBox->addLayout(nameRow);
    nameBox->addWidget(m_nameProblem);
    m_nameProblem->setVisible(false);
    auto *nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);
    m_name->setAccessibleName(tr("Connection name"));
    connect(m_name, &QLineEdit::textEdited, this, &ProfilesDialog::updateNameProblem);
    connect(m_name, &QLineEdit::returnPressed, this, &ProfilesDialog::rename);
    connect(m_rename, &QPushButton::clicked, this, &ProfilesDialog::rename);

    // An address does not wrap sensibly; it stays on one line and can be selected.
    m_server->setTextFormat(Qt::PlainText);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Server:"), m_server);

    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signIn, 1);
    signInRow->addWidget(m_editSignIn, 0, Qt::AlignTop);
    form->addRow(tr("Sign-in:"), signInRow);
    m_editSignIn->setToolTip(tr("Change the server or the credentials; the secret is kept in "
                                "the credential store, never in the settings file."));
    connect(m_editSignIn, &QPushButton::clicked, this, &ProfilesDialog::editSignIn);

    auto *hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_hours, 1);
    hoursRow->addWidget(m_hoursButton, 0, Qt::AlignTop);
    hoursRow->addWidget(m_clearHours, 0, Qt::AlignTop);
    form->addRow(tr("Operating hours:"), hoursRow);
    m_hoursButton->setToolTip(tr("Operating hours used for new queries of this connection"));
    m_clearHours->setToolTip(tr("Use the app's default operating hours (File > Settings)"));
    connect(m_hoursButton, &QPushButton::clicked, this, &ProfilesDialog::editOperatingHours);
    connect(m_clearHours, &QPushButton::clicked, this, [this] { setHours(std::nullopt); });

    auto *spaceBox = new QVBoxLayout;
    spaceBox->addWidget(m_spaceCombo);
    spaceBox->addWidget(m_spaceId);
    spaceBox->addWidget(m_spaceName);
    form->addRow(tr("Space to open first:"), spaceBox);
    m_spaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_spaceCombo->setMinimumContentsLength(16);
    m_spaceCombo->setAccessibleName(tr("Space to open first"));
    m_spaceCombo->setItemDelegate(new SpaceDepthDelegate(m_spaceCombo));
    m_spaceId->setPlaceholderText(tr("Space id (spc_\u2026); empty for none"));
    m_spaceId->setAccessibleName(tr("Space id to open first"));
    m_spaceId->setClearButtonEnabled(true);
    connect(m_spaceCombo, &QComboBox::activated, this, &ProfilesDialog::chooseSpace);
    connect(m_spaceId, &QLineEdit::editingFinished, this, &ProfilesDialog::saveTypedSpace);
    connect(m_spaceId, &QLineEdit::textEdited, this, &ProfilesDialog::updateSpaceName);
    if (m_spaces) {
        connect(m_spaces, &QAbstractItemModel::modelReset, this, [this] {
            fillSpaceCombo();
            updateSpaceName();
        });
    }

    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_remove);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeSelected);

    auto *profilesBox = new QGroupBox(tr("Saved connections"), this);
    auto *profilesLayout = new QVBoxLayout(profilesBox);
    profilesLayout->addWidget(m_list, 1);
    profilesLayout->addWidget(m_details);
    profilesLayout->addLayout(removeRow);
    profilesLayout->addWidget(m_status);

    auto *storageBox = new QGroupBox(tr("Where secrets are stored"), this);
    auto *storageLayout = new QVBoxLayout(storageBox);
    storageLayout->addWidget(m_storage);
    storageLayout->addWidget(m_notice);
    storageLayout->addWidget(m_insecureFile);
    connect(m_insecureFile, &QCheckBox::clicked, this, &ProfilesDialog::toggleInsecureFile);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(profilesBox, 1);
    layout->addWidget(storageBox);
    layout->addWidget(buttons);

    if (m_store) {
        connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesDialog::reload);
        connect(m_store, &ProfileStore::currentProfileChanged, this, &ProfilesDialog::reload);
    }
    m_status->setVisible(false);
    fillSpaceCombo();
    reload();
    updateStorage();
    resize(qMax(sizeHint().width(), 640), qMax(sizeHint().height(), 560));
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setStorageNotice(const QString &notice) {
    m_noticeText = notice;
    updateStorage();
}

QString ProfilesDialog::selectedProfileId() const {
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, ProfileIdRole).toString() : QString();
}

bool ProfilesDialog::selectProfile(const QString &id) {
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(NameColumn, ProfileIdRole).toString() == id) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

std::optional<ConnectionProfile> ProfilesDialog::selected() const {
    const QString id = selectedProfileId();
    if (id.isEmpty() || !m_store)
        return std::nullopt;
    return m_store->find(id);
}

bool ProfilesDialog::isCurrent(const QString &id) const {
    return m_store && !id.isEmpty() && m_store->currentProfileId() == id;
}

void ProfilesDialog::reload() {
    const QString keep = selectedProfileId();
    const int keepRow = m_list->currentIndex().row();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        const QList<ConnectionProfile> profiles =
            m_store ? m_store->profiles() : QList<ConnectionProfile>();
        for (const ConnectionProfile &profile : profiles) {
            auto *item = new QTreeWidgetItem(m_list);
            const bool current = isCurrent(profile.id);
            // The current profile says so in words (and in bold), not by a colour.
            //: A profile in the Manage Connections list: %1 is its name.
            item->setText(NameColumn,
                          current ? tr("%1 (current)").arg(profile.name) : profile.name);
            item->setData(NameColumn, ProfileIdRole, profile.id);
            item->setText(ServerColumn, profile.baseUrl.toDisplayString());
            item->setText(SignInColumn, ConnectionProfile::authKindDisplayName(profile.authKind));
            item->setToolTip(ServerColumn, profile.baseUrl.toDisplayString());
            if (current) {
                QFont bold = item->font(NameColumn);
                bold.setBold(true);
                item->setFont(NameColumn, bold);
            }
        }
        if (!selectProfile(keep) && m_list->topLevelItemCount() > 0) {
            const int row = qBound(0, keepRow, m_list->topLevelItemCount() - 1);
            m_list->setCurrentItem(m_list->topLevelItem(row));
        }
    }
    // Room between columns: a long address must not run into the sign-in kind.
    for (int column : {NameColumn, ServerColumn}) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, m_list->columnWidth(column) + 16);
    }
    showSelected();
}

void ProfilesDialog::showSelected() {
    const std::optional<ConnectionProfile> profile = selected();
    m_details->setEnabled(profile.has_value());
    m_remove->setEnabled(profile.has_value());
    m_name->setText(profile ? profile->name : QString());
    m_server->setText(profile ? profile->baseUrl.toDisplayString() : QString());
    QString signIn;
    if (profile) {
        signIn = ConnectionProfile::authKindDisplayName(profile->authKind);
        if (!profile->clientId.isEmpty())
            //: %1 the sign-in kind ("OAuth client credentials"), %2 the client id.
            signIn = tr("%1, client %2").arg(signIn, profile->clientId);
        if (!profile->displayId.isEmpty())
            //: %1 the sign-in kind and client, %2 the display id.
            signIn = tr("%1, display %2").arg(signIn, profile->displayId);
    }
    m_signIn->setText(signIn);
    if (profile && profile->operatingHours)
        m_hours->setText(TimeBasis::operatingHoursText(profile->operatingHours, QLocale()));
    else if (profile)
        m_hours->setText(tr("None: the app's default (File > Settings)"));
    else
        m_hours->clear();
    m_clearHours->setEnabled(profile && profile->operatingHours.has_value());
    m_spaceId->setText(profile ? profile->firstSpaceId : QString());
    updateNameProblem();
    updateSpaceName();
}

void ProfilesDialog::updateNameProblem() {
    const std::optional<ConnectionProfile> profile = selected();
    const QString name = m_name->text().trimmed();
    QString problem;
    if (profile && name.isEmpty()) {
        problem = tr("A connection needs a name.");
    } else if (profile && m_store) {
        const std::optional<ConnectionProfile> other = m_store->findByName(name);
        if (other && other->id != profile->id)
            problem = tr("Another connection is already called \u201C%1\u201D.").arg(name);
    }
    // The sentence says what is wrong; the warning sign and colour only repeat it.
    m_nameProblem->setText(problem.isEmpty() ? QString() : tr("\u26A0 %1").arg(problem));
    m_nameProblem->setVisible(!problem.isEmpty());
    QPalette palette = m_nameProblem->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20));
    m_nameProblem->setPalette(palette);
    m_name->setToolTip(problem);
    fitHeight();
    m_rename->setEnabled(profile && problem.isEmpty() && name != profile->name);
}

void ProfilesDialog::rename() {
    std::optional<ConnectionProfile> profile = selected();
    updateNameProblem();
    if (!profile || !m_rename->isEnabled())
        return;
    profile->name = m_name->text().trimmed();
    //: %1 the connection's new name.
    saveProfile(*profile, tr("Renamed to \u201C%1\u201D.").arg(profile->name));
}

void ProfilesDialog::editOperatingHours() {
    const std::optional<ConnectionProfile> profile = selected();
    if (!profile)
        return;
    auto *dialog =
        new OperatingHoursDialog(profile->operatingHours.value_or(OperatingHours{}), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = profile->id] {
        if (selectedProfileId() == id)
            setHours(dialog->hours());
    });
    dialog->open();
    Q_EMIT hoursDialogOpened(dialog);
}

void ProfilesDialog::setHours(const std::optional<OperatingHours> &hours) {
    std::optional<ConnectionProfile> profile = selected();
    if (!profile)
        return;
    profile->operatingHours = hours;
    saveProfile(*profile, hours ? tr("Operating hours saved.")
                                : tr("This connection now uses the app's default hours."));
}

void ProfilesDialog::fillSpaceCombo() {
    const QSignalBlocker blocker(m_spaceCombo);
    m_spaceCombo->clear();
    m_spaceCombo->addItem(tr("None"), QString());
    if (!m_spaces || m_spaces->spaceCount() > MaxSpacesInCombo)
        return;
    // Depth first, indented, so the combo reads like the tree.
    const std::function<void(const QModelIndex &, int)> add = [&](const QModelIndex &parent,
                                                                  int depth) {
        for (int row = 0; row < m_spaces->rowCount(parent); ++row) {
            const QModelIndex index = m_spaces->index(row, SpaceTreeModel::NameColumn, parent);
            m_spaceCombo->addItem(index.data().toString(), index.data(SpaceTreeModel::SpaceIdRole));
            m_spaceCombo->setItemData(m_spaceCombo->count() - 1, depth, DepthRole);
            add(index, depth + 1);
        }
    };
    add(QModelIndex(), 0);
}

void ProfilesDialog::chooseSpace(int comboIndex) {
    std::optional<ConnectionProfile> profile = selected();
    if (!profile || comboIndex < 0)
        return;
    m_spaceId->setText(m_spaceCombo->itemData(comboIndex).toString());
    saveTypedSpace();
}

void ProfilesDialog::saveTypedSpace() {
    std::optional<ConnectionProfile> profile = selected();
    const QString id = m_spaceId->text().trimmed();
    updateSpaceName();
    if (!profile || id == profile->firstSpaceId)
        return;
    profile->firstSpaceId = id;
    saveProfile(*profile, id.isEmpty() ? tr("No space opens first.")
                                       : tr("The space to open first is saved."));
}

void ProfilesDialog::updateSpaceName() {
    const std::optional<ConnectionProfile> profile = selected();
    const QString id = m_spaceId->text().trimmed();
    // The tree belongs to the connection in use: only the current profile can pick from it.
    const bool treeApplies =
        profile && m_spaces && m_spaces->spaceCount() > 0 && isCurrent(profile->id);
    m_spaceCombo->setVisible(treeApplies);
    const Space *space = treeApplies && !id.isEmpty() ? m_spaces->spaceById(id) : nullptr;
    {
        const QSignalBlocker blocker(m_spaceCombo);
        m_spaceCombo->setCurrentIndex(id.isEmpty() ? 0 : m_spaceCombo->findData(id));
    }
    QString text;
    if (!profile)
        text.clear();
    else if (id.isEmpty())
        text = tr("None: the app opens without a space selected.");
    else if (space) {
        QStringList path = m_spaces->ancestorNames(id);
        path.append(space->name);
        //: %1 the space's name with its ancestors ("HQ > Floor 2 > Room 4").
        text = tr("Opens \u201C%1\u201D.").arg(path.join(QStringLiteral(" > ")));
    } else if (treeApplies)
        text = tr("Not among this organization's loaded spaces; the id is kept as typed.");
    else
        text = tr("The space's name shows here while this connection is in use.");
    m_spaceName->setText(text);
}

void ProfilesDialog::removeSelected() {
    const std::optional<ConnectionProfile> profile = selected();
    if (!profile || !m_store)
        return;
    //: %1 the connection's name.
    if (!ask(tr("Remove Connection"),
             tr("Remove the connection \u201C%1\u201D? Its saved secret is deleted too; you "
                "would need the token or client secret to connect to it again.")
                 .arg(profile->name)))
        return;
    QPointer<ProfilesDialog> self(this);
    m_store->remove(profile->id, [self, name = profile->name](const Result<Done> &removed) {
        if (!self)
            return;
        if (removed)
            self->showStatus(tr("Removed \u201C%1\u201D.").arg(name), false);
        else
            //: %1 the connection's name, %2 the credential store's error.
            self->showStatus(tr("Removed \u201C%1\u201D, but its secret could not be deleted: %2")
                                 .arg(name, removed.error().message()),
                             true);
    });
}

void ProfilesDialog::editSignIn() {
    const std::optional<ConnectionProfile> profile = selected();
    if (!m_store || !profile)
        return;
    QPointer<ProfilesDialog> self(this);
    m_store->readSecret(*profile, [self, profile = *profile](const Result<QString> &secret) {
        if (!self)
            return;
        auto *dialog = new ConnectDialog(profile.baseUrl, self);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        //: The title of the Connect dialog when it edits a saved connection; %1 its name.
        dialog->setWindowTitle(tr("Sign-in of \u201C%1\u201D").arg(profile.name));
        dialog->setInput(
            ConnectionInput::fromProfile(profile, secret ? secret.value() : QString()));
        if (self->m_client)
            dialog->useNetworkSettingsOf(self->m_client);
        if (!secret)
            self->showStatus(tr("The saved secret could not be read (%1); enter it again.")
                                 .arg(secret.error().message()),
                             true);
        connect(dialog, &QDialog::accepted, self, [self, dialog, id = profile.id] {
            const std::optional<ConnectionProfile> base =
                self->m_store ? self->m_store->find(id) : std::nullopt;
            if (!base) {
                self->showStatus(tr("That connection was removed meanwhile."), true);
                return;
            }
            const ConnectionInput input = dialog->input();
            const ConnectionProfile changed = input.toProfile(*base);
            self->m_store->saveWithSecret(
                changed, input.secret(), [self, id, name = base->name](const Result<Done> &saved) {
                    if (!self)
                        return;
                    if (!saved) {
                        //: %1 the connection's name, %2 why saving failed.
                        self->showStatus(tr("The sign-in of \u201C%1\u201D could not be saved: %2")
                                             .arg(name, saved.error().message()),
                                         true);
                        return;
                    }
                    self->showStatus(tr("Sign-in of \u201C%1\u201D saved.").arg(name), false);
                    Q_EMIT self->signInChanged(id);
                });
        });
        dialog->open();
        Q_EMIT self->connectDialogOpened(dialog);
    });
}

void ProfilesDialog::updateStorage() {
    const CredentialStore *secrets = m_store ? m_store->credentialStore() : nullptr;
    QString where;
    if (!secrets) {
        where = tr("Secrets are stored in: not decided yet (the system keychain is being "
                   "checked).");
    } else {
        switch (secrets->kind()) {
        case CredentialStore::Kind::Keychain:
            where = tr("Secrets are stored in: the system keychain.");
            break;
        case CredentialStore::Kind::SessionOnly:
            where = tr("Secrets are stored in: this session only.");
            break;
        case CredentialStore::Kind::InsecureFile:
            where = tr("Secrets are stored in: a plain file (insecure).");
            break;
        }
    }
    m_storage->setText(where);
    const bool noKeychain = secrets && secrets->kind() != CredentialStore::Kind::Keychain;
    m_notice->setText(m_noticeText);
    m_notice->setVisible(noKeychain && !m_noticeText.isEmpty());
    // Only offered when there is no keychain: with one, a plain file is never the better choice.
    m_insecureFile->setVisible(noKeychain);
    const QSignalBlocker blocker(m_insecureFile);
    m_insecureFile->setChecked(m_store && m_store->insecureFileOptIn());
}

void ProfilesDialog::toggleInsecureFile(bool optIn) {
    if (!m_store)
        return;
    if (optIn &&
        !ask(tr("Store Secrets in a Plain File?"),
             tr("Tokens and client secrets will be written unencrypted to a file in your home "
                "folder. Anyone who can read your files or your backups can use them to reach "
                "your Density organizations. Only do this on a computer that you alone use.\n\n"
                "Store secrets in a plain file?"))) {
        const QSignalBlocker blocker(m_insecureFile);
        m_insecureFile->setChecked(false);
        return;
    }
    m_store->setInsecureFileOptIn(optIn);
    showStatus(optIn ? tr("Secrets will be stored in a plain file from now on.")
                     : tr("Secrets will no longer be stored in a plain file."),
               false);
    Q_EMIT insecureStorageRequested(optIn);
}

bool ProfilesDialog::saveProfile(const ConnectionProfile &profile, const QString &done) {
    if (!m_store)
        return false;
    QString error;
    if (!m_store->save(profile, &error)) {
        showStatus(error, true);
        return false;
    }
    showStatus(done, false);
    return true;
}

void ProfilesDialog::showStatus(const QString &sentence, bool problem) {
    m_status->setText(problem ? tr("\u26A0 %1").arg(sentence) : sentence);
    m_status->setVisible(!sentence.isEmpty());
    fitHeight();
}

void ProfilesDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    fitHeight();
}

void ProfilesDialog::fitHeight() {
    if (!isVisible())
        return;
    layout()->activate();
    growToFitHeight(this);
}

bool ProfilesDialog::ask(const QString &title, const QString &text) {
    if (m_question)
        return m_question(title, text);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

} // namespace Density
