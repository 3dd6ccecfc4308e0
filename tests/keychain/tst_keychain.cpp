// The real system keychain: gnome-keyring's Secret Service in a private D-Bus session
// (run-with-keyring.sh, which ctest calls). A profile saved with its secret through
// KeychainCredentialStore + ProfileStore reads back, and the secret is in no file under the
// home, config, cache or data folders — settings hold only the reference to it. density-cli's
// profiles use the same settings and keychain. A keyring that cannot be reached is a failure,
// never a skip: CI installs it.
#include "auth/keychaincredentialstore.h"
#include "auth/profilestore.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <optional>

using namespace Density;

namespace {

const QString Secret = QStringLiteral("tok_keychain-only-7d41e2b9");

template <typename T, typename Call>
std::optional<Result<T>> awaitResult(Call call) {
    std::optional<Result<T>> result;
    call([&result](const Result<T> &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        qWarning("no answer within 15 s");
    return result;
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private:
    QString m_root;

    //! Files under the test's home and XDG folders that contain `needle` (UTF-8 or UTF-16).
    QStringList filesContaining(const QString &needle) const {
        QStringList folders{m_root, QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
        folders.removeDuplicates();
        const QByteArray utf8 = needle.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        QStringList hits;
        for (const QString &folder : folders) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = file.readAll();
                if (bytes.contains(utf8) || bytes.contains(utf16))
                    hits.append(file.fileName());
            }
        }
        hits.removeDuplicates();
        return hits;
    }

    int filesUnder(const QString &folder) const {
        int count = 0;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase() {
        m_root = qEnvironmentVariable("DENSITY_TEST_KEYRING");
        // Never against the developer's own keychain: only inside run-with-keyring.sh.
        QVERIFY2(!m_root.isEmpty(), "run this test through tests/keychain/run-with-keyring.sh");
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                    .startsWith(m_root));

        KeychainCredentialStore keychain;
        std::optional<KeychainProbe> probe;
        keychain.probe([&probe](const KeychainProbe &result) { probe = result; });
        QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 20000);
        QVERIFY2(probe->isAvailable(),
                 qPrintable(QStringLiteral("the Secret Service is not usable: ") + probe->detail));
    }

    void profileSecretIsInTheKeychainOnly() {
        KeychainCredentialStore keychain;
        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Keychain HQ"));
        profile.authKind = ConnectionProfile::AuthKind::OAuthClient;
        profile.clientId = QStringLiteral("client-in-settings");
        {
            ProfileStore store(&keychain);
            const auto saved =
                awaitResult<Done>([&](auto done) { store.saveWithSecret(profile, Secret, done); });
            QVERIFY(saved.has_value());
            QVERIFY2(saved->ok(), qPrintable(saved->ok() ? QString() : saved->error().message()));
        }

        // A fresh store and keychain object: what the next start of the program sees.
        KeychainCredentialStore again;
        ProfileStore reopened(&again);
        const std::optional<ConnectionProfile> found = reopened.findByName(profile.name);
        QVERIFY(found);
        QCOMPARE(*found, profile);
        const auto read =
            awaitResult<QString>([&](auto done) { reopened.readSecret(*found, done); });
        QVERIFY(read.has_value());
        QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().message()));
        QCOMPARE(read->value(), Secret);

        // The settings file exists and names the profile, so the search below looked at it ...
        QVERIFY(!filesContaining(QStringLiteral("client-in-settings")).isEmpty());
        // ... and gnome-keyring did write its (encrypted) keyring under the data folder.
        QVERIFY(filesUnder(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)) >
                0);
        const QStringList leaks = filesContaining(Secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));

        // Removing the profile removes its keychain entry.
        const auto removed =
            awaitResult<Done>([&](auto done) { reopened.remove(profile.id, done); });
        QVERIFY(removed && removed->ok());
        const auto gone =
            awaitResult<QString>([&](auto done) { again.read(profile.secretKey(), done); });
        QVERIFY(gone && gone->ok());
        QVERIFY(gone->value().isEmpty());
    }

    //! density-cli on the same keychain: `profile add` stores the token there (no opt-in, no
    //! file), and `--profile` reads it back to call the simulator.
    void cliProfilesUseTheKeychain() {
        QProcess sim;
        sim.start(QStringLiteral(DENSITY_SIM_PATH),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--no-rate-limit")});
        QVERIFY(sim.waitForStarted(10000));
        QByteArray first;
        QTRY_VERIFY_WITH_TIMEOUT((first += sim.readAllStandardOutput()).contains('\n'), 15000);
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^listening on (http://[^\\s]+)"))
                .match(QString::fromUtf8(first));
        QVERIFY2(match.hasMatch(), first.constData());

        const auto cli = [](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(DENSITY_CLI_PATH), arguments);
            if (!process.waitForFinished(30000))
                process.kill();
            process.waitForFinished();
            return std::make_tuple(process.exitCode(), process.readAllStandardOutput(),
                                   process.readAllStandardError());
        };
        const QString token = QStringLiteral("tok_demo");
        QVERIFY(filesContaining(token).isEmpty());
        const auto [added, addOut, addErr] = cli(
            {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("kc"),
             QStringLiteral("--base-url"), match.captured(1), QStringLiteral("--token"), token});
        QVERIFY2(added == 0, addErr.constData());
        QVERIFY2(addOut.contains("\"secret_store\": \"keychain\""), addOut.constData());
        const auto [hello, helloOut, helloErr] =
            cli({QStringLiteral("--profile"), QStringLiteral("kc"), QStringLiteral("hello")});
        QVERIFY2(hello == 0, helloErr.constData());
        const QStringList leaks = filesContaining(token);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        const auto [removed, removeOut, removeErr] =
            cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("kc")});
        QVERIFY2(removed == 0, removeErr.constData());
        const auto [gone, goneOut, goneErr] =
            cli({QStringLiteral("--profile"), QStringLiteral("kc"), QStringLiteral("hello")});
        QCOMPARE(gone, 2);
        sim.kill();
        sim.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
