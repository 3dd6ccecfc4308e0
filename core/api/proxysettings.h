#pragma once

#include <QNetworkProxy>
#include <QString>

class QNetworkProxyFactory;

namespace Density {

//! How DensityClient reaches the API: through the system's proxy configuration (the default;
//! managed corporate machines set it centrally), directly, or through one proxy the user names.
//! A pure value: the password is carried for this session only and never written anywhere by
//! the settings code (see AppSettings).
struct ProxySettings {
    enum class Mode { System, None, Manual };
    enum class Type { Http, Socks5 };

    Mode mode = Mode::System;
    Type type = Type::Http;
    QString host;
    int port = 8080;
    QString user;
    QString password; //!< session only: never persisted

    //! Empty when usable, else a sentence that says what to fix (manual mode only).
    QString problem() const;
    //! The manual proxy as Qt wants it (meaningful in manual mode only).
    QNetworkProxy manualProxy() const;
    //! A factory for QNetworkAccessManager::setProxyFactory(). Loopback hosts (the demo, the
    //! simulator) are always reached directly, like Qt's own application proxy does it.
    QNetworkProxyFactory *createFactory() const;

    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name);
    static QString typeName(Type type);
    static Type typeFromName(const QString &name);

    friend bool operator==(const ProxySettings &a, const ProxySettings &b) {
        return a.mode == b.mode && a.type == b.type && a.host == b.host && a.port == b.port &&
               a.user == b.user && a.password == b.password;
    }
    friend bool operator!=(const ProxySettings &a, const ProxySettings &b) { return !(a == b); }
};

} // namespace Density
