#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Density {

//! A space as listed inside a label (`LabelSpace`).
struct LabelSpace {
    QString id;
    QString name;
    int currentCount = 0;
};

//! A free-text tag on spaces. `group` is nested one level at most; we keep only its id and
//! name because the API truncates the nesting anyway (REFERENCE §4.11).
struct Label {
    QString id;
    QString name;
    QString groupId;
    QString groupName;
    QList<LabelSpace> spaces;

    static Label fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct LabelGroup {
    QString id;
    QString name;
    QList<Label> labels;

    static LabelGroup fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

//! Body of "update space labels": attach existing ids, create new names, detach ids — one call.
struct SpaceLabelsChange {
    QStringList add;
    QStringList create;
    QStringList remove;

    bool isEmpty() const { return add.isEmpty() && create.isEmpty() && remove.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace Density
