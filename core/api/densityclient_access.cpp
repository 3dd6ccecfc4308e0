// Access validation and the two token endpoints.
#include "densityclient.h"

#include "fanout.h"

#include <QUrlQuery>

namespace Density {

RequestHandle DensityClient::helloWorld(QObject *context, Handler<QString> done) {
    return typedCall<QString>(this, RequestSpec{Endpoint::HelloWorld, {}, {}, {}}, context,
                              std::move(done), [](const RawReply &reply) -> Result<QString> {
                                  return QString::fromUtf8(reply.body).trimmed();
                              });
}

RequestHandle DensityClient::requestOAuthToken(const QString &clientId, const QString &clientSecret,
                                               QObject *context, Handler<AccessToken> done) {
    const QJsonObject body{{QLatin1String("client_id"), clientId},
                           {QLatin1String("client_secret"), clientSecret},
                           {QLatin1String("grant_type"), QLatin1String("client_credentials")}};
    return typedCall<AccessToken>(this, RequestSpec::json(Endpoint::OAuthToken, body), context,
                                  std::move(done),
                                  objectDecoder<AccessToken>(AccessToken::fromJson));
}

RequestHandle DensityClient::requestDisplayToken(const QString &clientId,
                                                 const QString &clientSecret,
                                                 const QString &displayId, QObject *context,
                                                 Handler<AccessToken> done) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
    form.addQueryItem(QStringLiteral("display_id"), displayId);
    RequestSpec spec;
    spec.endpoint = Endpoint::DisplayToken;
    // QUrlQuery leaves '+' literal; the form encoding needs it escaped.
    spec.body = form.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B");
    spec.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    return typedCall<AccessToken>(this, spec, context, std::move(done),
                                  objectDecoder<AccessToken>(AccessToken::fromJson));
}

} // namespace Density
