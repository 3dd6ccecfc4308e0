// Choosing where secrets go: the keychain when the probe finds one, otherwise session only, and
// the insecure file only with the user's explicit opt-in. The probe itself is checked on a
// machine state that is the same everywhere: a D-Bus session address that points nowhere (the
// headless-Linux case), where it must report "unavailable" and nothing may be written to disk.
// (The real keychain is tests/keychain/tst_keychain, under gnome-keyring.)
#include "auth/credentialstorepolicy.h"
#include "auth/insecurefilecredentialstore.h"
#include "auth/keychaincredentialstore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace Density;

class TestCredentialPolicy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QStringList filesUnderHome() const {
        QStringList files;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        // Before QtKeychain (libsecret / GDBus) first looks at the environment: no session bus
        // at all, no X11 autolaunch of one, and every user folder inside the temporary home.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + m_home.filePath(QStringLiteral("no-bus")).toUtf8());
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("HOME", m_home.path().toUtf8());
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
            qunsetenv(name);
    }

    void keychainWins() {
        const CredentialStoreChoice choice =
            chooseCredentialStore(KeychainProbe{KeychainProbe::Status::Available, {}}, true);
        QCOMPARE(choice.kind, CredentialStore::Kind::Keychain);
        QVERIFY(choice.notice.isEmpty());
        QCOMPARE(CredentialStorePolicy::create(choice)->kind(), CredentialStore::Kind::Keychain);
    }

    void noKeychainMeansSessionOnlyUnlessOptedIn_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("no backend") << int(KeychainProbe::Status::NoBackendAvailable);
        QTest::newRow("failed") << int(KeychainProbe::Status::Failed);
    }

    void noKeychainMeansSessionOnlyUnlessOptedIn() {
        QFETCH(int, status);
        const KeychainProbe probe{KeychainProbe::Status(status), QStringLiteral("D-Bus error")};
        const CredentialStoreChoice session = chooseCredentialStore(probe, false);
        QCOMPARE(session.kind, CredentialStore::Kind::SessionOnly);
        QVERIFY(session.notice.contains(QLatin1String("session only")));
        QCOMPARE(CredentialStorePolicy::create(session)->kind(),
                 CredentialStore::Kind::SessionOnly);
        if (probe.status == KeychainProbe::Status::NoBackendAvailable)
            QVERIFY2(session.notice.startsWith(QLatin1String(
                         "No system keychain is available (no Secret Service on this machine)")),
                     qPrintable(session.notice));
        else
            QVERIFY2(session.notice.contains(QLatin1String("D-Bus error")),
                     qPrintable(session.notice));

        const CredentialStoreChoice file = chooseCredentialStore(probe, true);
        QCOMPARE(file.kind, CredentialStore::Kind::InsecureFile);
        QVERIFY(file.notice.contains(QLatin1String("insecure")));
        const QString path = m_home.filePath(QStringLiteral("chosen.json"));
        const std::unique_ptr<CredentialStore> store = CredentialStorePolicy::create(file, path);
        QCOMPARE(store->kind(), CredentialStore::Kind::InsecureFile);
        QCOMPARE(static_cast<InsecureFileCredentialStore *>(store.get())->path(), path);
    }

    void probeWithoutASessionBusReportsUnavailable() {
        KeychainCredentialStore keychain(QStringLiteral("Density Dashboard test"), nullptr);
        std::optional<KeychainProbe> probe;
        keychain.probe([&probe](const KeychainProbe &result) { probe = result; });
        QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 15000);
        QVERIFY2(!probe->isAvailable(), qPrintable(probe->detail));
        QCOMPARE(probe->status, KeychainProbe::Status::NoBackendAvailable);

        const CredentialStoreChoice choice = chooseCredentialStore(*probe, false);
        QCOMPARE(choice.kind, CredentialStore::Kind::SessionOnly);
        QVERIFY2(choice.notice.startsWith(QLatin1String("No system keychain is available")),
                 qPrintable(choice.notice));

        // The secret went nowhere on disk: neither the probe nor the session store wrote a file
        // (QtKeychain's own plain-text fallback is off).
        const std::unique_ptr<CredentialStore> store = CredentialStorePolicy::create(choice);
        std::optional<bool> written;
        store->write(QStringLiteral("profile/x"), QStringLiteral("tok_never-on-disk"),
                     [&written](const Result<Done> &result) { written = result.ok(); });
        QTRY_VERIFY(written.has_value());
        QVERIFY(*written);
        QVERIFY2(filesUnderHome().isEmpty(), qPrintable(filesUnderHome().join(QLatin1Char(' '))));

        // The keychain store itself reports the failure instead of pretending to store.
        std::optional<Result<Done>> direct;
        keychain.write(QStringLiteral("profile/x"), QStringLiteral("tok_never-on-disk"),
                       [&direct](const Result<Done> &result) { direct = result; });
        QTRY_VERIFY_WITH_TIMEOUT(direct.has_value(), 15000);
        QVERIFY(!direct->ok());
        QVERIFY(!direct->error().message().contains(QLatin1String("tok_never-on-disk")));
        QVERIFY2(filesUnderHome().isEmpty(), qPrintable(filesUnderHome().join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestCredentialPolicy)
#include "tst_credentialpolicy.moc"
