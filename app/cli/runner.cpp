#include "runner.h"

#include "clicommands.h"
#include "clitext.h"
#include "exitcode.h"

#include "auth/renewingtokenprovider.h"

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

    const QString urlProblem =
        m_client.setBaseUrl(QUrl(m_options.baseUrl.trimmed(), QUrl::StrictMode));
    if (!urlProblem.isEmpty())
        return usage(urlProblem);
    m_client.setTimeoutMs(m_options.timeoutMs);

    QString problem;
    const std::optional<Credentials> credentials = spec.auth == CommandSpec::Auth::Client
                                                       ? resolveClient(m_options, &problem)
                                                       : resolveBearer(m_options, &problem);
    if (!credentials)
        return usage(problem);
    if (spec.auth == CommandSpec::Auth::Bearer) {
        if (credentials->kind == Credentials::Kind::Token)
            m_tokens = new StaticTokenProvider(credentials->token, this);
        else
            m_tokens = new OAuthTokenProvider(&m_client, credentials->clientId,
                                              credentials->clientSecret, this);
        m_client.setTokenProvider(m_tokens);
    }
    m_invocation = std::make_unique<Invocation>(*this, spec, arguments, options, *credentials);
    return -1;
}

} // namespace Density::Cli
