#include "tokenprovider.h"

#include <QCoreApplication>

namespace Density {

StaticTokenProvider::StaticTokenProvider(QString token, QObject *parent)
    : TokenProvider(parent)
    , m_token(std::move(token)) {}

void StaticTokenProvider::requestToken(std::function<void(const Result<QString> &)> done) {
    if (m_token.isEmpty()) {
        done(ApiError(ApiError::Kind::Auth,
                      QCoreApplication::translate("Density::TokenProvider",
                                                  "No API token is configured: add one in "
                                                  "Settings or pass --token.")));
        return;
    }
    done(m_token);
}

} // namespace Density
