#pragma once

#include "endpoints.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Density {

//! Everything that can go wrong with a call, in one value. `message()` is a sentence a person
//! can act on; the other fields let code decide (retry, re-authenticate, exit code).
class ApiError {
public:
    enum class Kind {
        Http,       //!< the server answered with a non-2xx status
        Network,    //!< DNS, refused connection, dropped socket, proxy
        Tls,        //!< certificate or handshake failure (never ignored)
        Timeout,    //!< no answer within the request timeout
        Decode,     //!< a 2xx body that is not the JSON we expect
        Validation, //!< refused locally before sending (e.g. both sensor filters)
        Auth,       //!< no credentials, or the token endpoint refused them
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, int httpStatus = 0);

    static ApiError fromHttp(int status, const QByteArray &body, Endpoint endpoint);
    static ApiError decode(const QString &endpointName, const QString &detail);
    static ApiError validation(const QString &message);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    //! The API's own `{code, message}` when the body carried one.
    int apiCode() const { return m_apiCode; }
    QString apiMessage() const { return m_apiMessage; }
    QString message() const { return m_message; }
    //! Network, timeout and 5xx/429 failures may succeed if tried again.
    bool isTransient() const;

    //! The Qt reply code behind a Network, Tls or Timeout error (NoError otherwise), so a
    //! connection test can tell "host not found" from "refused" from a proxy failure.
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    void setNetworkError(QNetworkReply::NetworkError code) { m_networkError = code; }
    //! "host:port" of the proxy a failed connection went through; empty when direct. Qt
    //! reports some proxy failures with plain socket codes, so this tells them apart.
    QString proxy() const { return m_proxy; }
    void setProxy(const QString &hostAndPort) { m_proxy = hostAndPort; }
    //! For a Tls error: what the certificate check said and the chain the server presented
    //! (leaf first), so the person can see which certificate was refused. Display only:
    //! nothing in the product ever ignores these errors.
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QList<QSslCertificate> peerCertificateChain() const { return m_peerChain; }
    void setTlsDetails(const QList<QSslError> &errors, const QList<QSslCertificate> &chain) {
        m_sslErrors = errors;
        m_peerChain = chain;
    }

private:
    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    int m_apiCode = 0;
    QString m_apiMessage;
    QString m_message;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_proxy;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain;
};

} // namespace Density
