#pragma once

#include "credentialstore.h"
#include "keychaincredentialstore.h"

#include <QCoreApplication>

#include <memory>

namespace Density {

//! Which CredentialStore to use, decided in one place for the GUI and the CLI:
//! the system keychain when the probe found one; otherwise session only; the insecure file
//! only when the user explicitly opted in. The decision comes with the sentence the app shows.
struct CredentialStoreChoice {
    CredentialStore::Kind kind = CredentialStore::Kind::SessionOnly;
    //! Empty when the keychain is used; otherwise the translated sentence to show the user
    //! (e.g. "No system keychain is available (no Secret Service on this machine); ...").
    QString notice;
};

class CredentialStorePolicy {
    Q_DECLARE_TR_FUNCTIONS(Density::CredentialStorePolicy)

public:
    static CredentialStoreChoice choose(const KeychainProbe &probe, bool userOptedInsecureFile);

    //! Builds the chosen store. `insecureFilePath` defaults to
    //! InsecureFileCredentialStore::defaultPath().
    static std::unique_ptr<CredentialStore> create(const CredentialStoreChoice &choice,
                                                   const QString &insecureFilePath = QString());

    using OpenHandler =
        std::function<void(std::unique_ptr<CredentialStore> store, const CredentialStoreChoice &)>;
    //! The whole decision in one call, for the GUI and the CLI alike: probes the keychain, picks
    //! with choose() and builds the store. `done` runs once, from the event loop (never inside
    //! a keychain job), so it may keep or delete the store freely. Show `choice.notice` when it
    //! is not empty.
    static void open(bool userOptedInsecureFile, OpenHandler done,
                     const QString &insecureFilePath = QString());
};

//! Shorthand for CredentialStorePolicy::choose().
inline CredentialStoreChoice chooseCredentialStore(const KeychainProbe &probe,
                                                   bool userOptedInsecureFile) {
    return CredentialStorePolicy::choose(probe, userOptedInsecureFile);
}

} // namespace Density
