#pragma once

#include "credentialstore.h"

namespace Density {

//! What a write / read / delete round trip of a test entry found out about the system keychain.
//! QtKeychain 0.13 has no isAvailable(), so trying is the only reliable test (a headless Linux
//! machine has libsecret installed but no Secret Service answering on D-Bus).
struct KeychainProbe {
    enum class Status {
        Available,          //!< the test entry was written, read back and deleted
        NoBackendAvailable, //!< QtKeychain found no keychain service at all
        Failed, //!< a service exists but refused or failed (locked, denied, D-Bus error)
    };
    Status status = Status::Failed;
    QString detail; //!< QtKeychain's error text (never contains a secret), for logs and tooltips

    bool isAvailable() const { return status == Status::Available; }
};

//! The system keychain (macOS Keychain, Windows Credential Manager, Secret Service / KWallet)
//! through QtKeychain 0.13, under the service name "Density Dashboard". QtKeychain's own
//! insecure plain-text fallback stays off: falling back is CredentialStorePolicy's visible
//! decision, never a silent one.
class KeychainCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    //! Another service name, for tests that must not touch the user's real entries.
    KeychainCredentialStore(QString service, QObject *parent);

    static QString defaultService();
    QString service() const { return m_service; }

    Kind kind() const override { return Kind::Keychain; }
    void write(const QString &key, const QString &secret, DoneHandler done) override;
    void read(const QString &key, SecretHandler done) override;
    void remove(const QString &key, DoneHandler done) override;

    //! Writes, reads back and deletes a test entry. `done` is called once, on this thread;
    //! after `timeoutMs` without an answer (a keychain waiting for an unlock prompt nobody
    //! sees) the probe reports Failed.
    void probe(std::function<void(const KeychainProbe &)> done, int timeoutMs = 10000);

private:
    QString m_service;
};

} // namespace Density
