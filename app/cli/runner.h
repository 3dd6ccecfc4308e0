#pragma once

#include "clioptions.h"
#include "clioutput.h"
#include "invocation.h"

#include "api/densityclient.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Density::Cli {

//! One run of density-cli: parse, check the command locally, issue its call(s) on the event
//! loop, print, and leave with the documented exit code.
class Runner : public QObject {
    Q_OBJECT
public:
    explicit Runner(QObject *parent = nullptr);
    ~Runner() override;

    //! Returns the exit code when the run ended without needing the event loop (help, usage
    //! errors); otherwise -1, and the loop is told to exit once the result is printed.
    int start(const QStringList &arguments, const QProcessEnvironment &environment);
    //! The first code wins; later calls (a late reply after an error) are ignored.
    void finish(int code);

    DensityClient &client() { return m_client; }
    Output &output() { return m_output; }
    OutputFormat format() const { return m_options.format; }

private:
    int usage(const QString &message);
    int prepare(const CommandLine &line);

    DensityClient m_client;
    Output m_output;
    GlobalOptions m_options;
    QPointer<TokenProvider> m_tokens;
    std::unique_ptr<Invocation> m_invocation;
    int m_exitCode = -1;
};

} // namespace Density::Cli
