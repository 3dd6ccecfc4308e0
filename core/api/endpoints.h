#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Density {

//! Every route of the v3 API we call (REFERENCE §2, in its order), plus the proposed doorway
//! events broker at the end.
enum class Endpoint {
    DataStatus,
    AllMetrics,
    Occupancy,
    RawSessions,
    TimeUsed,
    Utilization,
    CurrentOccupancy,
    Presence,
    PresenceHealth,
    ShortTermPresence,
    FloorPresenceBroker,
    SpaceCountBroker,
    ListDoorways,
    ListLabels,
    CreateLabel,
    UpdateLabel,
    ListLabelGroups,
    CreateLabelGroup,
    UpdateLabelGroup,
    ListSpaces,
    UpdateSpace,
    UpdateSpaceLabels,
    HelloWorld,
    OAuthToken,
    ListSensors,
    SensorHealthHistory,
    SensorHealth,
    ListUsers,
    CreateUser,
    DeleteUser,
    GetUser,
    UpdateUser,
    DisplayToken,
    //! Not documented anywhere (REFERENCE §8.4): the proposed shape, used only when the doorway
    //! events feature is switched on.
    DoorwayEventsBroker,
};

enum class HttpMethod { Get, Post, Put, Delete };

//! One row of the route table. Many paths are unconfirmed (REFERENCE §2), so they live here
//! and nowhere else: correcting a path or method is a one-line change.
struct EndpointInfo {
    Endpoint endpoint;
    const char *name; //!< human name used in error sentences and logs
    HttpMethod method;
    const char *pathTemplate; //!< `{}` placeholders are filled in order, percent-encoded
    bool authenticated;       //!< sends `Authorization: Bearer`
    bool safeToRetry;         //!< reads and read-only query POSTs; never creates/updates/deletes
};

const EndpointInfo &endpointInfo(Endpoint endpoint);
int endpointCount();
const EndpointInfo &endpointAt(int index);
QString endpointPath(Endpoint endpoint, const QStringList &arguments = {});
QByteArray httpMethodName(HttpMethod method);

} // namespace Density
