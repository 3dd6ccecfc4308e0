// sensors list | health | history: inventory and health, filtered by serials or by spaces.
#include "clicommands.h"
#include "clitext.h"
#include "invocation.h"

namespace Density::Cli {
namespace {

void listSensors(Invocation &call) {
    if (const std::optional<SensorFilter> filter = call.sensorFilter())
        call.client().sensors(*filter, call.context(), call.deliver<QList<Sensor>>());
}

void sensorHealth(Invocation &call) {
    if (const std::optional<SensorFilter> filter = call.sensorFilter())
        call.client().sensorHealth(*filter, call.context(), call.deliver<QList<SensorHealth>>());
}

void sensorHistory(Invocation &call) {
    const std::optional<TimeRange> range = call.timeRange();
    if (!range)
        return;
    if (const std::optional<SensorFilter> filter = call.sensorFilter())
        call.client().sensorHealthHistory(*range, *filter, call.context(),
                                          call.deliver<HealthHistory>());
}

QList<OptionSpec> filterOptions() {
    return {{ascii("serials"), ascii("SERIAL,SERIAL"), Text::tr("sensor serial numbers")},
            {ascii("spaces"), ascii("ID,ID"), Text::tr("space ids (not together with --serials)")}};
}

} // namespace

QList<CommandSpec> sensorCommands() {
    using Auth = CommandSpec::Auth;
    return {
        {{ascii("sensors"), ascii("list")},
         {},
         Text::tr("List sensors (all, or those with the given serials or in the given spaces)."),
         filterOptions(),
         Auth::Bearer,
         listSensors},
        {{ascii("sensors"), ascii("health")},
         {},
         Text::tr("Current health of sensors."),
         filterOptions(),
         Auth::Bearer,
         sensorHealth},
        {{ascii("sensors"), ascii("history")},
         {},
         Text::tr("Health changes of sensors in a time range (any length: sent in 10-day "
                  "windows)."),
         QList<OptionSpec>{fromOption(), toOption()} + filterOptions(),
         Auth::Bearer,
         sensorHistory},
    };
}

} // namespace Density::Cli
