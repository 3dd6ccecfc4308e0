#include "invocation.h"

#include "clitext.h"
#include "exitcode.h"
#include "runner.h"

namespace Density::Cli {

Invocation::Invocation(Runner &runner, const CommandSpec &spec, QStringList arguments,
                       QHash<QString, QString> options, Credentials credentials)
    : m_runner(runner)
    , m_spec(spec)
    , m_arguments(std::move(arguments))
    , m_options(std::move(options))
    , m_credentials(std::move(credentials)) {}

QStringList Invocation::list(const QString &option) const {
    QStringList items;
    for (const QString &item : value(option).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

DensityClient &Invocation::client() const {
    return m_runner.client();
}

QObject *Invocation::context() const {
    return &m_runner;
}

std::optional<TimeRange> Invocation::timeRange() {
    QString error;
    const std::optional<TimeRange> range =
        TimeRange::parse(value(QStringLiteral("from")), value(QStringLiteral("to")), &error);
    if (!range)
        usageError(error);
    return range;
}

std::optional<qint64> Invocation::integer(const QString &option, qint64 minimum, qint64 maximum) {
    bool ok = false;
    const qint64 number = value(option).trimmed().toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        usageError(Text::tr("--%1 is a whole number from %2 to %3, not \"%4\".")
                       .arg(option)
                       .arg(minimum)
                       .arg(maximum)
                       .arg(value(option)));
        return std::nullopt;
    }
    return number;
}

std::optional<SensorFilter> Invocation::sensorFilter() {
    SensorFilter filter{list(QStringLiteral("serials")), list(QStringLiteral("spaces"))};
    if (!filter.isValid()) {
        usageError(Text::tr("Give --serials or --spaces, not both: the API rejects the "
                            "combination."));
        return std::nullopt;
    }
    return filter;
}

void Invocation::usageError(const QString &message) {
    m_runner.output().error(message);
    m_runner.finish(ExitCode::Usage);
}

void Invocation::warning(const QString &message) {
    m_runner.output().warning(message);
}

void Invocation::fail(const ApiError &error) {
    m_runner.output().error(error.message());
    m_runner.finish(ExitCode::forError(error));
}

Output &Invocation::output() const {
    return m_runner.output();
}

OutputFormat Invocation::format() const {
    return m_runner.format();
}

void Invocation::finish(int code) {
    m_runner.finish(code);
}

void Invocation::print(const Rendered &rendered) {
    m_runner.output().result(rendered, m_runner.format());
    m_runner.finish(ExitCode::Success);
}

} // namespace Density::Cli
