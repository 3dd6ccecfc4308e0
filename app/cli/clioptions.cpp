#include "clioptions.h"

#include "clitext.h"

#include <cmath>

namespace Density::Cli {
namespace {

const QLatin1String BaseUrl("base-url");
const QLatin1String Token("token");
const QLatin1String ClientId("client-id");
const QLatin1String ClientSecret("client-secret");
const QLatin1String Format("format");
const QLatin1String Timeout("timeout");
const QLatin1String Profile("profile");

bool isGlobalWithValue(const QString &name) {
    return name == BaseUrl || name == Token || name == ClientId || name == ClientSecret ||
           name == Format || name == Timeout || name == Profile;
}

//! Applies one global option; returns a usage error or an empty string.
QString applyGlobal(GlobalOptions &global, const QString &name, const QString &value) {
    if (name == BaseUrl) {
        global.baseUrl = value;
        global.baseUrlGiven = true;
    } else if (name == Profile) {
        if (value.trimmed().isEmpty())
            return Text::tr("--profile needs a profile name (see density-cli profile list).");
        global.profile = value.trimmed();
    } else if (name == Token) {
        global.token = value;
    } else if (name == ClientId) {
        global.clientId = value;
    } else if (name == ClientSecret) {
        global.clientSecret = value;
    } else if (name == Format) {
        if (value == QLatin1String("json"))
            global.format = OutputFormat::Json;
        else if (value == QLatin1String("csv"))
            global.format = OutputFormat::Csv;
        else
            return Text::tr("--format is json or csv, not \"%1\".").arg(value);
    } else if (name == Timeout) {
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        // An upper bound keeps the millisecond count inside an int.
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 86400)
            return Text::tr("--timeout is a number of seconds between 0 and 86400, not \"%1\".")
                .arg(value);
        global.timeoutMs = std::max(1, int(std::lround(seconds * 1000)));
    }
    return QString();
}

} // namespace

QStringList GlobalOptions::secrets() const {
    QStringList list;
    for (const QString &secret : {token, clientSecret, environmentToken, environmentClientSecret}) {
        if (!secret.isEmpty())
            list.append(secret);
    }
    return list;
}

CommandLine parseCommandLine(const QStringList &arguments, const QProcessEnvironment &environment) {
    CommandLine line;
    line.global.environmentToken = environment.value(QStringLiteral("DENSITY_TOKEN"));
    line.global.environmentClientId = environment.value(QStringLiteral("DENSITY_CLIENT_ID"));
    line.global.environmentClientSecret =
        environment.value(QStringLiteral("DENSITY_CLIENT_SECRET"));

    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) ||
            argument == QLatin1String("-")) {
            line.words.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            line.global.help = true;
            continue;
        }
        if (argument == QLatin1String("--version")) {
            line.global.version = true;
            continue;
        }
        if (!argument.startsWith(QLatin1String("--")) || argument.size() == 2) {
            line.error =
                Text::tr("Unknown option \"%1\"; options are spelled --name.").arg(argument);
            return line;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        } else {
            // A following "--x" is the next option, not this one's value: a forgotten value
            // must not silently swallow the next option.
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                line.error = Text::tr("Option --%1 needs a value.").arg(name);
                return line;
            }
            value = arguments.at(++i);
        }
        if (isGlobalWithValue(name)) {
            const QString problem = applyGlobal(line.global, name, value);
            if (!problem.isEmpty()) {
                line.error = problem;
                return line;
            }
        } else {
            line.options.append({name, value});
        }
    }
    return line;
}

QList<OptionSpec> globalOptionSpecs() {
    return {
        {BaseUrl, QStringLiteral("URL"),
         Text::tr("API server (default https://api.density.io; http:// only for loopback)")},
        {Token, QStringLiteral("TOKEN"), Text::tr("API token (or DENSITY_TOKEN)")},
        {ClientId, QStringLiteral("ID"), Text::tr("OAuth client id (or DENSITY_CLIENT_ID)")},
        {ClientSecret, QStringLiteral("SECRET"),
         Text::tr("OAuth client secret (or DENSITY_CLIENT_SECRET)")},
        {Profile, QStringLiteral("NAME"),
         Text::tr("a saved connection profile: its address, and its secret from the system "
                  "keychain when no credential is given otherwise (see \"profile add\")")},
        {Format, QStringLiteral("json|csv"), Text::tr("output format (default json)")},
        {Timeout, QStringLiteral("SECONDS"), Text::tr("per-request timeout (default 30)")},
        {QStringLiteral("help"), QString(), Text::tr("show help; after a command, its help")},
        {QStringLiteral("version"), QString(), Text::tr("show the version")},
    };
}

bool hasExplicitCredentials(const GlobalOptions &options) {
    return !options.token.isEmpty() || !options.clientId.isEmpty() ||
           !options.clientSecret.isEmpty() || !options.environmentToken.isEmpty() ||
           !options.environmentClientId.isEmpty() || !options.environmentClientSecret.isEmpty();
}

std::optional<Credentials> resolveClient(const GlobalOptions &options, QString *error,
                                         CredentialSource *source) {
    if (source)
        *source = options.clientId.isEmpty() && options.clientSecret.isEmpty()
                      ? CredentialSource::Environment
                      : CredentialSource::CommandLine;
    Credentials credentials;
    credentials.kind = Credentials::Kind::OAuth;
    credentials.clientId =
        options.clientId.isEmpty() ? options.environmentClientId : options.clientId;
    credentials.clientSecret =
        options.clientSecret.isEmpty() ? options.environmentClientSecret : options.clientSecret;
    if (credentials.clientId.isEmpty() || credentials.clientSecret.isEmpty()) {
        *error = Text::tr("This command needs an OAuth client: pass --client-id and "
                          "--client-secret (or set DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).");
        return std::nullopt;
    }
    return credentials;
}

std::optional<Credentials> resolveBearer(const GlobalOptions &options, QString *error,
                                         CredentialSource *source) {
    const bool clientOnCommandLine = !options.clientId.isEmpty() || !options.clientSecret.isEmpty();
    if (!options.token.isEmpty() && clientOnCommandLine) {
        *error = Text::tr("Give either --token or --client-id/--client-secret, not both.");
        return std::nullopt;
    }
    Credentials credentials;
    if (!options.token.isEmpty()) {
        if (source)
            *source = CredentialSource::CommandLine;
        credentials.kind = Credentials::Kind::Token;
        credentials.token = options.token;
        return credentials;
    }
    if (clientOnCommandLine)
        return resolveClient(options, error, source);
    if (!options.environmentToken.isEmpty()) {
        if (source)
            *source = CredentialSource::Environment;
        credentials.kind = Credentials::Kind::Token;
        credentials.token = options.environmentToken;
        return credentials;
    }
    if (!options.environmentClientId.isEmpty() || !options.environmentClientSecret.isEmpty())
        return resolveClient(options, error, source);
    *error = Text::tr("No credentials: pass --token (or set DENSITY_TOKEN), --client-id and "
                      "--client-secret for an OAuth client, or --profile NAME.");
    return std::nullopt;
}

} // namespace Density::Cli
