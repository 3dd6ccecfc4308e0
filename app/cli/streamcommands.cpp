// live presence, live counts, live doorway: WebSocket streams printed as JSON Lines.
#include "clicommands.h"
#include "clitext.h"
#include "invocation.h"
#include "streamsession.h"

#include <cmath>
#include <memory>

namespace Density::Cli {
namespace {

const QLatin1String Duration("duration");
const QLatin1String RefreshInterval("refresh-interval");

//! Upper bounds keep the millisecond counts inside an int (QTimer's range).
constexpr double MaxDurationSeconds = 7 * 24 * 3600;
constexpr double MaxRefreshSeconds = 3600;

//! A positive number of seconds as milliseconds; a usage error otherwise.
std::optional<int> milliseconds(Invocation &call, const QString &option, double maximum) {
    bool ok = false;
    const double seconds = call.value(option).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > maximum) {
        call.usageError(Text::tr("--%1 is a number of seconds above 0 and at most %2, not \"%3\".")
                            .arg(option)
                            .arg(maximum)
                            .arg(call.value(option)));
        return std::nullopt;
    }
    return std::max(1, int(std::lround(seconds * 1000)));
}

void stream(Invocation &call, LiveFeed::Kind kind, const QString &idOption) {
    if (call.format() == OutputFormat::Csv) {
        call.usageError(Text::tr("Live streams print JSON Lines; --format csv does not apply."));
        return;
    }
    StreamSession::Settings settings;
    settings.kind = kind;
    settings.id = call.value(idOption).trimmed();
    if (call.has(Duration)) {
        const std::optional<int> duration = milliseconds(call, Duration, MaxDurationSeconds);
        if (!duration)
            return;
        settings.durationMs = *duration;
    }
    if (call.has(RefreshInterval)) {
        const std::optional<int> interval = milliseconds(call, RefreshInterval, MaxRefreshSeconds);
        if (!interval)
            return;
        settings.refreshIntervalMs = *interval;
    }
    auto session = std::make_unique<StreamSession>(call, settings);
    StreamSession *started = session.get();
    call.keep(std::move(session));
    started->start();
}

OptionSpec durationOption() {
    return {Duration, ascii("S"), Text::tr("stop after S seconds (default: until interrupted)")};
}

OptionSpec refreshOption() {
    return {RefreshInterval, ascii("S"),
            Text::tr("the server's refresh period, for stale detection (default 60)")};
}

} // namespace

QList<CommandSpec> streamCommands() {
    using Auth = CommandSpec::Auth;
    return {
        {{ascii("live"), ascii("presence")},
         {},
         Text::tr("Stream a floor's presence (Open Area / Waffle spaces) as JSON lines."),
         {{ascii("floor"), ascii("ID"), Text::tr("the floor to watch"), true},
          durationOption(),
          refreshOption()},
         Auth::Bearer,
         [](Invocation &call) { stream(call, LiveFeed::Kind::FloorPresence, ascii("floor")); }},
        {{ascii("live"), ascii("counts")},
         {},
         Text::tr("Stream counts of a space and its children as JSON lines."),
         {{ascii("space"), ascii("ID"), Text::tr("the space to watch"), true},
          durationOption(),
          refreshOption()},
         Auth::Bearer,
         [](Invocation &call) { stream(call, LiveFeed::Kind::SpaceCounts, ascii("space")); }},
        {{ascii("live"), ascii("doorway")},
         {},
         Text::tr("Experimental: stream a doorway's crossings (an undocumented stream)."),
         {{ascii("doorway"), ascii("ID"), Text::tr("the doorway to watch"), true},
          durationOption()},
         Auth::Bearer,
         [](Invocation &call) { stream(call, LiveFeed::Kind::DoorwayEvents, ascii("doorway")); }},
    };
}

} // namespace Density::Cli
