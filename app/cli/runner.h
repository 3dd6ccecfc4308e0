#pragma once

#include "clioptions.h"
#include "clioutput.h"
#include "invocation.h"

#include "api/densityclient.h"
#include "auth/connectionprofile.h"
#include "auth/credentialstore.h"
#include "auth/credentialstorepolicy.h"

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
    const GlobalOptions &options() const { return m_options; }
    //! The credential store the policy picks (keychain, else the opted-in insecure file, else
    //! session only), opened once and kept for the rest of the run.
    void
    openCredentialStore(bool userOptedInsecureFile,
                        std::function<void(CredentialStore &, const CredentialStoreChoice &)> done);
    Output &output() { return m_output; }
    OutputFormat format() const { return m_options.format; }

private:
    int usage(const QString &message);
    int prepare(const CommandLine &line);
    //! The last step of prepare(): the token provider, then the invocation.
    void ready(const CommandSpec &spec, const QStringList &arguments,
               const QHash<QString, QString> &options, const Credentials &credentials,
               std::unique_ptr<TokenProvider> tokens);
    //! For --profile without other credentials: reads the profile's secret, then ready().
    void loadProfileSecret(const ConnectionProfile &profile, const CommandSpec &spec,
                           const QStringList &arguments, const QHash<QString, QString> &options);

    DensityClient m_client;
    Output m_output;
    GlobalOptions m_options;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<CredentialStore> m_secrets;
    std::unique_ptr<Invocation> m_invocation;
    int m_exitCode = -1;
};

} // namespace Density::Cli
