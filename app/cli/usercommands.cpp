// users list | get | create | update | delete: needs a machine-to-machine OAuth client.
#include "clicommands.h"
#include "clitext.h"
#include "invocation.h"

namespace Density::Cli {
namespace {

QString s(const char *text) {
    return QString::fromLatin1(text);
}

void listUsers(Invocation &call) {
    call.client().users(call.context(), call.deliver<QList<User>>());
}

void getUser(Invocation &call) {
    call.client().user(call.argument(0), call.context(), call.deliver<User>());
}

void createUser(Invocation &call) {
    User user;
    user.email = call.value(s("email")).trimmed();
    user.fullName = call.value(s("full-name")).trimmed();
    user.role = call.value(s("role")).trimmed();
    user.spaceIds = call.list(s("spaces"));
    call.client().createUser(user, call.context(), call.deliver<User>());
}

void updateUser(Invocation &call) {
    if (!call.has(s("full-name")) && !call.has(s("role")) && !call.has(s("spaces"))) {
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
        if (call.has(s("full-name")))
            user.fullName = call.value(s("full-name")).trimmed();
        if (call.has(s("role")))
            user.role = call.value(s("role")).trimmed();
        if (call.has(s("spaces")))
            user.spaceIds = call.list(s("spaces"));
        call.client().updateUser(user, call.context(), call.deliver<User>());
    });
}

void deleteUser(Invocation &call) {
    call.client().deleteUser(call.argument(0), call.context(), call.deliver<StatusMessage>());
}

} // namespace

QList<CommandSpec> userCommands() {
    using Auth = CommandSpec::Auth;
    const QStringList id{s("ID")};
    const OptionSpec spaces{s("spaces"), s("ID,ID"),
                            Text::tr("space ids the user may see (an empty value clears them)")};
    return {
        {{s("users"), s("list")},
         {},
         Text::tr("List users (OAuth client credentials only)."),
         {},
         Auth::Bearer,
         listUsers},
        {{s("users"), s("get")}, id, Text::tr("Show one user."), {}, Auth::Bearer, getUser},
        {{s("users"), s("create")},
         {},
         Text::tr("Create a user."),
         {{s("email"), s("EMAIL"), Text::tr("e-mail address"), true},
          {s("full-name"), s("NAME"), Text::tr("full name"), true},
          {s("role"), s("ROLE"), Text::tr("role, e.g. owner"), true},
          spaces},
         Auth::Bearer,
         createUser},
        {{s("users"), s("update")},
         id,
         Text::tr("Change a user's name, role or spaces; what is not given stays as it is."),
         {{s("full-name"), s("NAME"), Text::tr("full name")},
          {s("role"), s("ROLE"), Text::tr("role")},
          spaces},
         Auth::Bearer,
         updateUser},
        {{s("users"), s("delete")}, id, Text::tr("Delete a user."), {}, Auth::Bearer, deleteUser},
    };
}

} // namespace Density::Cli
