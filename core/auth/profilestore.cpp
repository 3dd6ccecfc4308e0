#include "profilestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>

namespace Density {
namespace {

const QLatin1String Group("profiles");
const QLatin1String CurrentKey("profiles/current");
const QLatin1String InsecureOptInKey("credentials/insecureFileOptIn");

// Keys inside one profile's group.
const QLatin1String NameKey("name");
const QLatin1String BaseUrlKey("baseUrl");
const QLatin1String AuthKindKey("authKind");
const QLatin1String ClientIdKey("clientId");
const QLatin1String DisplayIdKey("displayId");
const QLatin1String HoursKey("operatingHours");
const QLatin1String FirstSpaceKey("firstSpaceId");
//! The reference to the secret (the CredentialStore key), never the secret itself.
const QLatin1String SecretKeyKey("secretKey");

QString profileGroup(const QString &id) {
    return Group + QLatin1Char('/') + id;
}

} // namespace

ProfileStore::ProfileStore(CredentialStore *secrets, QObject *parent)
    : ProfileStore(std::make_unique<QSettings>(QSettings::UserScope, settingsOrganization(),
                                               settingsApplication()),
                   secrets, parent) {}

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings, CredentialStore *secrets,
                           QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(secrets) {}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsOrganization() {
    return QStringLiteral("Density Dashboard");
}

QString ProfileStore::settingsApplication() {
    return QStringLiteral("Density Dashboard");
}

QList<ConnectionProfile> ProfileStore::profiles() const {
    QList<ConnectionProfile> list;
    m_settings->beginGroup(Group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (std::optional<ConnectionProfile> profile = find(id))
            list.append(*profile);
    }
    std::sort(list.begin(), list.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &id) const {
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return std::nullopt;
    m_settings->beginGroup(profileGroup(id));
    ConnectionProfile profile;
    profile.id = id;
    profile.name = m_settings->value(NameKey).toString();
    profile.baseUrl = QUrl(m_settings->value(BaseUrlKey).toString(), QUrl::StrictMode);
    const std::optional<ConnectionProfile::AuthKind> kind =
        ConnectionProfile::authKindFromName(m_settings->value(AuthKindKey).toString());
    profile.clientId = m_settings->value(ClientIdKey).toString();
    profile.displayId = m_settings->value(DisplayIdKey).toString();
    const QString hours = m_settings->value(HoursKey).toString();
    profile.firstSpaceId = m_settings->value(FirstSpaceKey).toString();
    m_settings->endGroup();
    if (profile.name.isEmpty() || !kind)
        return std::nullopt; // not a profile we wrote (or damaged): skip rather than guess
    profile.authKind = *kind;
    if (!hours.isEmpty())
        profile.operatingHours =
            OperatingHours::fromJson(QJsonDocument::fromJson(hours.toUtf8()).object());
    return profile;
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const {
    const QList<ConnectionProfile> all = profiles();
    // An exact match first, so "Acme" and "acme" written by hand into the file stay reachable.
    for (const ConnectionProfile &profile : all) {
        if (profile.name == name)
            return profile;
    }
    for (const ConnectionProfile &profile : all) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::check(const ConnectionProfile &profile) const {
    QString problem = profile.validate();
    if (problem.isEmpty() && profile.id.contains(QLatin1Char('/')))
        return tr("The profile id \"%1\" is not valid.").arg(profile.id);
    if (!problem.isEmpty())
        return problem;
    for (const ConnectionProfile &other : profiles()) {
        if (other.id != profile.id &&
            other.name.compare(profile.name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("A profile named \"%1\" already exists.").arg(other.name);
    }
    return QString();
}

bool ProfileStore::save(const ConnectionProfile &profile, QString *error) {
    const QString problem = check(profile);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    writeProfile(profile);
    Q_EMIT profilesChanged();
    return true;
}

void ProfileStore::writeProfile(const ConnectionProfile &profile) {
    m_settings->remove(profileGroup(profile.id)); // no stale keys from an older kind
    m_settings->beginGroup(profileGroup(profile.id));
    m_settings->setValue(NameKey, profile.name.trimmed());
    m_settings->setValue(BaseUrlKey, profile.baseUrl.toString());
    m_settings->setValue(AuthKindKey, ConnectionProfile::authKindName(profile.authKind));
    if (profile.authKind != ConnectionProfile::AuthKind::StaticToken)
        m_settings->setValue(ClientIdKey, profile.clientId);
    if (profile.authKind == ConnectionProfile::AuthKind::DisplayCredentials)
        m_settings->setValue(DisplayIdKey, profile.displayId);
    if (profile.operatingHours)
        m_settings->setValue(
            HoursKey,
            QString::fromUtf8(
                QJsonDocument(profile.operatingHours->toJson()).toJson(QJsonDocument::Compact)));
    if (!profile.firstSpaceId.isEmpty())
        m_settings->setValue(FirstSpaceKey, profile.firstSpaceId);
    m_settings->setValue(SecretKeyKey, profile.secretKey());
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::saveWithSecret(const ConnectionProfile &profile, const QString &secret,
                                  CredentialStore::DoneHandler done) {
    // Check everything that can be checked before the secret leaves memory, so a refused
    // profile leaves no orphaned secret behind.
    QString problem = check(profile);
    if (problem.isEmpty() && secret.isEmpty())
        problem = tr("The secret is empty.");
    if (problem.isEmpty() && !m_secrets)
        problem = tr("No credential store is available.");
    if (!problem.isEmpty()) {
        done(ApiError(ApiError::Kind::Validation, problem));
        return;
    }
    QPointer<ProfileStore> self(this);
    m_secrets->write(profile.secretKey(), secret,
                     [self, profile, done](const Result<Done> &written) {
                         if (!written || !self) {
                             done(written);
                             return;
                         }
                         QString error;
                         if (!self->save(profile, &error)) {
                             done(ApiError(ApiError::Kind::Validation, error));
                             return;
                         }
                         done(Done{});
                     });
}

void ProfileStore::readSecret(const ConnectionProfile &profile,
                              CredentialStore::SecretHandler done) {
    if (!m_secrets) {
        done(QString());
        return;
    }
    m_secrets->read(profile.secretKey(), std::move(done));
}

void ProfileStore::remove(const QString &id, CredentialStore::DoneHandler done) {
    const std::optional<ConnectionProfile> profile = find(id);
    if (profile) {
        m_settings->remove(profileGroup(id));
        if (currentProfileId() == id)
            setCurrentProfileId(QString());
        m_settings->sync();
        Q_EMIT profilesChanged();
    }
    if (!m_secrets) {
        done(Done{});
        return;
    }
    ConnectionProfile key;
    key.id = id;
    m_secrets->remove(key.secretKey(), std::move(done));
}

QString ProfileStore::currentProfileId() const {
    return m_settings->value(CurrentKey).toString();
}

void ProfileStore::setCurrentProfileId(const QString &id) {
    if (id == currentProfileId())
        return;
    if (id.isEmpty())
        m_settings->remove(CurrentKey);
    else
        m_settings->setValue(CurrentKey, id);
    m_settings->sync();
    Q_EMIT currentProfileChanged(id);
}

bool ProfileStore::insecureFileOptIn() const {
    return m_settings->value(InsecureOptInKey, false).toBool();
}

void ProfileStore::setInsecureFileOptIn(bool optIn) {
    m_settings->setValue(InsecureOptInKey, optIn);
    m_settings->sync();
}

} // namespace Density
