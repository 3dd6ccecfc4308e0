#include "simanalyticsroutes.h"

#include "simanalytics.h"
#include "simdatastatus.h"
#include "simstore.h"
#include "simvalidation.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Density::Sim::SimAnalyticsRoutes {

namespace {

std::optional<SimAnalyticsQuery> parseQuery(const SimContext &ctx, const QJsonObject &body,
                                            SimResponse &error) {
    SimAnalyticsQuery query;
    const auto range = SimValidation::dateRange(body, error);
    if (!range)
        return std::nullopt;
    query.range = *range;
    const auto resolution = SimValidation::resolution(body, error);
    if (!resolution)
        return std::nullopt;
    query.resolution = *resolution;
    if (!SimValidation::checkResolutionRange(query.range, query.resolution, error))
        return std::nullopt;
    const auto hours = SimValidation::operatingHours(body, error);
    if (!hours)
        return std::nullopt;
    query.hours = *hours;
    const auto ids = SimValidation::spaceIds(ctx.store, body, u"space_ids"_s, error);
    if (!ids)
        return std::nullopt;
    query.spaces = ctx.store.analyticsSpaces(*ids);
    return query;
}

SimResponse analytics(SimContext &ctx, const SimRequest &request, SimMetricSet metrics) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    const auto query = parseQuery(ctx, *body, error);
    if (!query)
        return error;
    if (metrics == SimMetricSet::All) {
        // The list does not change the output (a production client reports all metrics are
        // always returned) but unknown names are still rejected.
        const auto names = SimValidation::stringList(*body, u"metrics"_s, error);
        if (!names)
            return error;
        for (const QString &name : *names) {
            if (name != "occupancy"_L1 && name != "time_used"_L1 && name != "utilization"_L1)
                return SimResponse::error(400, u"Unknown metric \"%1\"; use occupancy, "
                                               "time_used or utilization"_s.arg(name));
        }
    }
    return SimResponse::json(writeAnalytics(ctx.store, *query, metrics));
}

} // namespace

SimResponse allMetrics(SimContext &ctx, const SimRequest &request) {
    return analytics(ctx, request, SimMetricSet::All);
}

SimResponse occupancy(SimContext &ctx, const SimRequest &request) {
    return analytics(ctx, request, SimMetricSet::Occupancy);
}

SimResponse timeUsed(SimContext &ctx, const SimRequest &request) {
    return analytics(ctx, request, SimMetricSet::TimeUsed);
}

SimResponse utilization(SimContext &ctx, const SimRequest &request) {
    return analytics(ctx, request, SimMetricSet::Utilization);
}

SimResponse rawSessions(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    const auto range = SimValidation::dateRange(*body, error);
    if (!range)
        return error;
    if (range->spanMs > 60 * kDayMs)
        return SimResponse::error(400, u"Raw sessions accept at most 60 days per request; split "
                                       "the period into windows of 60 days or less"_s);
    const auto ids = SimValidation::spaceIds(ctx.store, *body, u"space_ids"_s, error);
    if (!ids)
        return error;
    return SimResponse::json(writeRawSessions(ctx.store, *range, ctx.store.analyticsSpaces(*ids)));
}

SimResponse dataStatus(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    const auto range = SimValidation::dateRange(*body, error);
    if (!range)
        return error;
    if (range->spanMs > 10 * kDayMs)
        return SimResponse::error(400, u"Data status accepts at most 10 days per request"_s);
    if (range->spanMs < 5 * kMinuteMs)
        return SimResponse::error(400, u"Data status needs a range of at least 5 minutes"_s);
    static const qint64 earliest =
        QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    if (range->end.toMSecsNaive() <= earliest)
        return SimResponse::error(400, u"end_date must be after 2024-06-01T00:00:00Z"_s);
    const auto floors = SimValidation::spaceIds(ctx.store, *body, u"floor_ids"_s, error);
    if (!floors)
        return error;
    for (int floor : *floors) {
        if (ctx.store.portfolio().spaces[size_t(floor)].type != SpaceType::Floor)
            return SimResponse::error(
                400, u"%1 is not a floor"_s.arg(ctx.store.portfolio().spaces[size_t(floor)].id));
    }
    return SimResponse::json(writeDataStatus(ctx.store, *range, *floors));
}

} // namespace Density::Sim::SimAnalyticsRoutes
