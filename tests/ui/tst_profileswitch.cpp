// Connection profiles in the main window, against two simulators with different portfolios:
// switching loads the other organization cleanly, a switch during a slow load never lets the
// old organization's answer fill the new views, and a connection made in the Connect dialog
// is remembered as a profile whose secret is only in the credential store.
#include "../core/simfixture.h"
#include "testsettings.h"

#include "api/connectiontest.h"
#include "auth/credentialstore.h"
#include "auth/profilestore.h"
#include "models/spacetreemodel.h"
#include "ui/connectdialog.h"
#include "ui/mainwindow.h"
#include "ui/profilecontroller.h"

#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>

using namespace Density;

namespace {

Sim::SimOptions portfolio(quint32 seed, int latencyMs = 0) {
    Sim::SimOptions options;
    options.seed = seed;
    options.faults.latencyMs = latencyMs;
    return options;
}

QSet<QString> spaceIdsOf(SimFixture &sim) {
    const auto spaces =
        await<QList<Space>>([&sim](auto done) { sim.client.spaces(nullptr, done); });
    QSet<QString> ids;
    for (const Space &space : spaces.value())
        ids.insert(space.id);
    return ids;
}

} // namespace

class TestProfileSwitch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_profileswitch"))); }

    void switchingDuringALoadNeverShowsTheOldOrganization() {
        SimFixture slow(portfolio(11, 900)); // its spaces answer late
        SimFixture fast(portfolio(12));
        const QSet<QString> slowIds = spaceIdsOf(slow);
        const QSet<QString> fastIds = spaceIdsOf(fast);
        const QList<QString> onlySlow = (slowIds - fastIds).values();
        const QList<QString> onlyFast = (fastIds - slowIds).values();
        QVERIFY(!onlySlow.isEmpty() && !onlyFast.isEmpty()); // two different organizations
        const auto shows = [](const MainWindow &w, const QString &id) {
            return w.spaceModel()->spaceById(id) != nullptr;
        };

        QTemporaryDir dir;
        MemoryCredentialStore secrets;
        ProfileStore profiles(std::make_unique<QSettings>(dir.filePath(QStringLiteral("p.ini")),
                                                          QSettings::IniFormat),
                              &secrets);
        const auto add = [&](const QString &name, const QUrl &url) {
            ConnectionProfile profile = ConnectionProfile::create(name);
            profile.baseUrl = url;
            bool saved = false;
            profiles.saveWithSecret(profile, QStringLiteral("tok_demo"),
                                    [&saved](const auto &r) { saved = r.ok(); });
            return waitFor([&saved] { return saved; }) ? profile.id : QString();
        };
        const QString slowId = add(QStringLiteral("Slow org"), slow.server->baseUrl());
        const QString fastId = add(QStringLiteral("Fast org"), fast.server->baseUrl());
        QVERIFY(!slowId.isEmpty() && !fastId.isEmpty());

        DensityClient client;
        MainWindow window(&client);
        window.profiles()->setStore(&profiles, QString());
        window.show();
        // The menu lists both profiles.
        QMenu *menu = nullptr;
        for (QMenu *m : window.menuBar()->findChildren<QMenu *>()) {
            if (m->title().remove(QLatin1Char('&')) == QLatin1String("Switch Connection"))
                menu = m;
        }
        QVERIFY(menu);
        QCOMPARE(std::count_if(menu->actions().cbegin(), menu->actions().cend(),
                               [](const QAction *a) { return a->isCheckable(); }),
                 2);

        window.profiles()->switchTo(slowId);
        QTRY_VERIFY(client.requestsInFlight() > 0); // the slow organization's tree is loading
        window.profiles()->switchTo(fastId);
        QTRY_VERIFY(shows(window, onlyFast.first()));
        QCOMPARE(profiles.currentProfileId(), fastId);
        // The slow answer arrives meanwhile and must not replace the fast organization's tree.
        QTest::qWait(1500);
        QVERIFY(shows(window, onlyFast.first()));
        QVERIFY(!shows(window, onlySlow.first()));
    }

    void aConnectionMadeInTheDialogIsRemembered() {
        SimFixture sim;
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("p.ini"));
        MemoryCredentialStore secrets;
        ProfileStore profiles(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat),
                              &secrets);
        DensityClient client;
        MainWindow window(&client);
        window.profiles()->setStore(&profiles, QString());
        QSignalSpy remembered(window.profiles(), &ProfileController::remembered);
        ConnectDialog *dialog = nullptr;
        connect(&window, &MainWindow::connectDialogOpened, this,
                [&dialog](ConnectDialog *d) { dialog = d; });
        window.openConnectDialog();
        QVERIFY(dialog);
        dialog->urlEdit()->setText(sim.server->baseUrl().toString());
        dialog->tokenEdit()->setText(QStringLiteral("tok_demo"));
        dialog->accept(); // runs the check first, then connects
        QVERIFY(remembered.wait(10000));
        const QList<ConnectionProfile> saved = profiles.profiles();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().baseUrl, sim.server->baseUrl());
        QCOMPARE(profiles.currentProfileId(), saved.first().id);
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("tok_demo")); // the settings hold only a reference
        std::optional<QString> secret;
        profiles.readSecret(saved.first(), [&secret](const Result<QString> &r) {
            secret = r.ok() ? r.value() : QString();
        });
        QVERIFY(waitFor([&secret] { return secret.has_value(); }));
        QCOMPARE(*secret, QStringLiteral("tok_demo"));
    }

private:
    TestSettings m_settings;
};

QTEST_MAIN(TestProfileSwitch)
#include "tst_profileswitch.moc"
