#include "label.h"

#include "json.h"

namespace Density {

Label Label::fromJson(const QJsonObject &json) {
    Label label;
    label.id = Json::string(json, QLatin1String("id"));
    label.name = Json::string(json, QLatin1String("name"));
    const QJsonValue group = json.value(QLatin1String("group"));
    if (group.isObject()) {
        label.groupId = Json::string(group.toObject(), QLatin1String("id"));
        label.groupName = Json::string(group.toObject(), QLatin1String("name"));
    } else if (group.isString()) {
        label.groupId = group.toString();
    }
    const QJsonArray spaces = json.value(QLatin1String("spaces")).toArray();
    for (const QJsonValue &value : spaces) {
        const QJsonObject space = value.toObject();
        LabelSpace entry;
        entry.id = Json::string(space, QLatin1String("id"));
        entry.name = Json::string(space, QLatin1String("name"));
        entry.currentCount = space.value(QLatin1String("current_count")).toInt();
        label.spaces.append(entry);
    }
    return label;
}

QJsonObject Label::toJson() const {
    QJsonObject json{{QLatin1String("id"), id}, {QLatin1String("name"), name}};
    if (!groupId.isEmpty())
        json.insert(QLatin1String("group"), QJsonObject{{QLatin1String("id"), groupId},
                                                        {QLatin1String("name"), groupName}});
    QJsonArray spaceArray;
    for (const LabelSpace &space : spaces)
        spaceArray.append(QJsonObject{{QLatin1String("id"), space.id},
                                      {QLatin1String("name"), space.name},
                                      {QLatin1String("current_count"), space.currentCount}});
    json.insert(QLatin1String("spaces"), spaceArray);
    return json;
}

LabelGroup LabelGroup::fromJson(const QJsonObject &json) {
    LabelGroup group;
    group.id = Json::string(json, QLatin1String("id"));
    group.name = Json::string(json, QLatin1String("name"));
    const QJsonArray labels = json.value(QLatin1String("labels")).toArray();
    for (const QJsonValue &value : labels) {
        Label label = Label::fromJson(value.toObject());
        if (label.id.isEmpty() && label.name.isEmpty())
            continue; // the documented samples carry placeholder `{}` entries
        if (label.groupId.isEmpty()) {
            label.groupId = group.id;
            label.groupName = group.name;
        }
        group.labels.append(label);
    }
    return group;
}

QJsonObject LabelGroup::toJson() const {
    QJsonArray labelArray;
    for (const Label &label : labels)
        labelArray.append(label.toJson());
    return {{QLatin1String("id"), id},
            {QLatin1String("name"), name},
            {QLatin1String("labels"), labelArray}};
}

QJsonObject SpaceLabelsChange::toJson() const {
    return {{QLatin1String("add"), Json::toArray(add)},
            {QLatin1String("create"), Json::toArray(create)},
            {QLatin1String("delete"), Json::toArray(remove)}};
}

} // namespace Density
