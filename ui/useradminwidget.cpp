#include "useradminwidget.h"

#include "api/densityclient.h"
#include "auth/tokenprovider.h"
#include "models/usermodel.h"
#include "userform.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Density {

UserAdminWidget::UserAdminWidget(DensityClient *client, const SpaceTreeModel *spaces,
                                 QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new UserListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_filter(new QLineEdit(this))
    , m_new(new QPushButton(tr("&New user\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete\u2026"), this))
    , m_listStatus(new QLabel(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_form(new UserForm(client, spaces, m_stack)) {
    // The explanation stands out without relying on colour: a framed box with a heading.
    auto *bannerFrame = static_cast<QFrame *>(m_banner);
    bannerFrame->setFrameShape(QFrame::StyledPanel);
    bannerFrame->setAutoFillBackground(true);
    QPalette bannerPalette = bannerFrame->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xdc));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3a, 0x2a, 0x00));
    bannerFrame->setPalette(bannerPalette);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerText->setAccessibleName(tr("Why users cannot be managed"));
    auto *checkAgain = new QPushButton(tr("Check &again"), m_banner);
    checkAgain->setToolTip(tr("Load the users again, for example after connecting with an "
                              "OAuth client"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(checkAgain, 0, Qt::AlignTop);
    m_banner->hide();

    m_filter->setPlaceholderText(tr("Filter users by name, email or role"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter users"));
    m_new->setToolTip(tr("Create a user in this organization"));
    m_delete->setToolTip(tr("Delete the selected user; asks first"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_new);
    tools->addWidget(m_delete);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(UserListModel::SortRole);
    m_sorted->setFilterKeyColumn(-1);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Users"));
    m_listStatus->setWordWrap(true);
    m_listStatus->hide();

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(tools);
    listLayout->addWidget(m_listStatus);
    listLayout->addWidget(m_table, 1);

    m_placeholder->setText(tr("Select a user to view or edit, or create a new one."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_form);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(checkAgain, &QPushButton::clicked, this, &UserAdminWidget::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_sorted,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_new, &QPushButton::clicked, this, &UserAdminWidget::startNewUser);
    connect(m_delete, &QPushButton::clicked, m_form, &UserForm::deleteUser);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UserAdminWidget::currentRowChanged);
    connect(m_model, &UserListModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_listStatus->setText(tr("Loading users\u2026"));
            m_listStatus->show();
        }
    });
    connect(m_model, &UserListModel::loadFailed, this, &UserAdminWidget::listFailed);
    connect(m_model, &UserListModel::loadSucceeded, this, [this] {
        m_listStatus->clear();
        m_listStatus->hide();
        m_banner->hide();
        if (!m_selectAfterLoad.isEmpty())
            selectUser(std::exchange(m_selectAfterLoad, QString()));
    });
    connect(m_form, &UserForm::permissionDenied, this,
            [this] { showTokenExplanation(usesStaticToken()); });
    connect(m_form, &UserForm::userSaved, this, [this](const QString &id) {
        m_selectAfterLoad = id;
        m_model->load(m_client);
        Q_EMIT usersChanged();
    });
    connect(m_form, &UserForm::userDeleted, this, [this] {
        m_stack->setCurrentWidget(m_placeholder);
        m_placeholder->setText(m_form->statusText() + QLatin1Char('\n') +
                               tr("Select a user to view or edit, or create a new one."));
        m_model->load(m_client);
        Q_EMIT usersChanged();
    });
    connect(m_form, &AdminForm::stateChanged, this, &UserAdminWidget::updateButtons);
    updateButtons();
    refresh();
}

void UserAdminWidget::setActivityLog(ActivityLog *log, const QString &connection) {
    m_form->setActivityLog(log, connection);
}

bool UserAdminWidget::usesStaticToken() const {
    return m_client && qobject_cast<StaticTokenProvider *>(m_client->tokenProvider());
}

void UserAdminWidget::refresh() {
    if (usesStaticToken()) {
        // The Users endpoints always refuse static tokens (REFERENCE §3.28): say so without
        // sending a request that can only fail.
        m_model->cancelLoad();
        showTokenExplanation(true);
        return;
    }
    m_model->load(m_client);
}

void UserAdminWidget::showTokenExplanation(bool staticToken) {
    const QString need = tr("Managing users needs a machine-to-machine OAuth token (client "
                            "credentials).");
    const QString why =
        staticToken ? tr("This connection uses a static API token (tok_\u2026), which the "
                         "Users endpoints always refuse.")
                    : tr("The API refused this connection's token for users (403): it is not a "
                         "machine-to-machine token, or lacks the permission.");
    const QString what = tr("Connect with the client id and secret of an OAuth client that an "
                            "owner created (Developer settings in Density), then choose Check "
                            "again. Anything you typed here is kept.");
    m_bannerText->setText(
        QStringLiteral("<b>%1</b> %2<br>%3")
            .arg(need.toHtmlEscaped(), why.toHtmlEscaped(), what.toHtmlEscaped()));
    m_banner->show();
    m_listStatus->hide();
}

bool UserAdminWidget::isExplainingToken() const {
    return !m_banner->isHidden();
}

QString UserAdminWidget::tokenExplanation() const {
    return isExplainingToken() ? m_bannerText->text() : QString();
}

QString UserAdminWidget::listStatus() const {
    return m_listStatus->isHidden() ? QString() : m_listStatus->text();
}

void UserAdminWidget::listFailed(const ApiError &error) {
    if (error.httpStatus() == 403) {
        showTokenExplanation(usesStaticToken());
        return;
    }
    m_listStatus->setText(
        tr("\u2716 Could not load the users: %1 The list shows what was loaded before.")
            .arg(error.message()));
    m_listStatus->show();
}

void UserAdminWidget::selectUser(const QString &userId) {
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_selecting = true;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_selecting = false;
}

void UserAdminWidget::currentRowChanged(const QModelIndex &current, const QModelIndex &previous) {
    if (!current.isValid())
        return;
    const QString id = current.data(UserListModel::UserIdRole).toString();
    // Selecting the user the form already shows (after a save) must not reload it.
    if (id == m_form->userId() && (m_selecting || m_form->hasUnappliedEdits())) {
        m_stack->setCurrentWidget(m_form);
        return;
    }
    if (!m_selecting && !m_form->confirmDiscard()) {
        // Keep editing: the selection goes back to what the form shows.
        m_selecting = true;
        m_table->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        m_selecting = false;
        return;
    }
    m_stack->setCurrentWidget(m_form);
    m_form->showUser(id);
}

void UserAdminWidget::startNewUser() {
    if (!m_form->confirmDiscard())
        return;
    m_selecting = true;
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_selecting = false;
    m_stack->setCurrentWidget(m_form);
    m_form->startNew();
    m_form->emailEdit()->setFocus();
}

void UserAdminWidget::updateButtons() {
    const bool busy = m_form->state() == AdminForm::State::Loading ||
                      m_form->state() == AdminForm::State::Applying;
    m_delete->setEnabled(!busy && m_stack->currentWidget() == m_form && !m_form->isNew());
    m_new->setEnabled(!busy);
}

} // namespace Density
