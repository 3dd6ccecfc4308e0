#include "credentialstore.h"

#include <QCoreApplication>

namespace Density {

QString CredentialStore::displayName(Kind kind) {
    switch (kind) {
    case Kind::Keychain:
        return tr("system keychain");
    case Kind::SessionOnly:
        return tr("this session only");
    case Kind::InsecureFile:
        return tr("a plain file (insecure)");
    }
    return QString();
}

MemoryCredentialStore::~MemoryCredentialStore() {
    // Best effort: overwrite our copies before the memory is released (copies a caller still
    // holds are theirs to drop).
    for (QString &secret : m_secrets)
        secret.fill(QLatin1Char('\0'));
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, DoneHandler done) {
    m_secrets.insert(key, secret);
    done(Done{});
}

void MemoryCredentialStore::read(const QString &key, SecretHandler done) {
    done(m_secrets.value(key));
}

void MemoryCredentialStore::remove(const QString &key, DoneHandler done) {
    m_secrets.remove(key);
    done(Done{});
}

} // namespace Density
