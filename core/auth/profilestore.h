#pragma once

#include "connectionprofile.h"
#include "credentialstore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;

namespace Density {

//! Connection profiles in QSettings (group "profiles", one subgroup per profile id) plus the
//! current profile's id. Shared by density-dashboard and density-cli: both open the same
//! settings file ("Density Dashboard"/"Density Dashboard"), whatever the program's own name.
//! Secrets go through the CredentialStore; settings hold only each profile's secretKey().
class ProfileStore : public QObject {
    Q_OBJECT
public:
    //! The shared user settings. `secrets` may be null for read-only use (listing).
    explicit ProfileStore(CredentialStore *secrets, QObject *parent = nullptr);
    //! Another settings object (tests); the store takes ownership.
    ProfileStore(std::unique_ptr<QSettings> settings, CredentialStore *secrets,
                 QObject *parent = nullptr);
    ~ProfileStore() override;

    //! The organization / application names the shared settings file is opened with.
    static QString settingsOrganization();
    static QString settingsApplication();

    CredentialStore *credentialStore() const { return m_secrets; }
    //! The store arrives later than the profiles are needed (CredentialStorePolicy::open()
    //! probes the keychain first): list profiles at once, set the store when it is ready.
    void setCredentialStore(CredentialStore *secrets) { m_secrets = secrets; }

    //! Sorted by name (case-insensitive).
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString &id) const;
    std::optional<ConnectionProfile> findByName(const QString &name) const;

    //! Adds or updates (by id) the settings part. Names are unique (case-insensitive); returns
    //! false with a sentence in `error` when the profile is invalid or the name is taken.
    bool save(const ConnectionProfile &profile, QString *error = nullptr);
    //! save() plus its secret: the secret is written first, so a profile never points at a
    //! secret that failed to store. `done` gets the store's error when writing failed.
    void saveWithSecret(const ConnectionProfile &profile, const QString &secret,
                        CredentialStore::DoneHandler done);
    //! The profile's secret; empty when none is stored (e.g. it was session only).
    void readSecret(const ConnectionProfile &profile, CredentialStore::SecretHandler done);
    //! Removes the profile and its secret (and clears "current" if it was current). An unknown
    //! id succeeds. Settings are removed even if the keychain fails; `done` then reports it.
    void remove(const QString &id, CredentialStore::DoneHandler done);

    //! The id of the profile to open at start; empty when none.
    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);

    //! The user's explicit opt-in to InsecureFileCredentialStore when no keychain exists.
    bool insecureFileOptIn() const;
    void setInsecureFileOptIn(bool optIn);

Q_SIGNALS:
    void profilesChanged();
    void currentProfileChanged(const QString &id);

private:
    //! Empty when `profile` can be saved; otherwise why not.
    QString check(const ConnectionProfile &profile) const;
    void writeProfile(const ConnectionProfile &profile);

    std::unique_ptr<QSettings> m_settings;
    QPointer<CredentialStore> m_secrets;
};

} // namespace Density
