#include "proxysettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkProxyFactory>

namespace Density {
namespace {

bool isLoopback(const QNetworkProxyQuery &query) {
    const QString host = query.peerHostName();
    if (host == QLatin1String("localhost") || host.startsWith(QLatin1String("localhost.")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

//! Per network manager, so choosing a proxy never changes the process-wide default that the
//! simulator's own server and other libraries would see.
class SettingsProxyFactory : public QNetworkProxyFactory {
public:
    explicit SettingsProxyFactory(const ProxySettings &settings)
        : m_settings(settings) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override {
        if (isLoopback(query))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        switch (m_settings.mode) {
        case ProxySettings::Mode::System:
            return systemProxyForQuery(query);
        case ProxySettings::Mode::None:
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        case ProxySettings::Mode::Manual:
            return {m_settings.manualProxy()};
        }
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    }

private:
    ProxySettings m_settings;
};

QString translate(const char *text) {
    return QCoreApplication::translate("Density::ProxySettings", text);
}

} // namespace

QString ProxySettings::problem() const {
    if (mode != Mode::Manual)
        return QString();
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty())
        return translate("Enter the proxy's host name or address.");
    if (trimmed.contains(QLatin1Char(' ')) || trimmed.contains(QLatin1Char('/')))
        return translate("The proxy host is a name or address only, without spaces, "
                         "http:// or a path.");
    if (port < 1 || port > 65535)
        return translate("Enter the proxy's port (1 to 65535).");
    return QString();
}

QNetworkProxy ProxySettings::manualProxy() const {
    return QNetworkProxy(type == Type::Socks5 ? QNetworkProxy::Socks5Proxy
                                              : QNetworkProxy::HttpProxy,
                         host.trimmed(), quint16(port), user, password);
}

QNetworkProxyFactory *ProxySettings::createFactory() const {
    return new SettingsProxyFactory(*this);
}

QString ProxySettings::modeName(Mode mode) {
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("system");
}

ProxySettings::Mode ProxySettings::modeFromName(const QString &name) {
    if (name == QLatin1String("none"))
        return Mode::None;
    if (name == QLatin1String("manual"))
        return Mode::Manual;
    return Mode::System;
}

QString ProxySettings::typeName(Type type) {
    return type == Type::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http");
}

ProxySettings::Type ProxySettings::typeFromName(const QString &name) {
    return name == QLatin1String("socks5") ? Type::Socks5 : Type::Http;
}

} // namespace Density
