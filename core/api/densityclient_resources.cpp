// Spaces, labels, label groups and doorways.
#include "densityclient.h"

#include "fanout.h"

namespace Density {
namespace {

QJsonObject nameBody(const QString &name) {
    return {{QLatin1String("name"), name}};
}

} // namespace

RequestHandle DensityClient::spaces(QObject *context, Handler<QList<Space>> done) {
    // Portfolios reach 50,000 spaces: decode away from the thread that paints.
    return startOffThreadCall<QList<Space>>(this, RequestSpec{Endpoint::ListSpaces, {}, {}, {}},
                                            decodeList<Space>, context, std::move(done));
}

RequestHandle DensityClient::updateSpace(const QString &spaceId, const SpaceUpdate &update,
                                         QObject *context, Handler<Space> done) {
    return typedCall<Space>(this,
                            RequestSpec::json(Endpoint::UpdateSpace, update.toJson(), {spaceId}),
                            context, std::move(done), objectDecoder<Space>(Space::fromJson));
}

RequestHandle DensityClient::updateSpaceLabels(const QString &spaceId,
                                               const SpaceLabelsChange &change, QObject *context,
                                               Handler<QList<Label>> done) {
    return typedCall<QList<Label>>(
        this, RequestSpec::json(Endpoint::UpdateSpaceLabels, change.toJson(), {spaceId}), context,
        std::move(done), decodeList<Label>);
}

RequestHandle DensityClient::labels(QObject *context, Handler<QList<Label>> done) {
    return typedCall<QList<Label>>(this, RequestSpec{Endpoint::ListLabels, {}, {}, {}}, context,
                                   std::move(done), decodeList<Label>);
}

RequestHandle DensityClient::createLabel(const QString &name, QObject *context,
                                         Handler<Label> done) {
    return typedCall<Label>(this, RequestSpec::json(Endpoint::CreateLabel, nameBody(name)), context,
                            std::move(done), objectDecoder<Label>(Label::fromJson));
}

RequestHandle DensityClient::updateLabel(const QString &labelId, const QString &name,
                                         const QString &groupId, QObject *context,
                                         Handler<Label> done) {
    QJsonObject body;
    if (!name.isEmpty())
        body.insert(QLatin1String("name"), name);
    if (!groupId.isEmpty())
        body.insert(QLatin1String("group"), groupId);
    return typedCall<Label>(this, RequestSpec::json(Endpoint::UpdateLabel, body, {labelId}),
                            context, std::move(done), objectDecoder<Label>(Label::fromJson));
}

RequestHandle DensityClient::labelGroups(QObject *context, Handler<QList<LabelGroup>> done) {
    return typedCall<QList<LabelGroup>>(this, RequestSpec{Endpoint::ListLabelGroups, {}, {}, {}},
                                        context, std::move(done), decodeList<LabelGroup>);
}

RequestHandle DensityClient::createLabelGroup(const QString &name, QObject *context,
                                              Handler<LabelGroup> done) {
    return typedCall<LabelGroup>(
        this, RequestSpec::json(Endpoint::CreateLabelGroup, nameBody(name)), context,
        std::move(done), objectDecoder<LabelGroup>(LabelGroup::fromJson));
}

RequestHandle DensityClient::updateLabelGroup(const QString &groupId, const QString &name,
                                              QObject *context, Handler<LabelGroup> done) {
    return typedCall<LabelGroup>(
        this, RequestSpec::json(Endpoint::UpdateLabelGroup, nameBody(name), {groupId}), context,
        std::move(done), objectDecoder<LabelGroup>(LabelGroup::fromJson));
}

RequestHandle DensityClient::doorways(QObject *context, Handler<QList<Doorway>> done) {
    return typedCall<QList<Doorway>>(this, RequestSpec{Endpoint::ListDoorways, {}, {}, {}}, context,
                                     std::move(done), decodeList<Doorway>);
}

} // namespace Density
