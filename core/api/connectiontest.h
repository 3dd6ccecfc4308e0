#pragma once

#include "apierror.h"
#include "pendingcall.h"

#include "auth/connectionprofile.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

namespace Density {

class DensityClient;
class TokenProvider;

//! The three ways to sign in (REFERENCE §6.1).
using ConnectionAuthKind = ConnectionProfile::AuthKind;

//! What a person typed into the connection dialog; only the fields of `authKind` are used.
struct ConnectionInput {
    QUrl baseUrl;
    ConnectionAuthKind authKind = ConnectionAuthKind::StaticToken;
    QString token;
    QString clientId;
    QString clientSecret;
    QString displayId; //!< display credentials only (the display-token endpoint needs it)

    //! The secret of `authKind`: the token, or the client secret.
    QString secret() const;
    //! This input as a profile (no secret: that goes to the CredentialStore under
    //! profile.secretKey()); the other fields (id, name, defaults) come from `base`.
    ConnectionProfile toProfile(ConnectionProfile base = {}) const;
    static ConnectionInput fromProfile(const ConnectionProfile &profile, const QString &secret);
    //! A provider for the real connection (makeTokenProvider). OAuth and display providers
    //! fetch their tokens through `client`, which must be the client that will use it.
    std::unique_ptr<TokenProvider> createTokenProvider(DensityClient *client) const;
};

//! One certificate the server presented, in the words a person compares with what IT says.
struct CertificateDetails {
    QString subject;
    QString issuer;
    QStringList alternativeNames;
    QDateTime validFrom;
    QDateTime validUntil;
    QString sha256; //!< colon-separated upper-case hex, as browsers show it
    bool selfSigned = false;

    static CertificateDetails from(const QSslCertificate &certificate);
};

//! The outcome of a connection test: one kind a program can act on and one sentence a person
//! can act on, plus the certificate details for a TLS failure.
struct ConnectionTestResult {
    enum class Kind {
        Ok,
        BadCredentials,    //!< 401 from hello-world, 400/401 from a token endpoint
        Forbidden,         //!< 403: the credentials are known but lack the permission
        HostNotFound,      //!< DNS could not resolve the host
        ConnectionRefused, //!< the host answered but nothing listens on that port
        Timeout,           //!< no answer within the timeout
        Tls,               //!< the certificate or the handshake was refused (never ignored)
        Proxy,             //!< the proxy could not be reached, refused, or wants credentials
        InsecureUrl,       //!< plain http:// to a host other than this computer
        Incomplete,        //!< an address or credential field is empty or not an address
        Other,             //!< anything else (server error, not the Density API, …)
    };

    Kind kind = Kind::Other;
    QString sentence;
    //! hello-world's greeting on success.
    QString greeting;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    //! Tls only: the chain the server presented (leaf first) and the check's errors.
    QList<CertificateDetails> certificates;
    QStringList sslErrors;

    bool ok() const { return kind == Kind::Ok; }
    //! The certificate details as plain text for the details area (empty when none).
    QString detailsText() const;
    static QString kindName(Kind kind);
};

//! Checks typed-in credentials without touching the connection in use: its own DensityClient,
//! no retries, and the calls of REFERENCE §6.2 — hello-world for a static token; the OAuth or
//! display token endpoint and then hello-world with the token it issued. Plain http:// is
//! refused before any request except to loopback. TLS verification stays on, always.
class ConnectionTest : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    //! The tester's own client: give it the app's proxy settings and timeout.
    DensityClient *client() const { return m_client.get(); }

    //! Starts a test (aborting one still running); `finished` follows, possibly at once.
    void start(const ConnectionInput &input);
    void abort();
    bool isRunning() const { return m_running; }

    //! The problem with the input that needs no network to find, if any.
    static std::optional<ConnectionTestResult> checkInput(const ConnectionInput &input);
    //! Classifies a failed call. `step` is the endpoint that failed.
    static ConnectionTestResult classify(const ApiError &error, const QUrl &baseUrl, Endpoint step);

Q_SIGNALS:
    //! A short sentence for the status line while the test runs ("Asking for a token…").
    void progress(const QString &sentence);
    void finished(const Density::ConnectionTestResult &result);

private:
    void helloWorld(const ConnectionInput &input, const QString &token, bool issued);
    void finish(const ConnectionTestResult &result);

    std::unique_ptr<DensityClient> m_client;
    std::unique_ptr<TokenProvider> m_tokens;
    RequestHandle m_call;
    //! Bumped on every start/abort so a late answer of an earlier test is dropped.
    int m_generation = 0;
    bool m_running = false;
};

} // namespace Density

Q_DECLARE_METATYPE(Density::ConnectionTestResult)
