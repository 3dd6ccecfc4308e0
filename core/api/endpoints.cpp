#include "endpoints.h"

#include <QUrl>
#include <array>

namespace Density {
namespace {

using M = HttpMethod;
using E = Endpoint;

// clang-format off
constexpr std::array<EndpointInfo, 34> table{{
    {E::DataStatus,          "Floor data status",     M::Post,   "/v3/analytics/data-status",             true,  true},
    {E::AllMetrics,          "All metrics",           M::Post,   "/v3/analytics/metrics",                 true,  true},
    {E::Occupancy,           "Occupancy",             M::Post,   "/v3/analytics/occupancy",               true,  true},
    {E::RawSessions,         "Raw sessions",          M::Post,   "/v3/analytics/sessions/raw",            true,  true},
    {E::TimeUsed,            "Time used",             M::Post,   "/v3/analytics/time-used",               true,  true},
    {E::Utilization,         "Utilization",           M::Post,   "/v3/analytics/utilization",             true,  true},
    {E::CurrentOccupancy,    "Current occupancy",     M::Post,   "/v3/analytics/occupancy/current",       true,  true},
    {E::Presence,            "Presence (deprecated)", M::Post,   "/v3/analytics/presence",                true,  true},
    {E::PresenceHealth,      "Health-aware presence", M::Post,   "/v3/analytics/presence-health",         true,  true},
    {E::ShortTermPresence,   "Short-term presence",   M::Post,   "/v3/analytics/short-term",              true,  true},
    {E::FloorPresenceBroker, "Floor presence stream", M::Post,   "/v3/analytics/ws/floor/{}/presence",    true,  true},
    {E::SpaceCountBroker,    "Space count stream",    M::Post,   "/v3/analytics/ws/space/{}/occupancy",   true,  true},
    {E::ListDoorways,        "Doorways",              M::Get,    "/v3/doorways",                          true,  true},
    {E::ListLabels,          "Labels",                M::Get,    "/v3/labels",                            true,  true},
    {E::CreateLabel,         "Create label",          M::Post,   "/v3/labels",                            true,  false},
    {E::UpdateLabel,         "Update label",          M::Put,    "/v3/labels/{}",                         true,  false},
    {E::ListLabelGroups,     "Label groups",          M::Get,    "/v3/label-groups",                      true,  true},
    {E::CreateLabelGroup,    "Create label group",    M::Post,   "/v3/label-groups",                      true,  false},
    {E::UpdateLabelGroup,    "Update label group",    M::Put,    "/v3/label-groups/{}",                   true,  false},
    {E::ListSpaces,          "Spaces",                M::Get,    "/v3/spaces",                            true,  true},
    {E::UpdateSpace,         "Update space",          M::Put,    "/v3/spaces/{}",                         true,  false},
    {E::UpdateSpaceLabels,   "Update space labels",   M::Put,    "/v3/spaces/{}/labels",                  true,  false},
    {E::HelloWorld,          "Hello world",           M::Get,    "/v3/hello-world",                       true,  true},
    {E::OAuthToken,          "OAuth token",           M::Post,   "/v3/oauth/token",                       false, true},
    {E::ListSensors,         "Sensors",               M::Post,   "/v3/sensors",                           true,  true},
    {E::SensorHealthHistory, "Sensor health history", M::Post,   "/v3/sensors/health/history",            true,  true},
    {E::SensorHealth,        "Sensor health",         M::Post,   "/v3/sensors/health",                    true,  true},
    {E::ListUsers,           "Users",                 M::Get,    "/v3/users",                             true,  true},
    {E::CreateUser,          "Create user",           M::Post,   "/v3/users",                             true,  false},
    {E::DeleteUser,          "Delete user",           M::Delete, "/v3/users/{}",                          true,  false},
    {E::GetUser,             "User",                  M::Get,    "/v3/users/{}",                          true,  true},
    {E::UpdateUser,          "Update user",           M::Put,    "/v3/users/{}",                          true,  false},
    {E::DisplayToken,        "Display token",         M::Post,   "/v3/oauth/display-token",               false, true},
    {E::DoorwayEventsBroker, "Doorway events stream", M::Post,   "/v3/analytics/ws/doorway/{}/events",    true,  true},
}};
// clang-format on

} // namespace

const EndpointInfo &endpointInfo(Endpoint endpoint) {
    return table[static_cast<std::size_t>(endpoint)];
}

int endpointCount() {
    return int(table.size());
}

const EndpointInfo &endpointAt(int index) {
    return table[static_cast<std::size_t>(index)];
}

QString endpointPath(Endpoint endpoint, const QStringList &arguments) {
    QString path = QLatin1String(endpointInfo(endpoint).pathTemplate);
    for (const QString &argument : arguments) {
        const qsizetype slot = path.indexOf(QLatin1String("{}"));
        if (slot < 0)
            break;
        path.replace(slot, 2, QString::fromLatin1(QUrl::toPercentEncoding(argument)));
    }
    return path;
}

QByteArray httpMethodName(HttpMethod method) {
    switch (method) {
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Put:
        return QByteArrayLiteral("PUT");
    case HttpMethod::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

} // namespace Density
