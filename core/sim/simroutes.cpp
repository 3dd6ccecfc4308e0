#include "simroutes.h"

#include "simadminroutes.h"
#include "simanalyticsroutes.h"
#include "simauthroutes.h"
#include "simliveroutes.h"
#include "simsensorroutes.h"
#include "simuserroutes.h"

using namespace Qt::StringLiterals;

namespace Density::Sim {

void registerRoutes(SimRouter &r) {
    const QList<QByteArray> get = {QByteArrayLiteral("GET")};
    const QList<QByteArray> post = {QByteArrayLiteral("POST")};
    const QList<QByteArray> put = {QByteArrayLiteral("PUT"), QByteArrayLiteral("PATCH")};
    const QList<QByteArray> putPost = {QByteArrayLiteral("PUT"), QByteArrayLiteral("PATCH"),
                                       QByteArrayLiteral("POST")};
    const QList<QByteArray> del = {QByteArrayLiteral("DELETE")};
    using A = SimAccess;
    namespace An = SimAnalyticsRoutes;
    namespace Li = SimLiveRoutes;
    namespace Ad = SimAdminRoutes;
    namespace Au = SimAuthRoutes;
    namespace Se = SimSensorRoutes;
    namespace Us = SimUserRoutes;

    // #   method  path                                              access
    /* 1 */ r.add(post, u"/v3/analytics/data-status"_s, A::Bearer, An::dataStatus);
    /* 2 */ r.add(post, u"/v3/analytics/metrics"_s, A::Bearer, An::allMetrics);
    /* 3 */ r.add(post, u"/v3/analytics/occupancy"_s, A::BearerOrDisplay, An::occupancy);
    /* 4 */ r.add(post, u"/v3/analytics/sessions/raw"_s, A::Bearer, An::rawSessions);
    /* 5 */ r.add(post, u"/v3/analytics/time-used"_s, A::Bearer, An::timeUsed);
    /* 6 */ r.add(post, u"/v3/analytics/utilization"_s, A::Bearer, An::utilization);
    /* 7 */ r.add(post, u"/v3/analytics/occupancy/current"_s, A::BearerOrDisplay,
                  Li::currentOccupancy);
    /* 8 */ r.add(post, u"/v3/analytics/presence"_s, A::BearerOrDisplay, Li::presence);
    /* 9 */ r.add(post, u"/v3/analytics/presence-health"_s, A::BearerOrDisplay, Li::presenceHealth);
    /* 10 */ r.add(post, u"/v3/analytics/short-term"_s, A::BearerOrDisplay, Li::shortTerm);
    /* 11 */ r.add(post, u"/v3/analytics/ws/floor/{floor_id}/presence"_s, A::BearerOrDisplay,
                   Li::floorPresenceBroker);
    /* 12 */ r.add(post, u"/v3/analytics/ws/space/{space_id}/occupancy"_s, A::BearerOrDisplay,
                   Li::spaceOccupancyBroker);
    /* 13 */ r.add(get, u"/v3/doorways"_s, A::Bearer, Ad::listDoorways);
    /* 14 */ r.add(get, u"/v3/labels"_s, A::Bearer, Ad::listLabels);
    /* 15 */ r.add(post, u"/v3/labels"_s, A::BearerWrite, Ad::createLabel);
    /* 16 */ r.add(put, u"/v3/labels/{label_id}"_s, A::BearerWrite, Ad::updateLabel);
    /* 17 */ r.add(get, u"/v3/label-groups"_s, A::Bearer, Ad::listLabelGroups);
    /* 18 */ r.add(post, u"/v3/label-groups"_s, A::BearerWrite, Ad::createLabelGroup);
    /* 19 */ r.add(put, u"/v3/label-groups/{label_group_id}"_s, A::BearerWrite,
                   Ad::updateLabelGroup);
    /* 20 */ r.add(get, u"/v3/spaces"_s, A::BearerOrDisplay, Ad::listSpaces);
    /* 21 */ r.add(put, u"/v3/spaces/{space_id}"_s, A::BearerWrite, Ad::updateSpace);
    /* 22 */ r.add(putPost, u"/v3/spaces/{space_id}/labels"_s, A::BearerWrite,
                   Ad::updateSpaceLabels);
    /* 23 */ r.add(get, u"/v3/hello-world"_s, A::BearerOrDisplay, Au::helloWorld);
    /* 24 */ r.add(post, u"/v3/oauth/token"_s, A::Public, Au::oauthToken);
    /* 25 */ r.add(post, u"/v3/sensors"_s, A::Bearer, Se::listSensors);
    /* 26 */ r.add(post, u"/v3/sensors/health/history"_s, A::Bearer, Se::healthHistory);
    /* 27 */ r.add(post, u"/v3/sensors/health"_s, A::Bearer, Se::currentHealth);
    /* 28 */ r.add(get, u"/v3/users"_s, A::M2mOnly, Us::listUsers);
    /* 29 */ r.add(post, u"/v3/users"_s, A::M2mOnly, Us::createUser);
    /* 30 */ r.add(del, u"/v3/users/{user_id}"_s, A::M2mOnly, Us::deleteUser);
    /* 31 */ r.add(get, u"/v3/users/{user_id}"_s, A::M2mOnly, Us::getUser);
    /* 32 */ r.add(put, u"/v3/users/{user_id}"_s, A::M2mOnly, Us::updateUser);
    /* 33 */ r.add(post, u"/v3/oauth/display-token"_s, A::Public, Au::displayToken);
    // REFERENCE §8.4, unconfirmed: 404 unless SimOptions::doorwayEventsEnabled.
    /* 34 */ r.add(post, u"/v3/analytics/ws/doorway/{doorway_id}/events"_s, A::Bearer,
                   Li::doorwayEventsBroker);
}

} // namespace Density::Sim
