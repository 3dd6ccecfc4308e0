#include "simadminroutes.h"

#include "simjson.h"
#include "simjsonwriter.h"
#include "simstore.h"
#include "simvalidation.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Density::Sim::SimAdminRoutes {

namespace {

constexpr int kMaxNameLength = 255;

//! Optional string member; present but not a string => 400.
bool optionalString(const QJsonObject &body, const QString &field, std::optional<QString> &out,
                    SimResponse &error) {
    const QJsonValue v = body.value(field);
    if (v.isUndefined())
        return true;
    if (!v.isString()) {
        error = SimResponse::error(400, u"%1 must be a string"_s.arg(field));
        return false;
    }
    out = v.toString();
    return true;
}

//! Like optionalString(), but null is allowed and clears the field (an empty QString, which
//! the space is written back with as JSON null): `function` is nullable on Space (§4.13).
bool optionalNullableString(const QJsonObject &body, const QString &field,
                            std::optional<QString> &out, SimResponse &error) {
    if (body.value(field).isNull()) {
        out = QString();
        return true;
    }
    return optionalString(body, field, out, error);
}

bool checkName(const QString &name, const QString &what, SimResponse &error) {
    if (name.trimmed().isEmpty()) {
        error = SimResponse::error(400, u"%1 name must not be empty"_s.arg(what));
        return false;
    }
    if (name.size() > kMaxNameLength) {
        error = SimResponse::error(
            400, u"%1 name must be at most %2 characters"_s.arg(what).arg(kMaxNameLength));
        return false;
    }
    return true;
}

//! An optional `name` (update routes): absent is fine; present, it must pass checkName().
bool optionalName(const QJsonObject &body, const QString &what, std::optional<QString> &name,
                  SimResponse &error) {
    return optionalString(body, u"name"_s, name, error) && (!name || checkName(*name, what, error));
}

//! The `name` every create route requires: present, a string, not blank, not too long.
std::optional<QString> requiredName(const QJsonObject &body, const QString &what,
                                    SimResponse &error) {
    std::optional<QString> name;
    if (!optionalString(body, u"name"_s, name, error))
        return std::nullopt;
    if (!name) {
        error = SimResponse::error(400, u"name is required"_s);
        return std::nullopt;
    }
    if (!checkName(*name, what, error))
        return std::nullopt;
    return name;
}

SimResponse labelResponse(const SimStore &store, int label) {
    SimJsonWriter w;
    SimJson::writeLabel(w, store, label, true);
    return SimResponse::json(w.take());
}

SimResponse groupResponse(const SimStore &store, int group) {
    SimJsonWriter w;
    SimJson::writeLabelGroup(w, store, group);
    return SimResponse::json(w.take());
}

} // namespace

SimResponse listDoorways(SimContext &ctx, const SimRequest &) {
    SimJsonWriter w;
    w.beginArray();
    for (size_t i = 0; i < ctx.store.portfolio().doorways.size(); ++i)
        SimJson::writeDoorway(w, ctx.store, int(i));
    w.endArray();
    return SimResponse::json(w.take());
}

SimResponse listLabels(SimContext &ctx, const SimRequest &) {
    const SimJson::LabelIndex index = SimJson::labelIndex(ctx.store);
    SimJsonWriter w;
    w.beginArray();
    for (size_t i = 0; i < ctx.store.portfolio().labels.size(); ++i)
        SimJson::writeLabel(w, ctx.store, int(i), true, &index);
    w.endArray();
    return SimResponse::json(w.take());
}

SimResponse createLabel(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    const std::optional<QString> name = requiredName(*body, u"Label"_s, error);
    if (!name)
        return error;
    SimPortfolio &p = ctx.store.portfolio();
    p.labels.push_back({p.nextId(u"lbl_"_s), *name, -1});
    return labelResponse(ctx.store, int(p.labels.size()) - 1);
}

SimResponse updateLabel(SimContext &ctx, const SimRequest &request) {
    SimPortfolio &p = ctx.store.portfolio();
    const QString id = request.pathArgs.value(0);
    const int label = p.labelIndex(id);
    if (label < 0)
        return SimResponse::error(404, u"Label %1 not found"_s.arg(id));
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    std::optional<QString> name;
    if (!optionalName(*body, u"Label"_s, name, error))
        return error;
    // group: a label-group id; "" or null detaches the label from its group.
    int group = p.labels[size_t(label)].group;
    const QJsonValue groupValue = body->value(u"group"_s);
    if (groupValue.isNull() || (groupValue.isString() && groupValue.toString().isEmpty())) {
        group = -1;
    } else if (groupValue.isString()) {
        group = p.labelGroupIndex(groupValue.toString());
        if (group < 0)
            return SimResponse::error(
                400, u"group %1 is not a known label group id"_s.arg(groupValue.toString()));
    } else if (!groupValue.isUndefined()) {
        return SimResponse::error(400, u"group must be a label group id (string)"_s);
    }
    if (name)
        p.labels[size_t(label)].name = *name;
    p.labels[size_t(label)].group = group;
    return labelResponse(ctx.store, label);
}

SimResponse listLabelGroups(SimContext &ctx, const SimRequest &) {
    SimJsonWriter w;
    w.beginArray();
    for (size_t i = 0; i < ctx.store.portfolio().labelGroups.size(); ++i)
        SimJson::writeLabelGroup(w, ctx.store, int(i));
    w.endArray();
    return SimResponse::json(w.take());
}

SimResponse createLabelGroup(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    const std::optional<QString> name = requiredName(*body, u"Label group"_s, error);
    if (!name)
        return error;
    // A documented sample sends a whole LabelGroup; its "labels" are ignored (new groups are
    // created empty).
    SimPortfolio &p = ctx.store.portfolio();
    p.labelGroups.push_back({p.nextId(u"lgr_"_s), *name});
    return groupResponse(ctx.store, int(p.labelGroups.size()) - 1);
}

SimResponse updateLabelGroup(SimContext &ctx, const SimRequest &request) {
    SimPortfolio &p = ctx.store.portfolio();
    const QString id = request.pathArgs.value(0);
    const int group = p.labelGroupIndex(id);
    if (group < 0)
        return SimResponse::error(404, u"Label group %1 not found"_s.arg(id));
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    std::optional<QString> name;
    if (!optionalName(*body, u"Label group"_s, name, error))
        return error;
    if (name)
        p.labelGroups[size_t(group)].name = *name;
    return groupResponse(ctx.store, group);
}

SimResponse listSpaces(SimContext &ctx, const SimRequest &) {
    // Query parameters such as page_size are ignored; there is no pagination and no "next".
    SimJsonWriter w;
    w.beginArray();
    for (size_t i = 0; i < ctx.store.portfolio().spaces.size(); ++i)
        SimJson::writeSpace(w, ctx.store, int(i));
    w.endArray();
    return SimResponse::json(w.take());
}

SimResponse updateSpace(SimContext &ctx, const SimRequest &request) {
    SimPortfolio &p = ctx.store.portfolio();
    const QString id = request.pathArgs.value(0);
    const int index = p.spaceIndex(id);
    if (index < 0)
        return SimResponse::error(404, u"Space %1 not found"_s.arg(id));
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;

    // Validate everything first so a rejected request changes nothing.
    std::optional<QString> name;
    std::optional<QString> address;
    std::optional<QString> function;
    std::optional<QString> iwmsId;
    std::optional<QString> timeZone;
    if (!optionalName(*body, u"Space"_s, name, error) ||
        !optionalString(*body, u"address"_s, address, error) ||
        !optionalNullableString(*body, u"function"_s, function, error) ||
        !optionalString(*body, u"iwms_id"_s, iwmsId, error) ||
        !optionalString(*body, u"time_zone"_s, timeZone, error)) {
        return error;
    }
    int zone = -1;
    if (timeZone) {
        zone = p.zones.indexOf(*timeZone);
        if (zone < 0)
            return SimResponse::error(
                400, u"time_zone \"%1\" is not a valid IANA time zone name"_s.arg(*timeZone));
    }
    bool capacitySent = false;
    std::optional<int> capacity;
    const QJsonValue capacityValue = body->value(u"capacity"_s);
    if (!capacityValue.isUndefined()) {
        capacitySent = true;
        if (!capacityValue.isNull()) {
            const auto parsed = SimValidation::integer(*body, u"capacity"_s, 0, error);
            if (!parsed)
                return SimResponse::error(
                    400, u"capacity must be a whole number of 0 or more, or null to unset it"_s);
            if (*parsed < 0)
                return SimResponse::error(400, u"capacity must be 0 or greater"_s);
            capacity = *parsed;
        }
    }

    SimSpace &s = p.spaces[size_t(index)];
    if (name)
        s.name = *name;
    if (address)
        s.address = *address;
    if (function)
        s.function = *function;
    if (iwmsId)
        s.iwmsId = *iwmsId;
    if (zone >= 0)
        s.zone = zone;
    if (capacitySent)
        s.capacity = capacity; // null clears it: utilization becomes null
    SimJsonWriter w;
    SimJson::writeSpace(w, ctx.store, index);
    return SimResponse::json(w.take());
}

SimResponse updateSpaceLabels(SimContext &ctx, const SimRequest &request) {
    SimPortfolio &p = ctx.store.portfolio();
    const QString id = request.pathArgs.value(0);
    const int index = p.spaceIndex(id);
    if (index < 0)
        return SimResponse::error(404, u"Space %1 not found"_s.arg(id));
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    const auto add = SimValidation::stringList(*body, u"add"_s, error);
    if (!add)
        return error;
    const auto create = SimValidation::stringList(*body, u"create"_s, error);
    if (!create)
        return error;
    const auto remove = SimValidation::stringList(*body, u"delete"_s, error);
    if (!remove)
        return error;
    QVector<int> toAdd;
    QVector<int> toRemove;
    for (const QString &labelId : *add) {
        const int label = p.labelIndex(labelId);
        if (label < 0)
            return SimResponse::error(404, u"Label %1 not found"_s.arg(labelId));
        toAdd.append(label);
    }
    for (const QString &labelId : *remove) {
        const int label = p.labelIndex(labelId);
        if (label < 0)
            return SimResponse::error(404, u"Label %1 not found"_s.arg(labelId));
        toRemove.append(label);
    }
    for (const QString &name : *create) {
        if (!checkName(name, u"Label"_s, error))
            return error;
    }
    SimSpace &s = p.spaces[size_t(index)];
    for (const QString &name : *create) {
        p.labels.push_back({p.nextId(u"lbl_"_s), name, -1});
        toAdd.append(int(p.labels.size()) - 1);
    }
    for (int label : std::as_const(toAdd)) {
        if (!s.labels.contains(label))
            s.labels.append(label);
    }
    for (int label : std::as_const(toRemove))
        s.labels.removeAll(label);
    SimJsonWriter w;
    w.beginArray();
    for (int label : std::as_const(s.labels))
        SimJson::writeLabel(w, ctx.store, label, false);
    w.endArray();
    return SimResponse::json(w.take());
}

} // namespace Density::Sim::SimAdminRoutes
