#include "insecurefilecredentialstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Density {
namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

InsecureFileCredentialStore::InsecureFileCredentialStore(QString path, QObject *parent)
    : CredentialStore(parent)
    , m_path(std::move(path)) {}

QString InsecureFileCredentialStore::defaultPath() {
    // Not the program's own data folder: density-cli and density-dashboard share the file.
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dataHome + QStringLiteral("/Density Dashboard/credentials-insecure.json");
}

bool InsecureFileCredentialStore::load(QHash<QString, QString> *secrets, QString *error) const {
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The credentials file %1 cannot be read: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        // The parser's message, never the content: the content is secrets.
        *error =
            tr("The credentials file %1 is damaged (%2).").arg(m_path, parseError.errorString());
        return false;
    }
    const QJsonObject entries = document.object().value(QStringLiteral("secrets")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it)
        secrets->insert(it.key(), it.value().toString());
    return true;
}

bool InsecureFileCredentialStore::save(const QHash<QString, QString> &secrets,
                                       QString *error) const {
    const QFileInfo info(m_path);
    QDir folder = info.dir();
    if (!folder.exists()) {
        if (!folder.mkpath(QStringLiteral("."))) {
            *error = tr("The folder %1 cannot be created.").arg(folder.path());
            return false;
        }
        QFile::setPermissions(folder.path(), OwnerOnly | QFileDevice::ExeOwner);
    }
    QJsonObject entries;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        entries.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QStringLiteral("warning"),
                QStringLiteral("INSECURE: Density Dashboard secrets in plain text, stored here "
                               "because no system keychain was available and the user chose "
                               "this file. Anyone who can read it can use them."));
    root.insert(QStringLiteral("secrets"), entries);

    // Written next to the target with owner-only permissions from the moment it exists, then
    // renamed over it, so the file is never readable by others and never half written.
    const QString temporary = m_path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) ||
        file.write(QJsonDocument(root).toJson()) < 0 || !file.flush()) {
        *error =
            tr("The credentials file %1 cannot be written: %2").arg(m_path, file.errorString());
        file.remove();
        return false;
    }
    file.close();
    QFile::remove(m_path);
    if (!QFile::rename(temporary, m_path)) {
        *error = tr("The credentials file %1 cannot be replaced.").arg(m_path);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

void InsecureFileCredentialStore::write(const QString &key, const QString &secret,
                                        DoneHandler done) {
    QHash<QString, QString> secrets;
    QString error;
    if (!load(&secrets, &error)) {
        done(ApiError(ApiError::Kind::Auth, error));
        return;
    }
    secrets.insert(key, secret);
    if (!save(secrets, &error)) {
        done(ApiError(ApiError::Kind::Auth, error));
        return;
    }
    done(Done{});
}

void InsecureFileCredentialStore::read(const QString &key, SecretHandler done) {
    QHash<QString, QString> secrets;
    QString error;
    if (!load(&secrets, &error)) {
        done(ApiError(ApiError::Kind::Auth, error));
        return;
    }
    done(secrets.value(key));
}

void InsecureFileCredentialStore::remove(const QString &key, DoneHandler done) {
    QHash<QString, QString> secrets;
    QString error;
    if (!load(&secrets, &error)) {
        done(ApiError(ApiError::Kind::Auth, error));
        return;
    }
    if (secrets.remove(key) > 0 && !save(secrets, &error)) {
        done(ApiError(ApiError::Kind::Auth, error));
        return;
    }
    done(Done{});
}

} // namespace Density
