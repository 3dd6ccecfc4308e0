#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Density::Cli {

enum class OutputFormat { Json, Csv };

//! One `--name VALUE` option as shown in help and checked by the parser.
struct OptionSpec {
    QString name;      //!< without the leading dashes
    QString valueName; //!< empty for a flag
    QString help;
    bool required = false;
};

//! Options that apply to every command; accepted before or after the command words.
struct GlobalOptions {
    QString baseUrl = QStringLiteral("https://api.density.io");
    bool baseUrlGiven = false; //!< --base-url was on the command line (it beats a profile's)
    QString profile;           //!< --profile NAME: a saved connection profile
    OutputFormat format = OutputFormat::Json;
    int timeoutMs = 30000;
    bool help = false;
    bool version = false;

    //! Credentials as given, kept apart by origin: the command line beats the environment.
    QString token;
    QString clientId;
    QString clientSecret;
    QString environmentToken;
    QString environmentClientId;
    QString environmentClientSecret;

    //! Every secret we were handed, so error lines can be scrubbed of them.
    QStringList secrets() const;
};

//! Which credential a command will authenticate with, after applying the precedence rules.
struct Credentials {
    enum class Kind { None, Token, OAuth };
    Kind kind = Kind::None;
    QString token;
    QString clientId;
    QString clientSecret;
};

//! The argument list split into global options, command words and command options.
struct CommandLine {
    GlobalOptions global;
    QStringList words;                          //!< command path, then its arguments
    QList<std::pair<QString, QString>> options; //!< command options, name without "--"
    QString error;                              //!< non-empty: a usage error
};

//! Splits `arguments` (without the program name). Every option except --help/--version takes a
//! value (`--name value` or `--name=value`); `--` ends option parsing.
CommandLine parseCommandLine(const QStringList &arguments, const QProcessEnvironment &environment);

//! The global options, for help.
QList<OptionSpec> globalOptionSpecs();

//! Where resolved credentials came from: a profile's secret is only read from the keychain when
//! neither the command line nor the environment supplies credentials.
enum class CredentialSource { CommandLine, Environment };

//! Bearer credentials for ordinary commands: a --token or --client-id/--client-secret on the
//! command line wins; otherwise DENSITY_TOKEN, then DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET.
//! (A --profile's stored secret comes last; the Runner handles it when this finds nothing.)
std::optional<Credentials> resolveBearer(const GlobalOptions &options, QString *error,
                                         CredentialSource *source = nullptr);

//! Client id and secret for the token commands (command line, else environment).
std::optional<Credentials> resolveClient(const GlobalOptions &options, QString *error,
                                         CredentialSource *source = nullptr);

//! True when the command line or the environment holds any credential at all.
bool hasExplicitCredentials(const GlobalOptions &options);

} // namespace Density::Cli
