#include "appsettings.h"

#include "applanguage.h"
#include "apptheme.h"

#include "api/densityclient.h"
#include "auth/credentialstore.h"

#include <QSettings>

#include <algorithm>

namespace Density {
namespace {

// One group, so the preferences never collide with SessionSettings' window/page/selection keys.
const QString kLanguage = QStringLiteral("preferences/language");
const QString kTheme = QStringLiteral("preferences/theme");
const QString kHoursDays = QStringLiteral("preferences/operatingHours/days");
const QString kHoursStart = QStringLiteral("preferences/operatingHours/startHour");
const QString kHoursEnd = QStringLiteral("preferences/operatingHours/endHour");
const QString kProxyMode = QStringLiteral("preferences/proxy/mode");
const QString kProxyType = QStringLiteral("preferences/proxy/type");
const QString kProxyHost = QStringLiteral("preferences/proxy/host");
const QString kProxyPort = QStringLiteral("preferences/proxy/port");
const QString kProxyUser = QStringLiteral("preferences/proxy/user");
const QString kTimeout = QStringLiteral("preferences/requestTimeoutSeconds");
const QString kOfferDemo = QStringLiteral("preferences/offerDemo");

bool sameHours(const OperatingHours &a, const OperatingHours &b) {
    return a.days == b.days && a.startHour == b.startHour && a.endHour == b.endHour;
}

} // namespace

QString Preferences::themeName(Theme theme) {
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Preferences::Theme Preferences::themeFromName(const QString &name) {
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Preferences Preferences::load() {
    const QSettings settings;
    Preferences prefs;
    prefs.language = settings.value(kLanguage).toString();
    prefs.theme = themeFromName(settings.value(kTheme).toString());

    if (settings.contains(kHoursDays)) {
        OperatingHours hours;
        hours.days.clear();
        const QStringList days = settings.value(kHoursDays).toStringList();
        for (const QString &day : days) {
            bool ok = false;
            const int value = day.toInt(&ok);
            if (ok && value >= 0 && value <= 6 && !hours.days.contains(value))
                hours.days.append(value);
        }
        std::sort(hours.days.begin(), hours.days.end());
        hours.startHour = settings.value(kHoursStart, hours.startHour).toInt();
        hours.endHour = settings.value(kHoursEnd, hours.endHour).toInt();
        if (hours.isValid())
            prefs.operatingHours = hours;
    }

    prefs.proxy.mode = ProxySettings::modeFromName(settings.value(kProxyMode).toString());
    prefs.proxy.type = ProxySettings::typeFromName(settings.value(kProxyType).toString());
    prefs.proxy.host = settings.value(kProxyHost).toString();
    prefs.proxy.port = settings.value(kProxyPort, prefs.proxy.port).toInt();
    prefs.proxy.user = settings.value(kProxyUser).toString();
    if (prefs.proxy.mode == ProxySettings::Mode::Manual && !prefs.proxy.problem().isEmpty())
        prefs.proxy.mode = ProxySettings::Mode::System; // an edited file must not cut us off

    bool ok = false;
    const int timeout = settings.value(kTimeout).toInt(&ok);
    if (ok)
        prefs.timeoutSeconds = std::clamp(timeout, MinTimeoutSeconds, MaxTimeoutSeconds);
    prefs.offerDemo = settings.value(kOfferDemo, true).toBool();
    return prefs;
}

void Preferences::save() const {
    QSettings settings;
    settings.setValue(kLanguage, language);
    settings.setValue(kTheme, themeName(theme));
    QStringList days;
    for (int day : operatingHours.days)
        days.append(QString::number(day));
    settings.setValue(kHoursDays, days);
    settings.setValue(kHoursStart, operatingHours.startHour);
    settings.setValue(kHoursEnd, operatingHours.endHour);
    settings.setValue(kProxyMode, ProxySettings::modeName(proxy.mode));
    settings.setValue(kProxyType, ProxySettings::typeName(proxy.type));
    settings.setValue(kProxyHost, proxy.host.trimmed());
    settings.setValue(kProxyPort, proxy.port);
    settings.setValue(kProxyUser, proxy.user);
    // proxy.password is deliberately not written: it is a secret (kept for this session).
    settings.setValue(kTimeout, timeoutSeconds);
    settings.setValue(kOfferDemo, offerDemo);
}

bool operator==(const Preferences &a, const Preferences &b) {
    return a.language == b.language && a.theme == b.theme &&
           sameHours(a.operatingHours, b.operatingHours) && a.proxy == b.proxy &&
           a.timeoutSeconds == b.timeoutSeconds && a.offerDemo == b.offerDemo;
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_prefs(Preferences::load()) {}

void AppSettings::applyAll() {
    AppLanguage::apply(m_prefs.language);
    // "Follow the system" at startup leaves the platform's style and palette untouched.
    if (m_prefs.theme != Preferences::Theme::System)
        AppTheme::apply(m_prefs.theme);
    applyTo(m_client, m_prefs);
}

void AppSettings::apply(const Preferences &prefs) {
    const Preferences old = m_prefs;
    m_prefs = prefs;
    m_prefs.save();

    if (old.language != prefs.language) {
        AppLanguage::apply(prefs.language);
        Q_EMIT languageChanged(prefs.language);
    }
    if (old.theme != prefs.theme)
        Q_EMIT themeChanged(AppTheme::apply(prefs.theme));
    if (old.proxy != prefs.proxy || old.timeoutSeconds != prefs.timeoutSeconds)
        applyTo(m_client, prefs);
    if (old.proxy != prefs.proxy)
        storeProxyPassword(old.proxy, prefs.proxy);
    if (!sameHours(old.operatingHours, prefs.operatingHours))
        Q_EMIT defaultOperatingHoursChanged(prefs.operatingHours);
    if (old.offerDemo != prefs.offerDemo)
        Q_EMIT offerDemoChanged(prefs.offerDemo);
    if (old != prefs)
        Q_EMIT preferencesChanged(m_prefs);
}

void AppSettings::setClient(DensityClient *client) {
    m_client = client;
    applyTo(client, m_prefs);
}

void AppSettings::setCredentialStore(CredentialStore *store) {
    m_store = store;
    const ProxySettings proxy = m_prefs.proxy;
    if (!store || proxy.mode != ProxySettings::Mode::Manual || proxy.user.isEmpty() ||
        !proxy.password.isEmpty())
        return;
    const QString key = proxySecretKey(proxy);
    store->read(key, [this, guard = QPointer<AppSettings>(this), key](const Result<QString> &r) {
        // The user may have changed the proxy while the keychain was answering.
        if (!guard || !r || r.value().isEmpty() || proxySecretKey(m_prefs.proxy) != key ||
            !m_prefs.proxy.password.isEmpty())
            return;
        m_prefs.proxy.password = r.value();
        applyTo(m_client, m_prefs);
    });
}

CredentialStore *AppSettings::credentialStore() const {
    return m_store;
}

QString AppSettings::proxySecretKey(const ProxySettings &proxy) {
    return QStringLiteral("proxy/%1://%2@%3:%4")
        .arg(ProxySettings::typeName(proxy.type), proxy.user, proxy.host.trimmed())
        .arg(proxy.port);
}

void AppSettings::storeProxyPassword(const ProxySettings &old, const ProxySettings &proxy) {
    if (!m_store)
        return;
    const auto ignore = [](const Result<Done> &) {};
    const bool hadEntry = old.mode == ProxySettings::Mode::Manual && !old.user.isEmpty();
    const bool hasEntry = proxy.mode == ProxySettings::Mode::Manual && !proxy.user.isEmpty() &&
                          !proxy.password.isEmpty();
    if (hadEntry && (!hasEntry || proxySecretKey(old) != proxySecretKey(proxy)))
        m_store->remove(proxySecretKey(old), ignore);
    if (hasEntry)
        m_store->write(proxySecretKey(proxy), proxy.password, ignore);
}

void AppSettings::applyTo(DensityClient *client, const Preferences &prefs) {
    if (!client)
        return;
    client->setTimeoutMs(prefs.timeoutSeconds * 1000);
    client->setProxySettings(prefs.proxy);
}

} // namespace Density
