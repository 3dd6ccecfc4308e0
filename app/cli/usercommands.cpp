// users list | get | create | update | delete: needs a machine-to-machine OAuth client.
#include "clicommands.h"
#include "clitext.h"
#include "invocation.h"

namespace Density::Cli {
namespace {

void listUsers(Invocation &call) {
    call.client().users(call.context(), call.deliver<QList<User>>());
}

void getUser(Invocation &call) {
    call.client().user(call.argument(0), call.context(), call.deliver<User>());
}

void createUser(Invocation &call) {
    User user;
    user.email = call.value(ascii("email")).trimmed();
    user.fullName = call.value(ascii("full-name")).trimmed();
    user.role = call.value(ascii("role")).trimmed();
    user.spaceIds = call.list(ascii("spaces"));
    call.client().createUser(user, call.context(), call.deliver<User>());
}

void updateUser(Invocation &call) {
    if (!call.has(ascii("full-name")) && !call.has(ascii("role")) && !call.has(ascii("spaces"))) {
        call.usageError(Text::tr("Nothing to update: give --full-name, --role and/or --spaces."));
        return;
    }
    // The update replaces full name, role and spaces together, so read the user first and
    // change only what was given; otherwise "--role" alone would wipe the spaces.
    call.client().user(call.argument(0), call.context(), [&call](const Result<User> &current) {
        if (!current) {
            call.fail(current.error());
            return;
        }
        User user = current.value();
        if (call.has(ascii("full-name")))
            user.fullName = call.value(ascii("full-name")).trimmed();
        if (call.has(ascii("role")))
            user.role = call.value(ascii("role")).trimmed();
        if (call.has(ascii("spaces")))
            user.spaceIds = call.list(ascii("spaces"));
        call.client().updateUser(user, call.context(), call.deliver<User>());
    });
}

void deleteUser(Invocation &call) {
    call.client().deleteUser(call.argument(0), call.context(), call.deliver<StatusMessage>());
}

} // namespace

QList<CommandSpec> userCommands() {
    using Auth = CommandSpec::Auth;
    const QStringList id{ascii("ID")};
    const OptionSpec spaces{ascii("spaces"), ascii("ID,ID"),
                            Text::tr("space ids the user may see (an empty value clears them)")};
    return {
        {{ascii("users"), ascii("list")},
         {},
         Text::tr("List users (OAuth client credentials only)."),
         {},
         Auth::Bearer,
         listUsers},
        {{ascii("users"), ascii("get")}, id, Text::tr("Show one user."), {}, Auth::Bearer, getUser},
        {{ascii("users"), ascii("create")},
         {},
         Text::tr("Create a user."),
         {{ascii("email"), ascii("EMAIL"), Text::tr("e-mail address"), true},
          {ascii("full-name"), ascii("NAME"), Text::tr("full name"), true},
          {ascii("role"), ascii("ROLE"), Text::tr("role, e.g. owner"), true},
          spaces},
         Auth::Bearer,
         createUser},
        {{ascii("users"), ascii("update")},
         id,
         Text::tr("Change a user's name, role or spaces; what is not given stays as it is."),
         {{ascii("full-name"), ascii("NAME"), Text::tr("full name")},
          {ascii("role"), ascii("ROLE"), Text::tr("role")},
          spaces},
         Auth::Bearer,
         updateUser},
        {{ascii("users"), ascii("delete")},
         id,
         Text::tr("Delete a user."),
         {},
         Auth::Bearer,
         deleteUser},
    };
}

} // namespace Density::Cli
