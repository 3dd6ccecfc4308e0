#pragma once

#include "api/result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Density {

//! Where secrets (static tokens, OAuth / display client secrets) live. Settings only ever hold
//! the *key* of an entry (ConnectionProfile::secretKey()); the secret itself goes through one of
//! these. Callbacks may run before the call returns (memory, file) or later (keychain); they
//! are dropped if the store is destroyed first. Implementations never log a secret.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    enum class Kind {
        Keychain,     //!< the system keychain through QtKeychain (the normal case)
        SessionOnly,  //!< in memory: forgotten when the program ends
        InsecureFile, //!< a plain 0600 file, only after the user explicitly opted in
    };
    Q_ENUM(Kind)

    using SecretHandler = std::function<void(const Result<QString> &)>;
    using DoneHandler = std::function<void(const Result<Done> &)>;

    using QObject::QObject;

    virtual Kind kind() const = 0;
    //! Kept after the program ends (keychain, file)?
    bool isPersistent() const { return kind() != Kind::SessionOnly; }

    //! Adds or replaces the secret stored under `key`.
    virtual void write(const QString &key, const QString &secret, DoneHandler done) = 0;
    //! An empty string (not an error) when nothing is stored under `key`: an empty secret is
    //! never valid, and "ask the user again" is the caller's normal path, not a failure.
    virtual void read(const QString &key, SecretHandler done) = 0;
    //! Removing an entry that does not exist succeeds.
    virtual void remove(const QString &key, DoneHandler done) = 0;

    //! A short, translated name for the UI ("system keychain", "this session only", ...).
    static QString displayName(Kind kind);
};

//! Session only: secrets are kept in this process's memory and never touch the disk.
class MemoryCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;
    ~MemoryCredentialStore() override;

    Kind kind() const override { return Kind::SessionOnly; }
    void write(const QString &key, const QString &secret, DoneHandler done) override;
    void read(const QString &key, SecretHandler done) override;
    void remove(const QString &key, DoneHandler done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Density
