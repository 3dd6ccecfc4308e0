#include "tokenproviderfactory.h"

#include "renewingtokenprovider.h"

#include "api/densityclient.h"

namespace Density {

std::unique_ptr<TokenProvider> makeTokenProvider(const ConnectionProfile &profile,
                                                 const QString &secret, DensityClient *client) {
    switch (profile.authKind) {
    case ConnectionProfile::AuthKind::OAuthClient:
        return std::make_unique<OAuthTokenProvider>(client, profile.clientId, secret);
    case ConnectionProfile::AuthKind::DisplayCredentials:
        return std::make_unique<DisplayTokenProvider>(client, profile.clientId, secret,
                                                      profile.displayId);
    case ConnectionProfile::AuthKind::StaticToken:
        break;
    }
    return std::make_unique<StaticTokenProvider>(secret);
}

} // namespace Density
