// occupancy, utilization, time-used, metrics, sessions, data-status: historical analytics.
// Ranges of any length are fine: the client splits them into the windows the API accepts.
#include "clicommands.h"
#include "clitext.h"
#include "invocation.h"

namespace Density::Cli {
namespace {

using HistoricalCall = RequestHandle (DensityClient::*)(const AnalyticsQuery &, QObject *,
                                                        Handler<MetricsBySpace>);

QString resolutionChoices() {
    QStringList names;
    for (TimeResolution resolution :
         {TimeResolution::Total, TimeResolution::Minute, TimeResolution::TenMinute,
          TimeResolution::Hour, TimeResolution::Day, TimeResolution::Week, TimeResolution::Month,
          TimeResolution::Year, TimeResolution::Weekday, TimeResolution::HourOfDay})
        names.append(timeResolutionToString(resolution));
    return names.join(QLatin1String(", "));
}

std::optional<AnalyticsQuery> analyticsQuery(Invocation &call) {
    AnalyticsQuery query;
    const std::optional<TimeRange> range = call.timeRange();
    if (!range)
        return std::nullopt;
    query.range = *range;
    query.spaceIds = call.list(ascii("spaces"));
    if (call.has(ascii("resolution"))) {
        const std::optional<TimeResolution> resolution =
            timeResolutionFromString(call.value(ascii("resolution")).trimmed());
        if (!resolution) {
            call.usageError(Text::tr("Unknown resolution \"%1\"; use one of: %2.")
                                .arg(call.value(ascii("resolution")), resolutionChoices()));
            return std::nullopt;
        }
        query.resolution = *resolution;
    }
    if (call.has(ascii("days")) || call.has(ascii("hours"))) {
        QString error;
        query.operatingHours =
            OperatingHours::parse(call.value(ascii("days")), call.value(ascii("hours")), &error);
        if (!query.operatingHours) {
            call.usageError(error);
            return std::nullopt;
        }
    }
    if (call.has(ascii("metrics"))) {
        static const QStringList known{ascii("occupancy"), ascii("time_used"),
                                       ascii("utilization")};
        query.metrics = call.list(ascii("metrics"));
        for (const QString &metric : std::as_const(query.metrics)) {
            if (!known.contains(metric)) {
                call.usageError(Text::tr("Unknown metric \"%1\"; use one of: %2.")
                                    .arg(metric, known.join(QLatin1String(", "))));
                return std::nullopt;
            }
        }
    }
    return query;
}

std::function<void(Invocation &)> historical(HistoricalCall method) {
    return [method](Invocation &call) {
        if (const std::optional<AnalyticsQuery> query = analyticsQuery(call))
            (call.client().*method)(*query, call.context(), call.deliver<MetricsBySpace>());
    };
}

void sessions(Invocation &call) {
    if (const std::optional<TimeRange> range = call.timeRange())
        call.client().rawSessions(*range, call.list(ascii("spaces")), call.context(),
                                  call.deliver<SessionsBySpace>());
}

void dataStatus(Invocation &call) {
    const std::optional<TimeRange> range = call.timeRange();
    if (!range)
        return;
    const TimeRange requested = *range;
    call.client().dataStatus(
        requested, call.list(ascii("floors")), call.context(),
        call.deliver<QList<DataStatusWindow>>([requested](const QList<DataStatusWindow> &windows) {
            return render(windows, requested);
        }));
}

QList<OptionSpec> queryOptions() {
    return {fromOption(),
            toOption(),
            spacesOption(),
            {ascii("resolution"), ascii("R"),
             Text::tr("bucket size: %1 (default total)").arg(resolutionChoices())},
            {ascii("days"), ascii("D,D"),
             Text::tr("operating days, 0 = Sunday ... 6 = Saturday (default 1,2,3,4,5 when "
                      "--hours is given)")},
            {ascii("hours"), ascii("H-H"),
             Text::tr("operating hours, start inclusive, end exclusive, e.g. 8-18 (default 8-18 "
                      "when --days is given)")}};
}

CommandSpec historicalCommand(const QString &name, const QString &summary, HistoricalCall method) {
    return {{name}, {}, summary, queryOptions(), CommandSpec::Auth::Bearer, historical(method)};
}

} // namespace

QList<CommandSpec> analyticsCommands() {
    using Auth = CommandSpec::Auth;
    CommandSpec metrics = historicalCommand(
        ascii("metrics"), Text::tr("Occupancy, utilization and time used together, per bucket."),
        &DensityClient::allMetrics);
    metrics.options.append({ascii("metrics"), ascii("M,M"),
                            Text::tr("occupancy, time_used, utilization (default: all)")});
    return {
        historicalCommand(ascii("occupancy"),
                          Text::tr("Occupancy (avg/max/min) per space and bucket."),
                          &DensityClient::occupancy),
        historicalCommand(ascii("utilization"),
                          Text::tr("Utilization (occupancy / capacity) per space and bucket; null "
                                   "when the space has no capacity."),
                          &DensityClient::utilization),
        historicalCommand(ascii("time-used"),
                          Text::tr("Time used per space and bucket (time_used_raw is in "
                                   "milliseconds)."),
                          &DensityClient::timeUsed),
        metrics,
        {{ascii("sessions")},
         {},
         Text::tr("Raw occupied sessions; give local times without Z (the space's own zone)."),
         {fromOption(), toOption(), spacesOption()},
         Auth::Bearer,
         sessions},
        {{ascii("data-status")},
         {},
         Text::tr("Completion (0-1) of historical data per Open Area floor, per window of at "
                  "most 10 days."),
         {fromOption(),
          toOption(),
          {ascii("floors"), ascii("ID,ID"), Text::tr("floor ids (default: every floor)")}},
         Auth::Bearer,
         dataStatus},
    };
}

} // namespace Density::Cli
