#include "tokens.h"

#include "json.h"

namespace Density {

AccessToken AccessToken::fromJson(const QJsonObject &json) {
    AccessToken token;
    token.accessToken = Json::string(json, QLatin1String("access_token"));
    token.expiresInSeconds = Json::nullableInteger(json, QLatin1String("expires_in")).valueOr(0);
    token.tokenType = Json::string(json, QLatin1String("token_type"));
    token.scope = Json::string(json, QLatin1String("scope"));
    return token;
}

WebSocketTicket WebSocketTicket::fromJson(const QJsonObject &json) {
    return {Json::string(json, QLatin1String("ws_url"))};
}

} // namespace Density
