// End to end: density-cli's connection profiles, as a script would use them, against the real
// density-sim. Each run gets a temporary HOME / XDG folders and a D-Bus address that leads
// nowhere, i.e. a headless machine without a keychain: saving a secret is then refused unless
// the user opts in to the insecure file, which is 0600 and the only place the secret appears.
// (The keychain itself is tests/keychain/tst_keychain, under gnome-keyring.)
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString Token = QStringLiteral("tok_demo");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

} // namespace

class TestCliProfiles : public QObject {
    Q_OBJECT

private:
    QProcess m_sim;
    QString m_baseUrl;
    std::unique_ptr<QTemporaryDir> m_home;

    QString configFile() const {
        return m_home->filePath(QStringLiteral("config/Density Dashboard/Density Dashboard.conf"));
    }
    QString insecureFile() const {
        return m_home->filePath(QStringLiteral("data/Density Dashboard/credentials-insecure.json"));
    }

    Run cli(const QStringList &arguments, const QStringList &environment = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DENSITY_TOKEN", "DENSITY_CLIENT_ID", "DENSITY_CLIENT_SECRET",
                                 "DISPLAY", "WAYLAND_DISPLAY", "QT_LOGGING_RULES"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("no-bus")));
        for (const QString &assignment : environment) {
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            env.insert(assignment.left(equals), assignment.mid(equals + 1));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DENSITY_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            run.err = "density-cli did not finish";
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QStringList filesContaining(const QString &needle) const {
        QStringList hits;
        QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
                hits.append(file.fileName());
        }
        return hits;
    }

    static QString describe(const Run &run) {
        return QStringLiteral("exit %1; stdout: %2; stderr: %3")
            .arg(run.exitCode)
            .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
    }

    //! `profile add NAME` on the simulator, into the opted-in insecure file.
    void addTokenProfile(const QString &name) {
        const Run added = cli({QStringLiteral("profile"), QStringLiteral("add"), name,
                               QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--token"),
                               Token, QStringLiteral("--store"), QStringLiteral("insecure-file")});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    }

private Q_SLOTS:
    void initTestCase() {
        m_sim.start(QStringLiteral(DENSITY_SIM_PATH),
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--now"),
                     QStringLiteral("2026-11-25T15:00:00Z"), QStringLiteral("--no-rate-limit")});
        QVERIFY(m_sim.waitForStarted(10000));
        QByteArray first;
        QTRY_VERIFY_WITH_TIMEOUT((first += m_sim.readAllStandardOutput()).contains('\n'), 15000);
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^listening on (http://[^\\s]+)"))
                .match(QString::fromUtf8(first));
        QVERIFY2(match.hasMatch(), first.constData());
        m_baseUrl = match.captured(1);
    }

    void cleanupTestCase() {
        m_sim.kill();
        m_sim.waitForFinished(5000);
    }

    void init() {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void withoutAKeychainASecretIsNotSavedSilently() {
        const Run refused =
            cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("acme"),
                 QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--token"), Token});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("No system keychain is available"), refused.err.constData());
        QVERIFY2(refused.err.contains("--store insecure-file"), refused.err.constData());
        QVERIFY(!refused.err.contains(Token.toUtf8()));
        QVERIFY(filesContaining(Token).isEmpty());
        QVERIFY(!QFile::exists(insecureFile()));

        const Run list = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.array().isEmpty());
    }

    void optedInProfileIsUsedByName() {
        addTokenProfile(QStringLiteral("acme"));
        // The secret is only in the opted-in file, which only its owner can read.
        QCOMPARE(filesContaining(Token), QStringList{insecureFile()});
        QCOMPARE(QFile::permissions(insecureFile()),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QVERIFY(QFile::exists(configFile()));

        const Run list = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        QVERIFY(!list.out.contains(Token.toUtf8()));
        QCOMPARE(list.array().size(), 1);
        const QJsonObject acme = list.array().first().toObject();
        QCOMPARE(acme.value(QLatin1String("name")).toString(), QStringLiteral("acme"));
        QCOMPARE(acme.value(QLatin1String("base_url")).toString(), m_baseUrl);
        QCOMPARE(acme.value(QLatin1String("auth")).toString(), QStringLiteral("token"));

        // No --base-url and no token: both come from the profile.
        const Run hello =
            cli({QStringLiteral("--profile"), QStringLiteral("acme"), QStringLiteral("hello")});
        QVERIFY2(hello.exitCode == 0, qPrintable(describe(hello)));
        QVERIFY2(hello.err.isEmpty(), hello.err.constData());

        const Run csv = cli({QStringLiteral("profile"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("name,id,base_url,auth"));
    }

    void commandLineThenEnvironmentThenProfile() {
        addTokenProfile(QStringLiteral("acme"));
        const QStringList hello{QStringLiteral("--profile"), QStringLiteral("acme"),
                                QStringLiteral("hello")};
        // A token on the command line wins: a wrong one is refused by the server (exit 3).
        const Run flag =
            cli(QStringList{QStringLiteral("--token"), QStringLiteral("tok_wrong")} + hello);
        QCOMPARE(flag.exitCode, 3);
        // So does one from the environment, with a warning that the profile's is not used.
        const Run env = cli(hello, {QStringLiteral("DENSITY_TOKEN=tok_wrong")});
        QCOMPARE(env.exitCode, 3);
        QVERIFY2(env.err.contains("not profile \"acme\""), env.err.constData());
        // --base-url beats the profile's address: nothing listens on port 1 (exit 4).
        const Run url =
            cli(QStringList{QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1")} +
                hello);
        QCOMPARE(url.exitCode, 4);
    }

    void oauthProfileReachesTheUsersEndpoints() {
        const Run added =
            cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("m2m"),
                 QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--store"),
                 QStringLiteral("insecure-file"), QStringLiteral("--days"), QStringLiteral("1,2,3"),
                 QStringLiteral("--hours"), QStringLiteral("7-19")},
                {QStringLiteral("DENSITY_CLIENT_ID=demo-client"),
                 QStringLiteral("DENSITY_CLIENT_SECRET=demo-secret")});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        const QJsonObject m2m = added.array().first().toObject();
        QCOMPARE(m2m.value(QLatin1String("auth")).toString(), QStringLiteral("oauth"));
        QCOMPARE(m2m.value(QLatin1String("client_id")).toString(), QStringLiteral("demo-client"));
        QCOMPARE(m2m.value(QLatin1String("secret_store")).toString(),
                 QStringLiteral("insecure-file"));
        QVERIFY(m2m.value(QLatin1String("operating_hours")).isObject());
        QCOMPARE(filesContaining(QStringLiteral("demo-secret")), QStringList{insecureFile()});

        const Run users = cli({QStringLiteral("--profile"), QStringLiteral("m2m"),
                               QStringLiteral("users"), QStringLiteral("list")});
        QVERIFY2(users.exitCode == 0, qPrintable(describe(users)));
        QVERIFY(!users.array().isEmpty());
    }

    void displayProfileGetsADisplayScopedToken() {
        const Run added = cli(
            {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("lobby"),
             QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--client-id"),
             QStringLiteral("demo-display"), QStringLiteral("--client-secret"),
             QStringLiteral("demo-display-secret"), QStringLiteral("--display-id"),
             QStringLiteral("lobby"), QStringLiteral("--store"), QStringLiteral("insecure-file")});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        QCOMPARE(added.array().first().toObject().value(QLatin1String("auth")).toString(),
                 QStringLiteral("display"));
        const QStringList lobby{QStringLiteral("--profile"), QStringLiteral("lobby")};
        // A display token reads presence ...
        const Run presence = cli(lobby + QStringList{QStringLiteral("presence-health")});
        QVERIFY2(presence.exitCode == 0, qPrintable(describe(presence)));
        // ... and the space list a wall screen needs, but no admin route: the simulator refuses
        // it the labels (403, exit 3).
        const Run spaces =
            cli(lobby + QStringList{QStringLiteral("spaces"), QStringLiteral("list")});
        QVERIFY2(spaces.exitCode == 0, qPrintable(describe(spaces)));
        const Run labels =
            cli(lobby + QStringList{QStringLiteral("labels"), QStringLiteral("list")});
        QCOMPARE(labels.exitCode, 3);
    }

    void removeTakesTheSecretWithIt() {
        addTokenProfile(QStringLiteral("acme"));
        const Run removed =
            cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("ACME")});
        QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
        QVERIFY(filesContaining(Token).isEmpty());
        QVERIFY(cli({QStringLiteral("profile"), QStringLiteral("list")}).array().isEmpty());

        const Run gone =
            cli({QStringLiteral("--profile"), QStringLiteral("acme"), QStringLiteral("hello")});
        QCOMPARE(gone.exitCode, 2);
        QVERIFY2(gone.err.contains("No profile named"), gone.err.constData());
        const Run unknown =
            cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("nobody")});
        QCOMPARE(unknown.exitCode, 2);
    }

    void profileAddChecksItsInput() {
        const QStringList add{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"),
                              QStringLiteral("--store"), QStringLiteral("insecure-file")};
        QCOMPARE(cli(add).exitCode, 2); // no credential
        QCOMPARE(
            cli(add + QStringList{QStringLiteral("--token"), Token, QStringLiteral("--base-url"),
                                  QStringLiteral("http://example.com")})
                .exitCode,
            2); // plain http to a remote host
        QCOMPARE(cli(add + QStringList{QStringLiteral("--token"), Token,
                                       QStringLiteral("--display-id"), QStringLiteral("lobby")})
                     .exitCode,
                 2); // display credentials need a client
        QVERIFY(!QFile::exists(insecureFile()));
        QVERIFY(!QFile::exists(configFile()) ||
                cli({QStringLiteral("profile"), QStringLiteral("list")}).array().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
