#include "runner.h"

#include "clicommands.h"
#include "clitext.h"
#include "exitcode.h"

#include "auth/profilestore.h"
#include "auth/tokenproviderfactory.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace Density::Cli {

Runner::Runner(QObject *parent)
    : QObject(parent) {}

Runner::~Runner() = default;

int Runner::usage(const QString &message) {
    m_output.error(message);
    finish(ExitCode::Usage);
    return ExitCode::Usage;
}

void Runner::finish(int code) {
    if (m_exitCode >= 0)
        return;
    m_exitCode = code;
    // Queued: a handler may finish synchronously, before the event loop has started.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
}

int Runner::start(const QStringList &arguments, const QProcessEnvironment &environment) {
    const CommandLine line = parseCommandLine(arguments, environment);
    m_options = line.global;
    m_output.setSecrets(m_options.secrets());
    if (!line.error.isEmpty())
        return usage(line.error + QLatin1Char(' ') + Text::tr("See density-cli --help."));
    if (m_options.version) {
        m_output.text(QStringLiteral("density-cli %1\n").arg(QLatin1String(DENSITY_VERSION)));
        return ExitCode::Success;
    }
    const int code = prepare(line);
    if (code >= 0)
        return code;
    if (!m_invocation)
        return -1; // the profile's secret is on its way from the keychain; ready() runs it
    m_invocation->spec().run(*m_invocation);
    return m_exitCode >= 0 ? m_exitCode : -1;
}

//! Everything that can be decided without the network. Returns an exit code, or -1 when the
//! command is ready to run.
int Runner::prepare(const CommandLine &line) {
    QStringList words = line.words;
    bool help = m_options.help;
    if (!words.isEmpty() && words.first() == QLatin1String("help")) {
        words.removeFirst();
        help = true;
    }
    if (words.isEmpty()) {
        if (!help)
            return usage(Text::tr("No command given. See density-cli --help."));
        m_output.text(toolHelp());
        return ExitCode::Success;
    }
    const CommandMatch match = findCommand(words);
    if (help && (match.command || !match.group.isEmpty())) {
        m_output.text(match.command ? commandHelp(*match.command) : groupHelp(match.group));
        return ExitCode::Success;
    }
    if (!match.command)
        return usage(match.error);
    const CommandSpec &spec = *match.command;

    const QStringList arguments = words.mid(match.consumed);
    if (arguments.size() < spec.arguments.size())
        return usage(
            Text::tr("\"%1\" needs %2. See density-cli %1 --help.")
                .arg(spec.name(), spec.arguments.mid(arguments.size()).join(QLatin1Char(' '))));
    if (arguments.size() > spec.arguments.size())
        return usage(Text::tr("Unexpected argument \"%1\" for \"%2\".")
                         .arg(arguments.at(spec.arguments.size()), spec.name()));

    QHash<QString, QString> options;
    for (const auto &[name, value] : line.options) {
        if (!spec.option(name))
            return usage(Text::tr("Unknown option --%1 for \"%2\". See density-cli %2 --help.")
                             .arg(name, spec.name()));
        options.insert(name, value);
    }
    for (const OptionSpec &option : spec.options) {
        if (option.required && options.value(option.name).trimmed().isEmpty())
            return usage(
                Text::tr("\"%1\" needs --%2 %3.").arg(spec.name(), option.name, option.valueName));
    }

    if (spec.auth == CommandSpec::Auth::None) {
        m_invocation = std::make_unique<Invocation>(*this, spec, arguments, options, Credentials{});
        return -1;
    }

    std::optional<ConnectionProfile> profile;
    if (!m_options.profile.isEmpty()) {
        profile = ProfileStore(nullptr).findByName(m_options.profile);
        if (!profile)
            return usage(Text::tr("No profile named \"%1\". See density-cli profile list.")
                             .arg(m_options.profile));
        if (!m_options.baseUrlGiven)
            m_options.baseUrl = profile->baseUrl.toString();
    }
    const QString urlProblem =
        m_client.setBaseUrl(QUrl(m_options.baseUrl.trimmed(), QUrl::StrictMode));
    if (!urlProblem.isEmpty())
        return usage(urlProblem);
    m_client.setTimeoutMs(m_options.timeoutMs);

    // Precedence: command line, then environment, then the profile's stored secret.
    if (profile && !hasExplicitCredentials(m_options)) {
        loadProfileSecret(*profile, spec, arguments, options);
        return m_exitCode >= 0 ? m_exitCode : -1;
    }
    QString problem;
    CredentialSource source = CredentialSource::CommandLine;
    const std::optional<Credentials> credentials =
        spec.auth == CommandSpec::Auth::Client ? resolveClient(m_options, &problem, &source)
                                               : resolveBearer(m_options, &problem, &source);
    if (!credentials)
        return usage(problem);
    if (profile && source == CredentialSource::Environment)
        m_output.warning(Text::tr("Using the credentials from the environment (DENSITY_TOKEN / "
                                  "DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET), not profile "
                                  "\"%1\"'s.")
                             .arg(profile->name));
    std::unique_ptr<TokenProvider> tokens;
    if (spec.auth == CommandSpec::Auth::Bearer) {
        ConnectionProfile given;
        given.authKind = credentials->kind == Credentials::Kind::Token
                             ? ConnectionProfile::AuthKind::StaticToken
                             : ConnectionProfile::AuthKind::OAuthClient;
        given.clientId = credentials->clientId;
        tokens = makeTokenProvider(given,
                                   credentials->kind == Credentials::Kind::Token
                                       ? credentials->token
                                       : credentials->clientSecret,
                                   &m_client);
    }
    ready(spec, arguments, options, *credentials, std::move(tokens));
    return -1;
}

void Runner::ready(const CommandSpec &spec, const QStringList &arguments,
                   const QHash<QString, QString> &options, const Credentials &credentials,
                   std::unique_ptr<TokenProvider> tokens) {
    m_tokens = std::move(tokens);
    m_client.setTokenProvider(m_tokens.get());
    m_invocation = std::make_unique<Invocation>(*this, spec, arguments, options, credentials);
}

void Runner::openCredentialStore(
    bool userOptedInsecureFile,
    std::function<void(CredentialStore &, const CredentialStoreChoice &)> done) {
    QPointer<Runner> self(this);
    CredentialStorePolicy::open(
        userOptedInsecureFile,
        [self, done](std::unique_ptr<CredentialStore> store, const CredentialStoreChoice &choice) {
            if (!self)
                return;
            self->m_secrets = std::move(store);
            done(*self->m_secrets, choice);
        });
}

void Runner::loadProfileSecret(const ConnectionProfile &profile, const CommandSpec &spec,
                               const QStringList &arguments,
                               const QHash<QString, QString> &options) {
    const bool optIn = ProfileStore(nullptr).insecureFileOptIn();
    openCredentialStore(optIn, [this, profile, &spec, arguments, options](
                                   CredentialStore &store, const CredentialStoreChoice &choice) {
        if (choice.kind == CredentialStore::Kind::SessionOnly) {
            usage(choice.notice + QLatin1Char(' ') +
                  Text::tr("Profile \"%1\"'s secret is not available to density-cli; set "
                           "DENSITY_TOKEN (or DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).")
                      .arg(profile.name));
            return;
        }
        store.read(profile.secretKey(), [this, profile, &spec, arguments, options,
                                         kind = store.kind()](const Result<QString> &secret) {
            if (!secret) {
                m_output.error(secret.error().message());
                finish(ExitCode::Api);
                return;
            }
            if (secret.value().isEmpty()) {
                usage(Text::tr("No secret is stored for profile \"%1\" (in the %2). Add it "
                               "again with density-cli profile add, or set DENSITY_TOKEN.")
                          .arg(profile.name, CredentialStore::displayName(kind)));
                return;
            }
            m_output.setSecrets(m_options.secrets() << secret.value());
            Credentials credentials;
            if (profile.authKind == ConnectionProfile::AuthKind::StaticToken) {
                credentials.kind = Credentials::Kind::Token;
                credentials.token = secret.value();
            } else {
                credentials.kind = Credentials::Kind::OAuth;
                credentials.clientId = profile.clientId;
                credentials.clientSecret = secret.value();
            }
            if (spec.auth == CommandSpec::Auth::Client &&
                credentials.kind != Credentials::Kind::OAuth) {
                usage(Text::tr("\"%1\" needs an OAuth client; profile \"%2\" holds an API "
                               "token.")
                          .arg(spec.name(), profile.name));
                return;
            }
            std::unique_ptr<TokenProvider> tokens;
            if (spec.auth == CommandSpec::Auth::Bearer)
                tokens = makeTokenProvider(profile, secret.value(), &m_client);
            ready(spec, arguments, options, credentials, std::move(tokens));
            m_invocation->spec().run(*m_invocation);
        });
    });
}

} // namespace Density::Cli
