#include "credentialstorepolicy.h"

#include "insecurefilecredentialstore.h"

#include <QMetaObject>

namespace Density {

CredentialStoreChoice CredentialStorePolicy::choose(const KeychainProbe &probe,
                                                    bool userOptedInsecureFile) {
    CredentialStoreChoice choice;
    if (probe.isAvailable()) {
        choice.kind = CredentialStore::Kind::Keychain;
        return choice;
    }
    const QString reason =
        probe.status == KeychainProbe::Status::NoBackendAvailable
            ? tr("No system keychain is available (no Secret Service on this machine)")
            : tr("The system keychain cannot be used (%1)")
                  .arg(probe.detail.isEmpty() ? tr("no details") : probe.detail);
    if (userOptedInsecureFile) {
        choice.kind = CredentialStore::Kind::InsecureFile;
        choice.notice = reason + tr("; as you chose, secrets are stored in a plain file that "
                                    "only your account can read. This is insecure: anyone "
                                    "with access to your files or backups can read them.");
        return choice;
    }
    choice.kind = CredentialStore::Kind::SessionOnly;
    choice.notice = reason + tr("; secrets are kept for this session only and must be entered "
                                "again next time. You can choose to store them in a plain file "
                                "instead (insecure).");
    return choice;
}

std::unique_ptr<CredentialStore> CredentialStorePolicy::create(const CredentialStoreChoice &choice,
                                                               const QString &insecureFilePath) {
    switch (choice.kind) {
    case CredentialStore::Kind::Keychain:
        return std::make_unique<KeychainCredentialStore>();
    case CredentialStore::Kind::InsecureFile:
        return std::make_unique<InsecureFileCredentialStore>(
            insecureFilePath.isEmpty() ? InsecureFileCredentialStore::defaultPath()
                                       : insecureFilePath);
    case CredentialStore::Kind::SessionOnly:
        break;
    }
    return std::make_unique<MemoryCredentialStore>();
}

void CredentialStorePolicy::open(bool userOptedInsecureFile, OpenHandler done,
                                 const QString &insecureFilePath) {
    auto *keychain = new KeychainCredentialStore();
    keychain->probe([keychain, userOptedInsecureFile, done = std::move(done),
                     insecureFilePath](const KeychainProbe &probe) {
        const CredentialStoreChoice choice = choose(probe, userOptedInsecureFile);
        // We are inside one of the probe store's job signals: deleting it here would pull the
        // job out from under its own emission, so hand over or delete from the event loop.
        QMetaObject::invokeMethod(
            keychain,
            [keychain, choice, done, insecureFilePath] {
                std::unique_ptr<CredentialStore> store;
                if (choice.kind == CredentialStore::Kind::Keychain)
                    store.reset(keychain);
                else
                    keychain->deleteLater();
                if (!store)
                    store = create(choice, insecureFilePath);
                done(std::move(store), choice);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Density
