#pragma once

#include "api/apierror.h"
#include "api/pendingcall.h"
#include "model/user.h"

#include <QAbstractTableModel>

namespace Density {

class DensityClient;

//! The organization's users (`GET /v3/users`), one row each. The Users endpoints answer only
//! machine-to-machine OAuth tokens (REFERENCE §3.28); a static token's 403 arrives through
//! loadFailed() like any other error, and the rows already shown stay.
class UserListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, RoleColumn, SpacesColumn, CreatedColumn, ColumnCount };
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        ApiRoleRole,  //!< the role string exactly as the API sent it ("read_only")
        SpaceIdsRole, //!< QStringList of the space ids the user may see
        SortRole,     //!< numbers and timestamps sort as such, text otherwise
    };

    explicit UserListModel(QObject *parent = nullptr);

    //! Fetches every user; a load still running is superseded (aborted) first.
    void load(DensityClient *client);
    void cancelLoad();
    bool isLoading() const { return m_isLoading; }
    bool isLoaded() const { return m_loaded; }
    void setUsers(QList<User> users);

    const User *user(int row) const;
    //! Row of the user with this id, -1 when not listed.
    int rowOf(const QString &userId) const;

    //! "read_only" -> "Read-only": the four known roles through tr(); any other string is shown
    //! as the API sent it, because roles are open strings and only `owner` is confirmed.
    static QString roleText(const QString &role);
    //! The API value for a known role's display text or value (case-insensitive); anything else
    //! comes back trimmed, as typed.
    static QString roleValue(const QString &text);
    static QStringList knownRoles();
    //! "3 spaces", "1 space", or "None listed" (the API does not document what an empty list
    //! means for a user).
    static QString spacesText(const QStringList &spaceIds);
    //! "Ada Lovelace" or, without a name, the email.
    static QString displayName(const User &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const Density::ApiError &error);
    void loadSucceeded();

private:
    void setLoading(bool loading);

    QList<User> m_users;
    RequestHandle m_call;
    bool m_isLoading = false;
    bool m_loaded = false;
};

} // namespace Density
