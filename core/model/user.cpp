#include "user.h"

#include "json.h"

namespace Density {

User User::fromJson(const QJsonObject &json) {
    User user;
    user.id = Json::string(json, QLatin1String("id"));
    user.email = Json::string(json, QLatin1String("email"));
    user.fullName = Json::string(json, QLatin1String("full_name"));
    user.role = Json::string(json, QLatin1String("role"));
    user.spaceIds = Json::stringList(json, QLatin1String("spaces"));
    user.createdAt = Json::string(json, QLatin1String("created_at"));
    return user;
}

QJsonObject User::toJson() const {
    QJsonObject json = toRequestJson(true);
    json.insert(QLatin1String("id"), id);
    json.insert(QLatin1String("created_at"), createdAt);
    return json;
}

QJsonObject User::toRequestJson(bool includeEmail) const {
    QJsonObject json{{QLatin1String("full_name"), fullName},
                     {QLatin1String("role"), role},
                     {QLatin1String("spaces"), Json::toArray(spaceIds)}};
    if (includeEmail)
        json.insert(QLatin1String("email"), email);
    return json;
}

StatusMessage StatusMessage::fromJson(const QJsonObject &json) {
    return {json.value(QLatin1String("code")).toInt(),
            Json::string(json, QLatin1String("message"))};
}

} // namespace Density
