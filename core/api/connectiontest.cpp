#include "connectiontest.h"

#include "auth/tokenprovider.h"
#include "auth/tokenproviderfactory.h"
#include "densityclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>

namespace Density {
namespace {

//! tr() for this file's free functions, in a context lupdate can see (a plain wrapper around
//! QCoreApplication::translate() would be filed under the wrong context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Density::ConnectionTest)
};

bool isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

//! "host" or "host:port" when the port is not the scheme's default.
QString hostAndPort(const QUrl &url) {
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

ConnectionTestResult make(ConnectionTestResult::Kind kind, const QString &sentence) {
    ConnectionTestResult result;
    result.kind = kind;
    result.sentence = sentence;
    return result;
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer) {
    QStringList parts;
    const QList<QByteArray> attributes =
        issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(QStringLiteral("%1=%2").arg(QString::fromLatin1(attribute), value));
    }
    return parts.join(QLatin1String(", "));
}

QString utcText(const QDateTime &when) {
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : Tr::tr("unknown");
}

//! `proxy` is "host:port" when known.
QString proxySentence(QNetworkReply::NetworkError code, QString proxy, const QString &detail) {
    if (proxy.isEmpty())
        proxy = Tr::tr("the proxy");
    switch (code) {
    case QNetworkReply::ProxyConnectionRefusedError:
        return Tr::tr(
                   "Could not connect to %1: check the proxy's host and port in Settings, or ask "
                   "IT which proxy this computer must use.")
            .arg(proxy);
    case QNetworkReply::ProxyNotFoundError:
        return Tr::tr("%1 could not be found (its name does not resolve): check the proxy host in "
                      "Settings.")
            .arg(proxy);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Tr::tr(
                   "%1 asks for a user name and password: enter them in Settings (Proxy), or ask "
                   "IT for them.")
            .arg(proxy);
    case QNetworkReply::ProxyTimeoutError:
        return Tr::tr("%1 did not answer in time: check the proxy setting and the network.")
            .arg(proxy);
    case QNetworkReply::ProxyConnectionClosedError:
        return Tr::tr("%1 closed the connection before answering: check the proxy setting, or ask "
                      "IT whether it allows connections to this server.")
            .arg(proxy);
    default:
        break;
    }
    //: %1 the proxy, %2 what went wrong.
    return Tr::tr("The connection through %1 failed (%2): check the proxy setting in Settings.")
        .arg(proxy, detail);
}

} // namespace

QString ConnectionInput::secret() const {
    return authKind == ConnectionAuthKind::StaticToken ? token : clientSecret;
}

ConnectionProfile ConnectionInput::toProfile(ConnectionProfile base) const {
    base.baseUrl = baseUrl;
    base.authKind = authKind;
    base.clientId = authKind == ConnectionAuthKind::StaticToken ? QString() : clientId;
    base.displayId = authKind == ConnectionAuthKind::DisplayCredentials ? displayId : QString();
    return base;
}

ConnectionInput ConnectionInput::fromProfile(const ConnectionProfile &profile,
                                             const QString &secret) {
    ConnectionInput input;
    input.baseUrl = profile.baseUrl;
    input.authKind = profile.authKind;
    input.clientId = profile.clientId;
    input.displayId = profile.displayId;
    if (profile.authKind == ConnectionAuthKind::StaticToken)
        input.token = secret;
    else
        input.clientSecret = secret;
    return input;
}

std::unique_ptr<TokenProvider> ConnectionInput::createTokenProvider(DensityClient *client) const {
    return makeTokenProvider(toProfile(), secret(), client);
}

CertificateDetails CertificateDetails::from(const QSslCertificate &certificate) {
    CertificateDetails details;
    details.subject = distinguishedName(certificate, false);
    details.issuer = distinguishedName(certificate, true);
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QString prefix =
            it.key() == QSsl::IpAddressEntry
                ? QStringLiteral("IP")
                : (it.key() == QSsl::EmailEntry ? QStringLiteral("email") : QStringLiteral("DNS"));
        details.alternativeNames.append(prefix + QLatin1Char(':') + it.value());
    }
    details.validFrom = certificate.effectiveDate();
    details.validUntil = certificate.expiryDate();
    details.sha256 =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    details.selfSigned = certificate.isSelfSigned();
    return details;
}

QString ConnectionTestResult::detailsText() const {
    if (certificates.isEmpty() && sslErrors.isEmpty())
        return QString();
    QStringList lines;
    if (!sslErrors.isEmpty()) {
        lines.append(Tr::tr("The certificate check reported:"));
        for (const QString &error : sslErrors)
            lines.append(QStringLiteral("  • ") + error);
    }
    if (certificates.isEmpty()) {
        lines.append(Tr::tr("The server presented no certificate."));
        return lines.join(QLatin1Char('\n'));
    }
    for (int i = 0; i < certificates.size(); ++i) {
        const CertificateDetails &c = certificates.at(i);
        lines.append(QString());
        lines.append(i == 0 ? Tr::tr("The server's certificate:")
                            //: %1 position in the chain (2 = the one that signed the server's).
                            : Tr::tr("Certificate %1 of the chain:").arg(i + 1));
        lines.append(Tr::tr("  Subject: %1").arg(c.subject));
        lines.append(c.selfSigned ? Tr::tr("  Issuer: %1 (self-signed)").arg(c.issuer)
                                  : Tr::tr("  Issuer: %1").arg(c.issuer));
        if (!c.alternativeNames.isEmpty())
            lines.append(
                Tr::tr("  Valid for: %1").arg(c.alternativeNames.join(QLatin1String(", "))));
        lines.append(Tr::tr("  Valid from: %1").arg(utcText(c.validFrom)));
        lines.append(Tr::tr("  Valid until: %1").arg(utcText(c.validUntil)));
        // 32 bytes in two lines of 16, as certificate viewers show them, so the view needs
        // no horizontal scrolling.
        lines.append(Tr::tr("  SHA-256 fingerprint:"));
        lines.append(QStringLiteral("    ") + c.sha256.left(47));
        if (c.sha256.size() > 48)
            lines.append(QStringLiteral("    ") + c.sha256.mid(48));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ConnectionTestResult::kindName(Kind kind) {
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::BadCredentials:
        return QStringLiteral("bad-credentials");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Proxy:
        return QStringLiteral("proxy");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::Incomplete:
        return QStringLiteral("incomplete");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<DensityClient>()) {
    // One attempt: the person is waiting for a verdict, and a retry would only delay it.
    m_client->setRetryPolicy(RetryPolicy{1, 0, 0});
    m_client->setTimeoutMs(DefaultTimeoutMs);
}

ConnectionTest::~ConnectionTest() {
    m_call.abort();
}

void ConnectionTest::abort() {
    ++m_generation;
    m_call.abort();
    m_running = false;
}

std::optional<ConnectionTestResult> ConnectionTest::checkInput(const ConnectionInput &input) {
    using Kind = ConnectionTestResult::Kind;
    const QUrl &url = input.baseUrl;
    if (!url.isValid() || url.host().isEmpty())
        return make(Kind::Incomplete,
                    Tr::tr("\"%1\" is not a server address: enter one like https://api.density.io.")
                        .arg(url.toString()));
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host()))
        return make(Kind::InsecureUrl,
                    Tr::tr("Plain http:// would send your credentials unencrypted, so it is only "
                           "allowed for this computer (localhost, 127.0.0.1, ::1). Use https://%1 "
                           "instead.")
                        .arg(hostAndPort(url)));
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return make(Kind::InsecureUrl,
                    Tr::tr("Only https:// addresses are supported, not %1://.").arg(url.scheme()));
    switch (input.authKind) {
    case ConnectionAuthKind::StaticToken:
        if (input.token.isEmpty())
            return make(Kind::Incomplete, Tr::tr("Enter an API token."));
        break;
    case ConnectionAuthKind::OAuthClient:
    case ConnectionAuthKind::DisplayCredentials:
        if (input.clientId.isEmpty())
            return make(Kind::Incomplete, Tr::tr("Enter the client id."));
        if (input.clientSecret.isEmpty())
            return make(Kind::Incomplete, Tr::tr("Enter the client secret."));
        if (input.authKind == ConnectionAuthKind::DisplayCredentials && input.displayId.isEmpty())
            return make(Kind::Incomplete, Tr::tr("Enter the display id this screen signs in as."));
        break;
    }
    return std::nullopt;
}

ConnectionTestResult ConnectionTest::classify(const ApiError &error, const QUrl &baseUrl,
                                              Endpoint step) {
    using Kind = ConnectionTestResult::Kind;
    const QString host = hostAndPort(baseUrl);
    ConnectionTestResult result;
    result.httpStatus = error.httpStatus();
    result.networkError = error.networkError();
    const bool tokenStep = step == Endpoint::OAuthToken || step == Endpoint::DisplayToken;

    switch (error.kind()) {
    case ApiError::Kind::Http: {
        const int status = error.httpStatus();
        if (status == 401 || (tokenStep && status == 400)) {
            result.kind = Kind::BadCredentials;
            if (step == Endpoint::OAuthToken)
                result.sentence = Tr::tr("The token endpoint refused the client id or secret (%1): "
                                         "check both, and that the OAuth client still exists.")
                                      .arg(status);
            else if (step == Endpoint::DisplayToken)
                result.sentence = Tr::tr("The display-token endpoint refused the client id, secret "
                                         "or display id (%1): check all three.")
                                      .arg(status);
            else
                result.sentence = Tr::tr("The API rejected the token (401): check that you copied "
                                         "the whole tok_… token and that it has not been revoked.");
        } else if (status == 403) {
            result.kind = Kind::Forbidden;
            result.sentence = Tr::tr("The API knows these credentials but does not allow them to "
                                     "read this organization (403): ask an Owner or Admin for a "
                                     "token with read access.");
            if (!error.apiMessage().isEmpty())
                //: %1 the sentence above, %2 the API's own message.
                result.sentence =
                    Tr::tr("%1 The API said: “%2”").arg(result.sentence, error.apiMessage());
        } else if (status == 407) {
            result.kind = Kind::Proxy;
            result.sentence =
                proxySentence(QNetworkReply::ProxyAuthenticationRequiredError, error.proxy(), {});
        } else {
            result.kind = Kind::Other;
            result.sentence = error.message();
        }
        return result;
    }
    case ApiError::Kind::Timeout:
        result.kind = Kind::Timeout;
        result.sentence =
            Tr::tr("%1 accepted the connection but did not answer in time: the server "
                   "may be overloaded, or something between you and it holds the "
                   "connection open. Try again, or check the address.")
                .arg(host);
        return result;
    case ApiError::Kind::Tls: {
        result.kind = Kind::Tls;
        QStringList problems;
        for (const QSslError &sslError : error.sslErrors())
            problems.append(sslError.errorString());
        result.sslErrors = problems;
        for (const QSslCertificate &certificate : error.peerCertificateChain())
            result.certificates.append(CertificateDetails::from(certificate));
        if (problems.isEmpty()) {
            //: %1 why the secure connection failed.
            result.sentence = Tr::tr("%1 No credentials were sent.").arg(error.message());
        } else {
            //: %2 the certificate problems, e.g. "The certificate is self-signed, and
            //: untrusted".
            result.sentence = Tr::tr("%1's certificate was not accepted (%2), so no credentials "
                                     "were sent. Compare the details below with what your IT "
                                     "department expects; an untrusted certificate is never "
                                     "accepted.")
                                  .arg(host, problems.join(QLatin1String("; ")));
        }
        return result;
    }
    case ApiError::Kind::Network:
        break;
    case ApiError::Kind::Decode:
        result.kind = Kind::Other;
        result.sentence = Tr::tr("%1 answered, but not like the Density API: check the address. "
                                 "(%2)")
                              .arg(host, error.message());
        return result;
    case ApiError::Kind::Auth:
        result.kind = Kind::BadCredentials;
        result.sentence = error.message();
        return result;
    case ApiError::Kind::Validation:
        result.kind = Kind::Other;
        result.sentence = error.message();
        return result;
    }

    // Through a proxy, Qt reports some of the proxy's own failures with plain socket codes
    // (an HTTPS tunnel to a closed proxy port is "UnknownNetworkError"): the person can only
    // act on the proxy setting then.
    if (!error.proxy().isEmpty() &&
        (error.networkError() == QNetworkReply::ConnectionRefusedError ||
         error.networkError() == QNetworkReply::UnknownNetworkError)) {
        result.kind = Kind::Proxy;
        result.sentence = proxySentence(QNetworkReply::ProxyConnectionRefusedError, error.proxy(),
                                        error.message());
        return result;
    }
    switch (error.networkError()) {
    case QNetworkReply::HostNotFoundError:
        result.kind = Kind::HostNotFound;
        result.sentence =
            Tr::tr("The server %1 could not be found: its name does not resolve (DNS). "
                   "Check the address for typos and that this computer is online.")
                .arg(baseUrl.host());
        return result;
    case QNetworkReply::ConnectionRefusedError:
        result.kind = Kind::ConnectionRefused;
        result.sentence =
            Tr::tr("%1 refused the connection: the computer was reached, but nothing accepts "
                   "connections on port %2. Check the address and port.")
                .arg(baseUrl.host())
                .arg(baseUrl.port(baseUrl.scheme() == QLatin1String("http") ? 80 : 443));
        return result;
    case QNetworkReply::TimeoutError:
        result.kind = Kind::Timeout;
        result.sentence =
            Tr::tr("%1 did not answer in time: check the address and the network.").arg(host);
        return result;
    case QNetworkReply::SslHandshakeFailedError:
        result.kind = Kind::Tls;
        result.sentence = error.message();
        return result;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        result.kind = Kind::Proxy;
        result.sentence = proxySentence(error.networkError(), error.proxy(), error.message());
        return result;
    default:
        break;
    }
    result.kind = Kind::Other;
    result.sentence = error.message();
    return result;
}

void ConnectionTest::start(const ConnectionInput &input) {
    abort();
    const int generation = m_generation;
    m_running = true;
    if (const auto problem = checkInput(input)) {
        finish(*problem);
        return;
    }
    const QString problem = m_client->setBaseUrl(input.baseUrl);
    if (!problem.isEmpty()) { // checkInput covers every case; this only guards a mismatch
        finish(make(ConnectionTestResult::Kind::InsecureUrl, problem));
        return;
    }
    m_client->setTokenProvider(nullptr);
    m_tokens.reset();

    if (input.authKind == ConnectionAuthKind::StaticToken) {
        helloWorld(input, input.token, false);
        return;
    }
    const bool display = input.authKind == ConnectionAuthKind::DisplayCredentials;
    const Endpoint step = display ? Endpoint::DisplayToken : Endpoint::OAuthToken;
    Q_EMIT progress(Tr::tr("Asking %1 for a token…").arg(hostAndPort(input.baseUrl)));
    auto done = [this, input, step, generation](const Result<AccessToken> &token) {
        if (generation != m_generation)
            return;
        if (!token) {
            finish(classify(token.error(), input.baseUrl, step));
            return;
        }
        helloWorld(input, token.value().accessToken, true);
    };
    m_call = display ? m_client->requestDisplayToken(input.clientId, input.clientSecret,
                                                     input.displayId, this, std::move(done))
                     : m_client->requestOAuthToken(input.clientId, input.clientSecret, this,
                                                   std::move(done));
}

void ConnectionTest::helloWorld(const ConnectionInput &input, const QString &token, bool issued) {
    const int generation = m_generation;
    Q_EMIT progress(Tr::tr("Checking %1…").arg(hostAndPort(input.baseUrl)));
    m_tokens = std::make_unique<StaticTokenProvider>(token);
    m_client->setTokenProvider(m_tokens.get());
    m_call = m_client->helloWorld(
        this, [this, input, issued, generation](const Result<QString> &answer) {
            if (generation != m_generation)
                return;
            if (!answer) {
                ConnectionTestResult result =
                    classify(answer.error(), input.baseUrl, Endpoint::HelloWorld);
                if (issued && result.kind == ConnectionTestResult::Kind::BadCredentials)
                    result.sentence = Tr::tr("The token endpoint accepted the credentials, but the "
                                             "API rejected the token it issued (401): the address "
                                             "may point at a different Density environment.");
                finish(result);
                return;
            }
            ConnectionTestResult result;
            result.kind = ConnectionTestResult::Kind::Ok;
            result.greeting = answer.value();
            result.httpStatus = 200;
            switch (input.authKind) {
            case ConnectionAuthKind::StaticToken:
                result.sentence = Tr::tr("Connected: the API answered \"%1\".").arg(answer.value());
                break;
            case ConnectionAuthKind::OAuthClient:
                result.sentence = Tr::tr("Connected: the OAuth client got a token and the API "
                                         "answered \"%1\".")
                                      .arg(answer.value());
                break;
            case ConnectionAuthKind::DisplayCredentials:
                result.sentence = Tr::tr("Connected: the display got a token and the API answered "
                                         "\"%1\".")
                                      .arg(answer.value());
                break;
            }
            finish(result);
        });
}

void ConnectionTest::finish(const ConnectionTestResult &result) {
    m_running = false;
    m_call = RequestHandle();
    Q_EMIT finished(result);
}

} // namespace Density
