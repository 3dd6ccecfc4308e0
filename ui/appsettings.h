#pragma once

#include "api/proxysettings.h"
#include "model/query.h"

#include <QObject>
#include <QPointer>

namespace Density {

class CredentialStore;
class DensityClient;

//! The user's preferences as plain values: what the Settings dialog edits and QSettings keeps.
struct Preferences {
    enum class Theme { System, Light, Dark };

    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 300;
    static constexpr int DefaultTimeoutSeconds = 30;

    QString language; //!< "" = follow the system, else e.g. "en", "de"
    Theme theme = Theme::System;
    OperatingHours operatingHours;              //!< the query bar's starting point
    ProxySettings proxy;                        //!< the password inside is never persisted
    int timeoutSeconds = DefaultTimeoutSeconds; //!< per attempt; retries get their own
    bool offerDemo = true; //!< offer the demo portfolio (welcome screen, File menu, --demo)

    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);

    //! From QSettings ("preferences/..."); missing or broken values fall back to the defaults.
    static Preferences load();
    //! To QSettings, without the proxy password.
    void save() const;

    friend bool operator==(const Preferences &a, const Preferences &b);
    friend bool operator!=(const Preferences &a, const Preferences &b) { return !(a == b); }
};

//! Holds the preferences for this run and applies them: the language and theme to the
//! application, proxy and timeout to the client. Everything else (the query bar's default
//! hours, whether the demo is offered) is announced through signals for the windows to use.
//! The proxy password lives here for the session only.
class AppSettings : public QObject {
    Q_OBJECT
public:
    //! Loads the saved preferences; nothing is applied until apply() or setClient().
    explicit AppSettings(QObject *parent = nullptr);

    Preferences preferences() const { return m_prefs; }
    //! Applies the saved preferences once at startup: language, theme, and the client's proxy
    //! and timeout.
    void applyAll();
    //! Saves `prefs` and applies whatever changed; emits the signals of those parts.
    void apply(const Preferences &prefs);
    //! The client gets the proxy and timeout now and on every later change. Not owned.
    void setClient(DensityClient *client);

    //! Where the manual proxy's password is kept (not owned). Without one, or with a
    //! session-only store, the password is forgotten when the program ends. Setting a store
    //! reads the saved password for the saved proxy and applies it when it arrives.
    void setCredentialStore(CredentialStore *store);
    CredentialStore *credentialStore() const;
    //! The store's entry for a manual proxy's password: "proxy/<type>://<user>@<host>:<port>".
    static QString proxySecretKey(const ProxySettings &proxy);

    static void applyTo(DensityClient *client, const Preferences &prefs);

Q_SIGNALS:
    void preferencesChanged(const Density::Preferences &prefs);
    //! After QApplication's palette changed: custom-painted views re-read their colours.
    void themeChanged(bool dark);
    //! After the translators were replaced (widgets also get QEvent::LanguageChange).
    void languageChanged(const QString &language);
    void defaultOperatingHoursChanged(const Density::OperatingHours &hours);
    void offerDemoChanged(bool offer);

private:
    Preferences m_prefs;
    void storeProxyPassword(const ProxySettings &old, const ProxySettings &proxy);

    QPointer<DensityClient> m_client;
    QPointer<CredentialStore> m_store;
};

} // namespace Density

Q_DECLARE_METATYPE(Density::Preferences)
