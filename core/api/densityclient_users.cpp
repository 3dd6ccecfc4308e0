// Users: machine-to-machine OAuth tokens only.
#include "densityclient.h"

#include "fanout.h"

namespace Density {

RequestHandle DensityClient::users(QObject *context, Handler<QList<User>> done) {
    return typedCall<QList<User>>(this, RequestSpec{Endpoint::ListUsers, {}, {}, {}}, context,
                                  std::move(done), decodeList<User>);
}

RequestHandle DensityClient::user(const QString &userId, QObject *context, Handler<User> done) {
    return typedCall<User>(this, RequestSpec{Endpoint::GetUser, {userId}, {}, {}}, context,
                           std::move(done), objectDecoder<User>(User::fromJson));
}

RequestHandle DensityClient::createUser(const User &user, QObject *context, Handler<User> done) {
    return typedCall<User>(this, RequestSpec::json(Endpoint::CreateUser, user.toRequestJson(true)),
                           context, std::move(done), objectDecoder<User>(User::fromJson));
}

RequestHandle DensityClient::updateUser(const User &user, QObject *context, Handler<User> done) {
    return typedCall<User>(
        this, RequestSpec::json(Endpoint::UpdateUser, user.toRequestJson(false), {user.id}),
        context, std::move(done), objectDecoder<User>(User::fromJson));
}

RequestHandle DensityClient::deleteUser(const QString &userId, QObject *context,
                                        Handler<StatusMessage> done) {
    return typedCall<StatusMessage>(this, RequestSpec{Endpoint::DeleteUser, {userId}, {}, {}},
                                    context, std::move(done),
                                    [](const RawReply &reply) -> Result<StatusMessage> {
                                        // The body is {code, message}; an empty one is fine.
                                        if (reply.body.trimmed().isEmpty())
                                            return StatusMessage{reply.status, QString()};
                                        const Result<QJsonObject> json = reply.jsonObject();
                                        if (!json)
                                            return json.error();
                                        return StatusMessage::fromJson(json.value());
                                    });
}

} // namespace Density
