#pragma once

#include "endpoints.h"

#include <QByteArray>
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

private:
    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    int m_apiCode = 0;
    QString m_apiMessage;
    QString m_message;
};

} // namespace Density
