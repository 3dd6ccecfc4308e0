#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Density {

//! An Atlas user. `role` stays an open string: only `owner` is confirmed (REFERENCE §4.17).
struct User {
    QString id;
    QString email;
    QString fullName;
    QString role;
    QStringList spaceIds;
    QString createdAt;

    static User fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    //! Body for create (with email) or update (email is not updatable, so it is left out).
    QJsonObject toRequestJson(bool includeEmail) const;
};

//! `{code, message}`: both the error envelope and the Delete User success body.
struct StatusMessage {
    int code = 0;
    QString message;

    static StatusMessage fromJson(const QJsonObject &json);
};

} // namespace Density
