// current-occupancy, presence, presence-health, short-term, stream-url: live reads.
#include "clicommands.h"
#include "clitext.h"
#include "invocation.h"

namespace Density::Cli {
namespace {

//! The API's own example; it documents no default.
constexpr int DefaultMinutesLookback = 60;

void currentOccupancy(Invocation &call) {
    call.client().currentOccupancy(call.list(ascii("spaces")), call.context(),
                                   call.deliver<CurrentCounts>());
}

void presence(Invocation &call) {
    call.warning(Text::tr("the presence endpoint is deprecated by Density: it cannot tell an "
                          "empty space from an offline sensor. Use presence-health."));
    call.client().presence(call.list(ascii("spaces")), call.context(),
                           call.deliver<PresenceBySpace>());
}

void presenceHealth(Invocation &call) {
    call.client().presenceHealth(call.list(ascii("spaces")), call.context(),
                                 call.deliver<HealthPresenceBySpace>());
}

void shortTerm(Invocation &call) {
    qint64 minutes = DefaultMinutesLookback;
    if (call.has(ascii("minutes"))) {
        const std::optional<qint64> given = call.integer(ascii("minutes"), 1, 24 * 60);
        if (!given)
            return;
        minutes = *given;
    }
    call.client().shortTermPresence(int(minutes), call.list(ascii("spaces")), call.context(),
                                    call.deliver<ShortTermPresenceBySpace>());
}

void floorStream(Invocation &call) {
    call.client().floorPresenceStream(call.argument(0), call.context(),
                                      call.deliver<WebSocketTicket>());
}

void spaceStream(Invocation &call) {
    call.client().spaceCountStream(call.argument(0), call.context(),
                                   call.deliver<WebSocketTicket>());
}

} // namespace

QList<CommandSpec> liveCommands() {
    using Auth = CommandSpec::Auth;
    const QStringList id{ascii("ID")};
    return {
        {{ascii("current-occupancy")},
         {},
         Text::tr("Latest count per space, with its health."),
         {spacesOption()},
         Auth::Bearer,
         currentOccupancy},
        {{ascii("presence")},
         {},
         Text::tr("Deprecated: occupied yes/no per space, without health. Prefer "
                  "presence-health."),
         {spacesOption()},
         Auth::Bearer,
         presence},
        {{ascii("presence-health")},
         {},
         Text::tr("Presence per space with the health needed to tell empty from unknown."),
         {spacesOption()},
         Auth::Bearer,
         presenceHealth},
        {{ascii("short-term")},
         {},
         Text::tr("Presence over the last minutes (Open Area spaces and floors)."),
         {{ascii("minutes"), ascii("N"), Text::tr("minutes to look back (default 60)")},
          spacesOption()},
         Auth::Bearer,
         shortTerm},
        {{ascii("stream-url"), ascii("floor")},
         id,
         Text::tr("Ask the floor presence broker for a WebSocket URL (prints ws_url)."),
         {},
         Auth::Bearer,
         floorStream},
        {{ascii("stream-url"), ascii("space")},
         id,
         Text::tr("Ask the space count broker for a WebSocket URL (prints ws_url)."),
         {},
         Auth::Bearer,
         spaceStream},
    };
}

} // namespace Density::Cli
