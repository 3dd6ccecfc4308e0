#pragma once

#include "clioptions.h"

#include <functional>

namespace Density::Cli {

class Invocation;

//! One row of the command table: how the command is spelled, what it accepts (checked before
//! anything is sent) and the handler that issues the call.
struct CommandSpec {
    enum class Auth {
        Bearer, //!< a token or an OAuth client, as the client's token provider
        Client, //!< the OAuth client id and secret themselves (the token commands)
        None,   //!< no API call (the profile commands)
    };

    QStringList path;      //!< e.g. {"spaces", "update"}
    QStringList arguments; //!< required positional arguments, e.g. {"ID"}
    QString summary;
    QList<OptionSpec> options;
    Auth auth = Auth::Bearer;
    std::function<void(Invocation &)> run;

    QString name() const { return path.join(QLatin1Char(' ')); }
    const OptionSpec *option(const QString &name) const;
};

//! Shared option rows, so the same option reads the same in every command's help.
OptionSpec spacesOption();
OptionSpec fromOption();
OptionSpec toOption();

} // namespace Density::Cli
