#include "clicommands.h"

#include "clitext.h"

namespace Density::Cli {

const OptionSpec *CommandSpec::option(const QString &optionName) const {
    for (const OptionSpec &candidate : options) {
        if (candidate.name == optionName)
            return &candidate;
    }
    return nullptr;
}

OptionSpec spacesOption() {
    return {QStringLiteral("spaces"), QStringLiteral("ID,ID"),
            Text::tr("space ids, comma-separated (default: every space)")};
}

OptionSpec fromOption() {
    return {QStringLiteral("from"), QStringLiteral("TIME"),
            Text::tr("start, e.g. 2026-11-02T00:00:00Z (or without Z: local time)"), true};
}

OptionSpec toOption() {
    return {QStringLiteral("to"), QStringLiteral("TIME"),
            Text::tr("end (inclusive), in the same style as --from"), true};
}

const QList<CommandSpec> &commandTable() {
    static const QList<CommandSpec> table = [] {
        QList<CommandSpec> all;
        all += accessCommands();
        all += resourceCommands();
        all += sensorCommands();
        all += userCommands();
        all += analyticsCommands();
        all += liveCommands();
        all += streamCommands();
        all += profileCommands();
        return all;
    }();
    return table;
}

CommandMatch findCommand(const QStringList &words) {
    CommandMatch match;
    QStringList subcommands;
    for (const CommandSpec &command : commandTable()) {
        if (command.path.first() != words.first())
            continue;
        if (command.path.size() == 1) {
            match.command = &command;
            match.consumed = 1;
            return match;
        }
        subcommands.append(command.path.at(1));
        if (words.size() > 1 && command.path.at(1) == words.at(1)) {
            match.command = &command;
            match.consumed = 2;
            return match;
        }
    }
    if (subcommands.isEmpty()) {
        match.error =
            Text::tr("Unknown command \"%1\". See density-cli --help.").arg(words.first());
        return match;
    }
    match.group = words.first();
    const QString choices = subcommands.join(QLatin1String(", "));
    match.error = words.size() > 1
                      ? Text::tr("Unknown subcommand \"%1 %2\"; use one of: %3.")
                            .arg(words.first(), words.at(1), choices)
                      : Text::tr("\"%1\" needs a subcommand: %2.").arg(words.first(), choices);
    return match;
}

} // namespace Density::Cli
