// Connection profiles: the QSettings round trip, name rules, the secret living only in the
// CredentialStore (removed with its profile), the opt-in insecure file, and the token provider
// each profile kind turns into — checked against the simulator with the real client.
#include "simfixture.h"

#include "auth/connectionprofile.h"
#include "auth/credentialstore.h"
#include "auth/insecurefilecredentialstore.h"
#include "auth/profilestore.h"
#include "auth/tokenproviderfactory.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Density;

namespace {

const QString Secret = QStringLiteral("tok_profile-secret-0f3a9c");

//! Every file under `folder` that contains `needle` (as UTF-8 or UTF-16).
QStringList filesContaining(const QString &folder, const QString &needle) {
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        if (bytes.contains(needle.toUtf8()) || bytes.contains(utf16))
            hits.append(file.fileName());
    }
    return hits;
}

template <typename T, typename Call>
Result<T> awaitStore(Call call) {
    return await<T>(call, 5000);
}

} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_round = 0;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QSettings> settings() const {
        return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }

    static ConnectionProfile oauthProfile() {
        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Acme HQ"));
        profile.baseUrl = QUrl(QStringLiteral("https://eu.api.density.io"));
        profile.authKind = ConnectionProfile::AuthKind::OAuthClient;
        profile.clientId = QStringLiteral("cli_123");
        profile.operatingHours = OperatingHours({1, 2, 3, 4, 5, 6}, 7, 21);
        profile.firstSpaceId = QStringLiteral("spc_42");
        return profile;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        QFile::remove(settingsPath());
    }

    void newProfilesHaveStableIdsAndTheDefaultServer() {
        const ConnectionProfile a = ConnectionProfile::create(QStringLiteral("A"));
        const ConnectionProfile b = ConnectionProfile::create(QStringLiteral("A"));
        QVERIFY(!a.id.isEmpty());
        QVERIFY(a.id != b.id);
        QCOMPARE(a.baseUrl, QUrl(QStringLiteral("https://api.density.io")));
        QCOMPARE(a.authKind, ConnectionProfile::AuthKind::StaticToken);
        QCOMPARE(a.secretKey(), QStringLiteral("profile/") + a.id);
        QVERIFY(a.validate().isEmpty());
    }

    void roundTripThroughSettings() {
        const ConnectionProfile original = oauthProfile();
        ConnectionProfile display = ConnectionProfile::create(QStringLiteral("lobby screen"));
        display.authKind = ConnectionProfile::AuthKind::DisplayCredentials;
        display.clientId = QStringLiteral("demo-display");
        display.displayId = QStringLiteral("lobby");
        {
            ProfileStore store(settings(), nullptr);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QString error;
            QVERIFY2(store.save(original, &error), qPrintable(error));
            QVERIFY2(store.save(display, &error), qPrintable(error));
            QCOMPARE(changed.count(), 2);
            store.setCurrentProfileId(original.id);
        }
        // A second store over the same file: what a restart (or density-cli) sees.
        ProfileStore reopened(settings(), nullptr);
        const QList<ConnectionProfile> all = reopened.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), original); // sorted by name: "Acme HQ" < "lobby screen"
        QCOMPARE(all.at(1), display);
        QCOMPARE(*reopened.find(original.id), original);
        QCOMPARE(*reopened.findByName(QStringLiteral("acme hq")), original);
        QVERIFY(!reopened.findByName(QStringLiteral("nobody")));
        QCOMPARE(reopened.currentProfileId(), original.id);
        QVERIFY(reopened.find(original.id)->operatingHours);
        QCOMPARE(reopened.find(original.id)->operatingHours->startHour, 7);
        QVERIFY(!reopened.find(display.id)->operatingHours);

        // Update by id: a rename keeps the id (and so the secret's key).
        ConnectionProfile renamed = original;
        renamed.name = QStringLiteral("Acme Europe");
        renamed.authKind = ConnectionProfile::AuthKind::StaticToken;
        renamed.operatingHours.reset();
        renamed.clientId.clear();
        QVERIFY(reopened.save(renamed));
        QCOMPARE(reopened.profiles().size(), 2);
        QCOMPARE(*reopened.find(original.id), renamed);
        // The OAuth client id of the old kind does not linger.
        QVERIFY(!QSettings(settingsPath(), QSettings::IniFormat)
                     .contains(QStringLiteral("profiles/%1/clientId").arg(original.id)));
    }

    void namesAreUniqueAndProfilesValid() {
        ProfileStore store(settings(), nullptr);
        QVERIFY(store.save(oauthProfile()));
        QString error;
        ConnectionProfile twin = oauthProfile();
        twin.name = QStringLiteral("ACME HQ");
        QVERIFY(!store.save(twin, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));

        ConnectionProfile noClient = ConnectionProfile::create(QStringLiteral("x"));
        noClient.authKind = ConnectionProfile::AuthKind::OAuthClient;
        QVERIFY(!store.save(noClient, &error));
        ConnectionProfile noName = ConnectionProfile::create(QStringLiteral("  "));
        QVERIFY(!store.save(noName, &error));
        ConnectionProfile noHost = ConnectionProfile::create(QStringLiteral("y"));
        noHost.baseUrl = QUrl(QStringLiteral("https://"));
        QVERIFY(!store.save(noHost, &error));
        QCOMPARE(store.profiles().size(), 1);
    }

    void secretsLiveInTheStoreNotInSettings() {
        MemoryCredentialStore secrets;
        ProfileStore store(settings(), &secrets);
        const ConnectionProfile profile = oauthProfile();
        const Result<Done> saved =
            awaitStore<Done>([&](auto done) { store.saveWithSecret(profile, Secret, done); });
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message()));
        QVERIFY(store.find(profile.id));

        const Result<QString> read =
            awaitStore<QString>([&](auto done) { store.readSecret(profile, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.value(), Secret);
        QVERIFY(filesContaining(m_dir.path(), Secret).isEmpty());
        // Only the reference to the secret is in the settings file.
        QCOMPARE(QSettings(settingsPath(), QSettings::IniFormat)
                     .value(QStringLiteral("profiles/%1/secretKey").arg(profile.id))
                     .toString(),
                 profile.secretKey());

        // A refused profile leaves no orphaned secret behind.
        ConnectionProfile twin = ConnectionProfile::create(profile.name);
        const Result<Done> refused =
            awaitStore<Done>([&](auto done) { store.saveWithSecret(twin, Secret, done); });
        QVERIFY(!refused.ok());
        QVERIFY(awaitStore<QString>([&](auto done) { secrets.read(twin.secretKey(), done); })
                    .value()
                    .isEmpty());
        const Result<Done> empty =
            awaitStore<Done>([&](auto done) { store.saveWithSecret(twin, QString(), done); });
        QVERIFY(!empty.ok());
    }

    void removingAProfileRemovesItsSecret() {
        MemoryCredentialStore secrets;
        ProfileStore store(settings(), nullptr);
        store.setCredentialStore(&secrets); // as the GUI does once the keychain probe is done
        const ConnectionProfile profile = oauthProfile();
        QVERIFY(
            awaitStore<Done>([&](auto done) { store.saveWithSecret(profile, Secret, done); }).ok());
        store.setCurrentProfileId(profile.id);
        QSignalSpy current(&store, &ProfileStore::currentProfileChanged);
        QVERIFY(awaitStore<Done>([&](auto done) { store.remove(profile.id, done); }).ok());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.currentProfileId().isEmpty());
        QCOMPARE(current.count(), 1);
        const Result<QString> read =
            awaitStore<QString>([&](auto done) { secrets.read(profile.secretKey(), done); });
        QVERIFY(read.ok());
        QVERIFY(read.value().isEmpty());
        // Unknown ids are not an error.
        QVERIFY(
            awaitStore<Done>([&](auto done) { store.remove(QStringLiteral("nope"), done); }).ok());
    }

    void insecureFileIsOwnerOnlyAndExplicit() {
        ProfileStore store(settings(), nullptr);
        QVERIFY(!store.insecureFileOptIn()); // off unless the user says so
        store.setInsecureFileOptIn(true);
        QVERIFY(ProfileStore(settings(), nullptr).insecureFileOptIn());

        const QString path = m_dir.filePath(QStringLiteral("data/sub/credentials.json"));
        InsecureFileCredentialStore file(path);
        QCOMPARE(file.kind(), CredentialStore::Kind::InsecureFile);
        QVERIFY(!QFile::exists(path)); // nothing is written before a secret is
        QVERIFY(awaitStore<Done>([&](auto done) {
                    file.write(QStringLiteral("k"), Secret, done);
                }).ok());
        // 0600: nothing for group or others.
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
        InsecureFileCredentialStore reopened(path);
        QCOMPARE(awaitStore<QString>([&](auto done) {
                     reopened.read(QStringLiteral("k"), done);
                 }).value(),
                 Secret);
        QVERIFY(
            awaitStore<Done>([&](auto done) { reopened.remove(QStringLiteral("k"), done); }).ok());
        QVERIFY(filesContaining(m_dir.path(), Secret).isEmpty());

        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{not json");
        damaged.close();
        QVERIFY(!awaitStore<QString>([&](auto done) {
                     reopened.read(QStringLiteral("k"), done);
                 }).ok());
    }

    void memoryStoreIsSessionOnly() {
        MemoryCredentialStore memory;
        QCOMPARE(memory.kind(), CredentialStore::Kind::SessionOnly);
        QVERIFY(!memory.isPersistent());
        QVERIFY(awaitStore<Done>([&](auto done) {
                    memory.write(QStringLiteral("k"), Secret, done);
                }).ok());
        QCOMPARE(
            awaitStore<QString>([&](auto done) { memory.read(QStringLiteral("k"), done); }).value(),
            Secret);
        QVERIFY(awaitStore<QString>([&](auto done) { memory.read(QStringLiteral("x"), done); })
                    .value()
                    .isEmpty());
    }

    void eachKindBuildsItsTokenProvider_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("secret");
        QTest::newRow("static token")
            << int(ConnectionProfile::AuthKind::StaticToken) << QStringLiteral("tok_demo");
        QTest::newRow("oauth client")
            << int(ConnectionProfile::AuthKind::OAuthClient) << QStringLiteral("demo-secret");
        QTest::newRow("display") << int(ConnectionProfile::AuthKind::DisplayCredentials)
                                 << QStringLiteral("demo-display-secret");
    }

    void eachKindBuildsItsTokenProvider() {
        QFETCH(int, kind);
        QFETCH(QString, secret);
        SimFixture sim;
        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("sim"));
        profile.authKind = ConnectionProfile::AuthKind(kind);
        if (profile.authKind == ConnectionProfile::AuthKind::OAuthClient)
            profile.clientId = QStringLiteral("demo-client");
        if (profile.authKind == ConnectionProfile::AuthKind::DisplayCredentials) {
            profile.clientId = QStringLiteral("demo-display");
            profile.displayId = QStringLiteral("lobby");
        }
        const std::unique_ptr<TokenProvider> tokens =
            makeTokenProvider(profile, secret, &sim.client);
        QCOMPARE(qobject_cast<StaticTokenProvider *>(tokens.get()) != nullptr,
                 profile.authKind == ConnectionProfile::AuthKind::StaticToken);
        QCOMPARE(qobject_cast<OAuthTokenProvider *>(tokens.get()) != nullptr,
                 profile.authKind == ConnectionProfile::AuthKind::OAuthClient);
        QCOMPARE(qobject_cast<DisplayTokenProvider *>(tokens.get()) != nullptr,
                 profile.authKind == ConnectionProfile::AuthKind::DisplayCredentials);
        // The provider really authenticates against the simulator.
        const Result<QString> token =
            await<QString>([&](auto done) { tokens->requestToken(done); });
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().message()));
        QVERIFY(!token.value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
