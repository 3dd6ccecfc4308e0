#pragma once

#include "clicommand.h"
#include "clioutput.h"
#include "clirender.h"

#include "api/densityclient.h"

#include <QHash>

#include <memory>
#include <optional>

namespace Density::Cli {

class Runner;

//! What a command handler works with: its parsed arguments, the client, local validation that
//! reports usage errors, and `deliver()` to print a result (or the error) and exit.
class Invocation {
public:
    Invocation(Runner &runner, const CommandSpec &spec, QStringList arguments,
               QHash<QString, QString> options, Credentials credentials);

    const CommandSpec &spec() const { return m_spec; }
    QString argument(int index) const { return m_arguments.value(index); }
    bool has(const QString &option) const { return m_options.contains(option); }
    QString value(const QString &option) const { return m_options.value(option); }
    //! A comma-separated option as a list; empty items are dropped.
    QStringList list(const QString &option) const;
    //! The OAuth client, for commands with CommandSpec::Auth::Client.
    const Credentials &credentials() const { return m_credentials; }

    DensityClient &client() const;
    //! The run itself: global options, the credential store (for the profile commands).
    Runner &runner() const { return m_runner; }
    //! Results are delivered only while this object lives.
    QObject *context() const;

    // Local validation: on failure each reports a usage error and returns nullopt.
    std::optional<TimeRange> timeRange();
    std::optional<qint64> integer(const QString &option, qint64 minimum, qint64 maximum);
    std::optional<SensorFilter> sensorFilter();

    void usageError(const QString &message);
    void warning(const QString &message);
    void fail(const ApiError &error);
    void print(const Rendered &rendered);

    //! For commands that print as they go (live streams) rather than one result at the end.
    Output &output() const;
    OutputFormat format() const;
    void finish(int code);
    //! Keeps a long-running command's state alive for the rest of the run. It is destroyed
    //! with this invocation, while the client it talks through still exists.
    void keep(std::unique_ptr<QObject> object) { m_kept = std::move(object); }

    template <typename T>
    Handler<T> deliver(std::function<Rendered(const T &)> renderer) {
        return [this, renderer](const Result<T> &result) {
            if (result)
                print(renderer(result.value()));
            else
                fail(result.error());
        };
    }
    template <typename T>
    Handler<T> deliver() {
        return deliver<T>([](const T &value) { return render(value); });
    }

private:
    Runner &m_runner;
    const CommandSpec &m_spec;
    QStringList m_arguments;
    QHash<QString, QString> m_options;
    Credentials m_credentials;
    std::unique_ptr<QObject> m_kept;
};

} // namespace Density::Cli
