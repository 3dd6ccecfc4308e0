#include "keychaincredentialstore.h"

#include "api/logging.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

#ifdef DENSITY_KEYCHAIN_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

#include <memory>

namespace Density {
namespace {

//! Entry used by probe(); its value is random and meaningless.
const QLatin1String ProbeKey("density-keychain-probe");

//! Only the job's error text: QtKeychain never puts the secret in it.
ApiError keychainError(const QKeychain::Job *job) {
    const QString detail = job->errorString();
    QString message;
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        message = CredentialStore::tr("No system keychain is available.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        message = CredentialStore::tr("The system keychain refused access.");
        break;
    default:
        message = CredentialStore::tr("The system keychain failed.");
        break;
    }
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + detail;
    return ApiError(ApiError::Kind::Auth, message);
}

template <typename JobT>
JobT *makeJob(const QString &service, const QString &key) {
    // No parent: a job must never be deleted while the keychain still owes it an answer
    // (QtKeychain's libsecret backend calls back into it), so it lives until it finishes and
    // deletes itself. Callbacks are connected with the store as context, so a store destroyed
    // in the meantime simply gets no answer.
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QtKeychain's silent plain-text QSettings fallback
    job->setKey(key);
    return job;
}

#ifdef DENSITY_KEYCHAIN_DBUS
//! QtKeychain reports a missing Secret Service (or no D-Bus session at all) as a generic
//! OtherError from libsecret. Asking the bus tells "nothing to talk to" (a headless machine)
//! apart from a keychain that exists but failed, which deserve different sentences.
bool secretServiceReachable() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QStringList services{QStringLiteral("org.freedesktop.secrets"),
                               QStringLiteral("org.kde.kwalletd5"),
                               QStringLiteral("org.kde.kwalletd6")};
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    for (const QString &service : services) {
        if (bus.interface()->isServiceRegistered(service).value() ||
            (activatable.isValid() && activatable.value().contains(service)))
            return true;
    }
    return false;
}
#endif

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultService(), parent) {}

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service)) {}

QString KeychainCredentialStore::defaultService() {
    return QStringLiteral("Density Dashboard");
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, DoneHandler done) {
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcAuth) << "keychain write failed:" << finished->errorString();
            done(keychainError(finished));
            return;
        }
        done(Done{});
    });
    job->start();
}

void KeychainCredentialStore::read(const QString &key, SecretHandler done) {
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::EntryNotFound) {
            done(QString());
            return;
        }
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcAuth) << "keychain read failed:" << finished->errorString();
            done(keychainError(finished));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, DoneHandler done) {
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound) {
            qCWarning(lcAuth) << "keychain delete failed:" << finished->errorString();
            done(keychainError(finished));
            return;
        }
        done(Done{});
    });
    job->start();
}

void KeychainCredentialStore::probe(std::function<void(const KeychainProbe &)> done,
                                    int timeoutMs) {
    // Shared by the job chain and the timer: whichever finishes first reports, once.
    struct State {
        std::function<void(const KeychainProbe &)> done;
        bool reported = false;
        QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    auto report = [state](KeychainProbe::Status status, const QString &detail) {
        if (state->reported)
            return;
        state->reported = true;
        qCInfo(lcAuth) << "keychain probe:" << int(status) << detail;
        state->done(KeychainProbe{status, detail});
    };
    //! True (and reported) when the job failed. The probe needs QtKeychain's error code, which
    //! the store's ApiError results do not carry, so it drives the jobs itself.
    auto failed = [report](const QKeychain::Job *job) {
        if (job->error() == QKeychain::NoError)
            return false;
        bool noBackend = job->error() == QKeychain::NoBackendAvailable;
#ifdef DENSITY_KEYCHAIN_DBUS
        noBackend =
            noBackend || (job->error() == QKeychain::OtherError && !secretServiceReachable());
#endif
        report(noBackend ? KeychainProbe::Status::NoBackendAvailable
                         : KeychainProbe::Status::Failed,
               job->errorString());
        return true;
    };
    QTimer::singleShot(timeoutMs, this, [report] {
        report(KeychainProbe::Status::Failed,
               tr("The system keychain did not answer (it may be locked)."));
    });

    auto *writeJob = makeJob<QKeychain::WritePasswordJob>(m_service, ProbeKey);
    writeJob->setTextData(state->value);
    auto *readJob = makeJob<QKeychain::ReadPasswordJob>(m_service, ProbeKey);
    auto *deleteJob = makeJob<QKeychain::DeletePasswordJob>(m_service, ProbeKey);
    auto same = std::make_shared<bool>(false);
    // Auto-delete follows finished(), so a job that will never start is deleted here.
    connect(writeJob, &QKeychain::Job::finished, this,
            [failed, readJob, deleteJob](QKeychain::Job *job) {
                if (!failed(job)) {
                    readJob->start();
                    return;
                }
                readJob->deleteLater();
                deleteJob->deleteLater();
            });
    connect(readJob, &QKeychain::Job::finished, this,
            [failed, deleteJob, state, same](QKeychain::Job *job) {
                if (!failed(job))
                    *same =
                        static_cast<QKeychain::ReadPasswordJob *>(job)->textData() == state->value;
                deleteJob->start(); // the test entry was written: remove it either way
            });
    connect(deleteJob, &QKeychain::Job::finished, this,
            [failed, report, same](QKeychain::Job *job) {
                if (failed(job))
                    return;
                if (*same)
                    report(KeychainProbe::Status::Available, QString());
                else
                    report(KeychainProbe::Status::Failed,
                           tr("The system keychain returned another value than the one stored."));
            });
    writeJob->start();
}

} // namespace Density
