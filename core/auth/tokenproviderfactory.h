#pragma once

#include "connectionprofile.h"
#include "tokenprovider.h"

#include <memory>

namespace Density {

class DensityClient;

//! The TokenProvider a profile needs, given its secret (the token, or the client secret):
//! StaticTokenProvider, OAuthTokenProvider or DisplayTokenProvider. The one way the GUI and the
//! CLI turn a profile into credentials. `client` is the client the provider will serve (the
//! OAuth and display kinds fetch their tokens through it).
std::unique_ptr<TokenProvider> makeTokenProvider(const ConnectionProfile &profile,
                                                 const QString &secret, DensityClient *client);

} // namespace Density
