#pragma once

#include "credentialstore.h"

namespace Density {

//! INSECURE: secrets in a plain JSON file that only its owner may read (0600), for machines
//! without a keychain and only after the user explicitly chose it (CredentialStorePolicy). Anyone
//! who can read the owner's files, backups included, can read the secrets. Never chosen silently.
class InsecureFileCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    //! `path` is created on first write (its folder as 0700, the file as 0600).
    explicit InsecureFileCredentialStore(QString path, QObject *parent = nullptr);

    //! <data folder of "Density Dashboard">/credentials-insecure.json, shared by the GUI and CLI.
    static QString defaultPath();
    QString path() const { return m_path; }

    Kind kind() const override { return Kind::InsecureFile; }
    void write(const QString &key, const QString &secret, DoneHandler done) override;
    void read(const QString &key, SecretHandler done) override;
    void remove(const QString &key, DoneHandler done) override;

private:
    //! False (with a sentence in `error`) when the file exists but cannot be read or parsed.
    bool load(QHash<QString, QString> *secrets, QString *error) const;
    bool save(const QHash<QString, QString> &secrets, QString *error) const;

    QString m_path;
};

} // namespace Density
