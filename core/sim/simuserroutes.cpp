#include "simuserroutes.h"

#include "simjson.h"
#include "simjsonwriter.h"
#include "simstore.h"
#include "simvalidation.h"

using namespace Qt::StringLiterals;

namespace Density::Sim::SimUserRoutes {

namespace {

bool validRole(const QString &role) {
    return role == "owner"_L1 || role == "admin"_L1 || role == "editor"_L1 ||
           role == "read_only"_L1;
}

SimResponse userResponse(const SimStore &store, int user) {
    SimJsonWriter w;
    SimJson::writeUser(w, store, user);
    return SimResponse::json(w.take());
}

//! Shared by create and update: full_name, role, spaces (all optional here).
bool applyFields(const SimStore &store, const QJsonObject &body, SimUser &user,
                 SimResponse &error) {
    const QJsonValue name = body.value(u"full_name"_s);
    if (!name.isUndefined()) {
        if (!name.isString() || name.toString().size() > 255) {
            error =
                SimResponse::error(400, u"full_name must be a string of at most 255 characters"_s);
            return false;
        }
        if (name.toString().trimmed().isEmpty()) {
            error = SimResponse::error(400, u"full_name must not be empty"_s);
            return false;
        }
        user.fullName = name.toString();
    }
    const QJsonValue role = body.value(u"role"_s);
    if (!role.isUndefined()) {
        if (!role.isString() || !validRole(role.toString())) {
            error =
                SimResponse::error(400, u"role must be one of owner, admin, editor, read_only"_s);
            return false;
        }
        user.role = role.toString();
    }
    if (body.contains(u"spaces"_s)) {
        const auto spaces = SimValidation::stringList(body, u"spaces"_s, error);
        if (!spaces)
            return false;
        for (const QString &space : *spaces) {
            if (store.portfolio().spaceIndex(space) < 0) {
                error = SimResponse::error(400, u"spaces: %1 is not a known space id"_s.arg(space));
                return false;
            }
        }
        user.spaces = *spaces;
    }
    return true;
}

int findUser(const SimContext &ctx, const SimRequest &request, SimResponse &error) {
    const QString id = request.pathArgs.value(0);
    const int user = ctx.store.portfolio().userIndex(id);
    if (user < 0)
        error = SimResponse::error(404, u"User %1 not found"_s.arg(id));
    return user;
}

} // namespace

SimResponse listUsers(SimContext &ctx, const SimRequest &) {
    SimJsonWriter w;
    w.beginArray();
    for (size_t i = 0; i < ctx.store.portfolio().users.size(); ++i)
        SimJson::writeUser(w, ctx.store, int(i));
    w.endArray();
    return SimResponse::json(w.take());
}

SimResponse createUser(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    // Required fields are unconfirmed; we require email and role (REFERENCE §3.29).
    const QJsonValue email = body->value(u"email"_s);
    if (!email.isString())
        return SimResponse::error(400, u"email is required and must be an e-mail address"_s);
    if (email.toString().size() > 254)
        return SimResponse::error(400, u"email must be at most 254 characters"_s);
    if (!SimValidation::isEmailAddress(email.toString()))
        return SimResponse::error(
            400, u"email \"%1\" is not an e-mail address (expected name@example.com)"_s.arg(
                     email.toString().left(80)));
    if (!body->contains(u"role"_s))
        return SimResponse::error(400, u"role is required"_s);
    SimPortfolio &p = ctx.store.portfolio();
    for (const SimUser &u : p.users) {
        if (u.email.compare(email.toString(), Qt::CaseInsensitive) == 0)
            return SimResponse::error(400, u"A user with email %1 already exists"_s.arg(u.email));
    }
    SimUser user;
    user.email = email.toString();
    if (!applyFields(ctx.store, *body, user, error))
        return error;
    user.id = p.nextId(u"usr_"_s);
    user.createdAt = formatUtc(floorTo(ctx.store.now(), 1000));
    p.users.push_back(user);
    return userResponse(ctx.store, int(p.users.size()) - 1);
}

SimResponse getUser(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const int user = findUser(ctx, request, error);
    if (user < 0)
        return error;
    return userResponse(ctx.store, user);
}

SimResponse updateUser(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const int index = findUser(ctx, request, error);
    if (index < 0)
        return error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    SimUser &existing = ctx.store.portfolio().users[size_t(index)];
    const QJsonValue email = body->value(u"email"_s);
    if (!email.isUndefined() && email.toString() != existing.email)
        return SimResponse::error(400, u"email cannot be changed"_s);
    SimUser updated = existing;
    if (!applyFields(ctx.store, *body, updated, error))
        return error;
    existing = updated;
    return userResponse(ctx.store, index);
}

SimResponse deleteUser(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const int user = findUser(ctx, request, error);
    if (user < 0)
        return error;
    auto &users = ctx.store.portfolio().users;
    users.erase(users.begin() + user);
    SimJsonWriter w;
    w.beginObject();
    w.key("code"_L1).value(200);
    w.key("message"_L1).value("user deleted"_L1);
    w.endObject();
    return SimResponse::json(w.take());
}

} // namespace Density::Sim::SimUserRoutes
