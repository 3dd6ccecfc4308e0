#include "simauthroutes.h"

#include "simauth.h"
#include "simjsonwriter.h"
#include "simstore.h"
#include "simvalidation.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Density::Sim::SimAuthRoutes {

namespace {
constexpr int kMaxTokenSeconds = 7 * 24 * 3600;
} // namespace

SimResponse oauthToken(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    for (const QString &field : {u"client_id"_s, u"client_secret"_s, u"grant_type"_s}) {
        if (!body->value(field).isString() || body->value(field).toString().isEmpty())
            return SimResponse::error(400, u"%1 is required"_s.arg(field));
    }
    if (body->value(u"grant_type"_s).toString() != "client_credentials"_L1)
        return SimResponse::error(400, u"grant_type must be \"client_credentials\""_s);
    // token_duration: requested lifetime in seconds (unit unconfirmed; our proposal).
    const auto lifetime = SimValidation::integer(
        *body, u"token_duration"_s, ctx.store.options().oauthTokenLifetimeSeconds, error);
    if (!lifetime)
        return error;
    if (*lifetime < 1 || *lifetime > kMaxTokenSeconds)
        return SimResponse::error(
            400, u"token_duration must be between 1 and %1 seconds"_s.arg(kMaxTokenSeconds));
    const auto token = ctx.auth.issueM2m(body->value(u"client_id"_s).toString(),
                                         body->value(u"client_secret"_s).toString(), *lifetime);
    if (!token)
        return SimResponse::error(401, u"Unable to authorize client"_s);
    SimJsonWriter w;
    w.beginObject();
    w.key("access_token"_L1).value(*token);
    w.key("expires_in"_L1).value(QString::number(*lifetime));
    w.key("token_type"_L1).value("Bearer"_L1);
    w.endObject();
    return SimResponse::json(w.take());
}

SimResponse displayToken(SimContext &ctx, const SimRequest &request) {
    if (request.header("content-type").startsWith("application/json"))
        return SimResponse::error(
            400, u"The display-token endpoint expects an application/x-www-form-urlencoded body"_s);
    QByteArray form = request.body;
    form.replace('+', ' ');
    const QUrlQuery query(QString::fromUtf8(form));
    QHash<QString, QString> fields;
    for (const QString &name :
         {u"grant_type"_s, u"client_id"_s, u"client_secret"_s, u"display_id"_s}) {
        const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
        if (value.isEmpty())
            return SimResponse::error(400, u"%1 is required"_s.arg(name));
        fields.insert(name, value);
    }
    if (fields.value(u"grant_type"_s) != "client_credentials"_L1)
        return SimResponse::error(400, u"grant_type must be \"client_credentials\""_s);
    const int lifetime = ctx.store.options().oauthTokenLifetimeSeconds;
    const auto token =
        ctx.auth.issueDisplay(fields.value(u"client_id"_s), fields.value(u"client_secret"_s),
                              fields.value(u"display_id"_s), lifetime);
    if (!token)
        return SimResponse::error(401, u"Invalid credentials"_s);
    SimJsonWriter w;
    w.beginObject();
    w.key("access_token"_L1).value(*token);
    w.key("expires_in"_L1).value(lifetime);
    w.key("scope"_L1).value(u"display:"_s + fields.value(u"display_id"_s));
    w.key("token_type"_L1).value("Bearer"_L1);
    w.endObject();
    return SimResponse::json(w.take());
}

SimResponse helloWorld(SimContext &, const SimRequest &) {
    return SimResponse::text(u"Do\u2026 or do not. There is no try. - Yoda"_s);
}

} // namespace Density::Sim::SimAuthRoutes
