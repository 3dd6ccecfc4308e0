// Help texts, generated from the command table so they cannot drift from what is accepted.
#include "clicommands.h"

#include "clitext.h"

namespace Density::Cli {
namespace {

constexpr int OptionColumn = 30;

QString synopsis(const CommandSpec &command) {
    QStringList parts{command.name()};
    parts += command.arguments;
    bool optional = false;
    for (const OptionSpec &option : command.options) {
        if (option.required)
            parts.append(QStringLiteral("--%1 %2").arg(option.name, option.valueName));
        else
            optional = true;
    }
    if (optional)
        parts.append(Text::tr("[options]"));
    return parts.join(QLatin1Char(' '));
}

QString optionLines(const QList<OptionSpec> &options) {
    QString text;
    for (const OptionSpec &option : options) {
        QString left = QStringLiteral("  --%1").arg(option.name);
        if (!option.valueName.isEmpty())
            left += QLatin1Char(' ') + option.valueName;
        QString help = option.help;
        if (option.required)
            help += QLatin1Char(' ') + Text::tr("(required)");
        if (left.size() >= OptionColumn)
            text += left + QLatin1Char('\n') + QString(OptionColumn, QLatin1Char(' '));
        else
            text += left.leftJustified(OptionColumn);
        text += help + QLatin1Char('\n');
    }
    return text;
}

QString commandLines(const QString &group) {
    QString text;
    for (const CommandSpec &command : commandTable()) {
        if (!group.isEmpty() && command.path.first() != group)
            continue;
        text += QStringLiteral("  %1\n      %2\n").arg(synopsis(command), command.summary);
    }
    return text;
}

QString credentialRules() {
    return Text::tr(
        "Credentials, first found wins: --token or --client-id/--client-secret on the command "
        "line; then DENSITY_TOKEN, then DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET from the "
        "environment; then the secret of --profile NAME from the system keychain. --base-url "
        "beats the profile's address. Profiles are shared with density-dashboard; their "
        "secrets never go into a settings file.\n");
}

QString exitCodes() {
    return Text::tr("Exit codes: 0 success, 2 usage error, 3 API error, 4 network error.\n");
}

} // namespace

QString toolHelp() {
    return Text::tr("Usage: density-cli [global options] COMMAND [ARGUMENTS] [options]\n\n"
                    "Every Density API v3 endpoint from the shell. Results are written to "
                    "stdout as JSON (default) or CSV; errors to stderr as one line.\n\n"
                    "Global options:\n") +
           optionLines(globalOptionSpecs()) + QLatin1Char('\n') + Text::tr("Commands:\n") +
           commandLines(QString()) + QLatin1Char('\n') + credentialRules() + QLatin1Char('\n') +
           Text::tr("Run \"density-cli COMMAND --help\" for a command's options.\n") + exitCodes();
}

QString groupHelp(const QString &group) {
    return Text::tr("Usage: density-cli %1 SUBCOMMAND ...\n\nCommands:\n").arg(group) +
           commandLines(group) + QLatin1Char('\n') +
           Text::tr("Run \"density-cli %1 SUBCOMMAND --help\" for its options.\n").arg(group);
}

QString commandHelp(const CommandSpec &command) {
    QString text =
        Text::tr("Usage: density-cli %1\n\n%2\n").arg(synopsis(command), command.summary);
    if (!command.options.isEmpty())
        text += QLatin1Char('\n') + Text::tr("Options:\n") + optionLines(command.options);
    text += QLatin1Char('\n') +
            Text::tr("Global options (--base-url, --token, --format, ...) are "
                     "listed by density-cli --help.\n") +
            exitCodes();
    return text;
}

} // namespace Density::Cli
