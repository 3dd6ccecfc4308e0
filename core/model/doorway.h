#pragma once

#include <QJsonObject>
#include <QList>

namespace Density {

struct DoorwaySpace {
    QString id;
    QString name;
    //! Which side of the doorway the sensor sits on for this space (±1, unconfirmed).
    int sensorPlacement = 0;
};

struct Doorway {
    QString id;
    QString name;
    QString sensorSerialNumber;
    QString createdAt;
    QString deletedAt; //!< empty while the doorway is in use
    QList<DoorwaySpace> spaces;

    static Doorway fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace Density
