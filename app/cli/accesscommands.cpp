// hello, token, display-token: checking access and exchanging client credentials.
#include "clicommands.h"
#include "clitext.h"
#include "invocation.h"

namespace Density::Cli {
namespace {

//! The token endpoints answer 400/401 for bad credentials; the generic 401 sentence talks
//! about a rejected *token*, which would send the user looking in the wrong place.
Handler<AccessToken> deliverToken(Invocation &call) {
    const Handler<AccessToken> print = call.deliver<AccessToken>();
    return [&call, print](const Result<AccessToken> &result) {
        if (!result && (result.error().httpStatus() == 400 || result.error().httpStatus() == 401)) {
            call.fail(ApiError(ApiError::Kind::Auth,
                               Text::tr("The client id or secret was refused (%1).")
                                   .arg(result.error().httpStatus()),
                               result.error().httpStatus()));
            return;
        }
        print(result);
    };
}

void hello(Invocation &call) {
    call.client().helloWorld(call.context(), call.deliver<QString>());
}

void token(Invocation &call) {
    // Printing the token is what the user asked for here, and only here.
    call.client().requestOAuthToken(call.credentials().clientId, call.credentials().clientSecret,
                                    call.context(), deliverToken(call));
}

void displayToken(Invocation &call) {
    call.client().requestDisplayToken(call.credentials().clientId, call.credentials().clientSecret,
                                      call.value(QStringLiteral("display-id")), call.context(),
                                      deliverToken(call));
}

} // namespace

QList<CommandSpec> accessCommands() {
    using Auth = CommandSpec::Auth;
    return {
        {{QStringLiteral("hello")},
         {},
         Text::tr("Validate the address and credentials (prints the API's greeting)."),
         {},
         Auth::Bearer,
         hello},
        {{QStringLiteral("token")},
         {},
         Text::tr("Exchange --client-id/--client-secret for an OAuth access token and print "
                  "the token response."),
         {},
         Auth::Client,
         token},
        {{QStringLiteral("display-token")},
         {},
         Text::tr("Exchange display credentials (--client-id/--client-secret) for a "
                  "display-scoped token and print the token response."),
         {{QStringLiteral("display-id"), QStringLiteral("ID"), Text::tr("the display's id"), true}},
         Auth::Client,
         displayToken},
    };
}

} // namespace Density::Cli
