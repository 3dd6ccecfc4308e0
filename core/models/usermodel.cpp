#include "usermodel.h"

#include "api/densityclient.h"

#include <QDateTime>
#include <QLocale>

namespace Density {

namespace {

QDateTime createdTime(const User &user) {
    QDateTime time = QDateTime::fromString(user.createdAt, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(user.createdAt, Qt::ISODate);
    return time;
}

} // namespace

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QStringList UserListModel::knownRoles() {
    return {QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("editor"),
            QStringLiteral("read_only")};
}

QString UserListModel::roleText(const QString &role) {
    if (role == QLatin1String("owner"))
        return tr("Owner");
    if (role == QLatin1String("admin"))
        return tr("Admin");
    if (role == QLatin1String("editor"))
        return tr("Editor");
    if (role == QLatin1String("read_only"))
        return tr("Read-only");
    return role;
}

QString UserListModel::roleValue(const QString &text) {
    const QString trimmed = text.trimmed();
    for (const QString &role : knownRoles()) {
        if (trimmed.compare(role, Qt::CaseInsensitive) == 0 ||
            trimmed.compare(roleText(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return trimmed;
}

QString UserListModel::spacesText(const QStringList &spaceIds) {
    if (spaceIds.isEmpty())
        return tr("None listed");
    return tr("%n space(s)", nullptr, int(spaceIds.size()));
}

QString UserListModel::displayName(const User &user) {
    return user.fullName.trimmed().isEmpty() ? user.email : user.fullName;
}

void UserListModel::load(DensityClient *client) {
    cancelLoad();
    if (!client)
        return;
    setLoading(true);
    m_call = client->users(this, [this](const Result<QList<User>> &result) {
        setLoading(false);
        if (!result) {
            Q_EMIT loadFailed(result.error());
            return;
        }
        setUsers(result.value());
        Q_EMIT loadSucceeded();
    });
}

void UserListModel::cancelLoad() {
    m_call.abort();
    setLoading(false);
}

void UserListModel::setLoading(bool loading) {
    if (m_isLoading == loading)
        return;
    m_isLoading = loading;
    Q_EMIT loadingChanged(loading);
}

void UserListModel::setUsers(QList<User> users) {
    beginResetModel();
    m_users = std::move(users);
    m_loaded = true;
    endResetModel();
}

const User *UserListModel::user(int row) const {
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserListModel::rowOf(const QString &userId) const {
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return row;
    }
    return -1;
}

int UserListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    switch (role) {
    case UserIdRole:
        return u.id;
    case ApiRoleRole:
        return u.role;
    case SpaceIdsRole:
        return u.spaceIds;
    case SortRole:
        if (index.column() == SpacesColumn)
            return int(u.spaceIds.size());
        if (index.column() == CreatedColumn)
            return createdTime(u);
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::ToolTipRole:
        if (index.column() == SpacesColumn && u.spaceIds.isEmpty())
            return tr("The API lists no spaces for this user. Density does not document what an "
                      "empty list means for a user (for analytics it means all spaces).");
        if (index.column() == RoleColumn && roleText(u.role) == u.role)
            return tr("A role this app does not know, shown as the API sent it.");
        if (index.column() == CreatedColumn)
            return u.createdAt;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return u.fullName;
    case EmailColumn:
        return u.email;
    case RoleColumn:
        return roleText(u.role);
    case SpacesColumn:
        return spacesText(u.spaceIds);
    case CreatedColumn: {
        const QDateTime time = createdTime(u);
        return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                              : u.createdAt;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case SpacesColumn:
        return tr("Spaces");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Density
