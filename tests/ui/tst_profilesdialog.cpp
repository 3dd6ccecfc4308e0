// Manage Connections (ProfilesDialog): renaming with unique names checked while typing,
// removing after a confirmation (the secret goes too), the per-profile defaults read back from
// the settings file by a fresh ProfileStore, "Edit sign-in…" saving the new secret to the
// credential store only, the plain-file opt-in offered only without a keychain, and the menu
// entry. With DENSITY_SCREENSHOT_DIR set, the dialog is saved as PNGs (normal, session-only
// with the notice, pseudo-translated).
#include "../core/simfixture.h"
#include "layoutcheck.h"
#include "testsettings.h"

#include "auth/credentialstore.h"
#include "auth/profilestore.h"
#include "models/spacetreemodel.h"
#include "ui/connectdialog.h"
#include "ui/mainwindow.h"
#include "ui/operatinghoursdialog.h"
#include "ui/profilecontroller.h"
#include "ui/profilesdialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>

using namespace Density;

namespace {

//! A store that says it is the system keychain (keeps secrets in memory).
class FakeKeychainStore : public MemoryCredentialStore {
public:
    using MemoryCredentialStore::MemoryCredentialStore;
    Kind kind() const override { return Kind::Keychain; }
};

void saveShot(QWidget *window, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

//! A ProfileStore over a settings file of its own, with secrets in memory.
struct Profiles {
    explicit Profiles(CredentialStore *with = nullptr)
        : secrets(with ? with : &memory)
        , file(dir.filePath(QStringLiteral("profiles.ini")))
        , store(reopen(secrets)) {}

    std::unique_ptr<ProfileStore> reopen(CredentialStore *with) const {
        return std::make_unique<ProfileStore>(
            std::make_unique<QSettings>(file, QSettings::IniFormat), with);
    }

    QString add(const QString &name, const QString &secret,
                const QUrl &url = QUrl(QStringLiteral("https://api.density.io"))) {
        ConnectionProfile profile = ConnectionProfile::create(name);
        profile.baseUrl = url;
        bool saved = false;
        store->saveWithSecret(profile, secret, [&saved](const auto &r) { saved = r.ok(); });
        return waitFor([&saved] { return saved; }) ? profile.id : QString();
    }

    QString secretOf(const QString &id) {
        std::optional<QString> secret;
        store->readSecret(*store->find(id), [&secret](const Result<QString> &r) {
            secret = r.ok() ? r.value() : QStringLiteral("<error>");
        });
        return waitFor([&secret] { return secret.has_value(); }) ? *secret : QString();
    }

    QByteArray settingsText() const {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    MemoryCredentialStore memory;
    CredentialStore *secrets;
    QString file;
    std::unique_ptr<ProfileStore> store;
};

Space space(const QString &id, const QString &name, const QString &type,
            QStringList children = {}) {
    Space s;
    s.id = id;
    s.name = name;
    s.spaceType = type;
    s.childrenIds = std::move(children);
    return s;
}

void typeInto(QLineEdit *edit, const QString &text) {
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestProfilesDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_profilesdialog"))); }

    void renameRoundTripAndDuplicateRefusedInline() {
        Profiles p;
        const QString alpha = p.add(QStringLiteral("Alpha"), QStringLiteral("tok_a"));
        const QString beta = p.add(QStringLiteral("Beta"), QStringLiteral("tok_b"));
        ProfilesDialog dialog(p.store.get(), nullptr);
        QCOMPARE(dialog.profileList()->topLevelItemCount(), 2);
        QVERIFY(dialog.selectProfile(alpha));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Alpha"));

        // A name another profile has (in any case) is refused while typing, and Enter does not
        // save it.
        typeInto(dialog.nameEdit(), QStringLiteral("beta"));
        QVERIFY(dialog.nameProblemLabel()->isVisibleTo(&dialog));
        QVERIFY2(dialog.nameProblemLabel()->text().contains(QStringLiteral("already called")),
                 qPrintable(dialog.nameProblemLabel()->text()));
        QVERIFY(!dialog.renameButton()->isEnabled());
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
        QCOMPARE(p.store->find(alpha)->name, QStringLiteral("Alpha"));
        typeInto(dialog.nameEdit(), QString());
        QVERIFY(dialog.nameProblemLabel()->isVisibleTo(&dialog)); // empty: needs a name

        typeInto(dialog.nameEdit(), QStringLiteral("Gamma"));
        QVERIFY(!dialog.nameProblemLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.renameButton()->isEnabled());
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
        QCOMPARE(p.store->find(alpha)->name, QStringLiteral("Gamma"));
        QCOMPARE(dialog.selectedProfileId(), alpha); // the list re-sorted; selection kept
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Gamma")));

        const std::unique_ptr<ProfileStore> again = p.reopen(p.secrets);
        QCOMPARE(again->findByName(QStringLiteral("gamma"))->id, alpha);
        QCOMPARE(again->findByName(QStringLiteral("Beta"))->id, beta);
        QVERIFY(!again->findByName(QStringLiteral("Alpha")));
        QCOMPARE(p.secretOf(alpha), QStringLiteral("tok_a")); // a rename keeps the secret
    }

    void removeAsksFirstAndTakesTheSecret() {
        Profiles p;
        const QString alpha = p.add(QStringLiteral("Alpha"), QStringLiteral("tok_a"));
        const QString beta = p.add(QStringLiteral("Beta"), QStringLiteral("tok_b"));
        ProfilesDialog dialog(p.store.get(), nullptr);
        QString asked;
        bool answer = false;
        dialog.setQuestion([&](const QString &, const QString &text) {
            asked = text;
            return answer;
        });
        QVERIFY(dialog.selectProfile(beta));

        dialog.removeButton()->click(); // cancelled
        QVERIFY2(asked.contains(QStringLiteral("\u201CBeta\u201D")), qPrintable(asked));
        QVERIFY(p.store->find(beta));
        QCOMPARE(p.secretOf(beta), QStringLiteral("tok_b"));
        QCOMPARE(dialog.profileList()->topLevelItemCount(), 2);

        answer = true;
        asked.clear();
        dialog.removeButton()->click();
        QVERIFY(asked.contains(QStringLiteral("Beta")));
        QVERIFY(!p.store->find(beta));
        QVERIFY(!p.reopen(p.secrets)->find(beta));
        std::optional<QString> secret;
        ConnectionProfile gone;
        gone.id = beta;
        p.secrets->read(gone.secretKey(),
                        [&secret](const Result<QString> &r) { secret = r.value(); });
        QVERIFY(waitFor([&secret] { return secret.has_value(); }));
        QVERIFY(secret->isEmpty()); // its secret is gone too
        QCOMPARE(p.secretOf(alpha), QStringLiteral("tok_a"));
        QCOMPARE(dialog.profileList()->topLevelItemCount(), 1);
        QCOMPARE(dialog.selectedProfileId(), alpha);
    }

    void defaultsRoundTrip() {
        Profiles p;
        const QString alpha = p.add(QStringLiteral("Alpha"), QStringLiteral("tok_a"));
        const QString beta = p.add(QStringLiteral("Beta"), QStringLiteral("tok_b"));
        p.store->setCurrentProfileId(alpha);
        SpaceTreeModel spaces;
        spaces.setSpaces(
            {space(QStringLiteral("spc_hq"), QStringLiteral("HQ"), QStringLiteral("campus"),
                   {QStringLiteral("spc_f2")}),
             space(QStringLiteral("spc_f2"), QStringLiteral("Floor 2"), QStringLiteral("floor"))});
        ProfilesDialog dialog(p.store.get(), &spaces);
        QVERIFY(dialog.selectProfile(alpha));
        QVERIFY(dialog.profileList()->currentItem()->text(0).contains(QStringLiteral("current")));
        QVERIFY(dialog.hoursLabel()->text().contains(QStringLiteral("None")));

        // Operating hours through OperatingHoursDialog.
        QDialog *opened = nullptr;
        connect(&dialog, &ProfilesDialog::hoursDialogOpened, this,
                [&opened](QDialog *d) { opened = d; });
        dialog.hoursButton()->click();
        auto *hoursDialog = qobject_cast<OperatingHoursDialog *>(opened);
        QVERIFY(hoursDialog);
        const OperatingHours hours({1, 2, 3}, 7, 15);
        hoursDialog->setHours(hours);
        hoursDialog->accept();

        // The first space, chosen from the tree (the current profile's organization).
        QVERIFY(dialog.spaceCombo()->isVisibleTo(&dialog));
        const int floor = dialog.spaceCombo()->findData(QStringLiteral("spc_f2"));
        QVERIFY(floor > 0);
        dialog.spaceCombo()->setCurrentIndex(floor);
        Q_EMIT dialog.spaceCombo()->activated(floor);
        QCOMPARE(dialog.spaceIdEdit()->text(), QStringLiteral("spc_f2"));
        QVERIFY2(dialog.spaceNameLabel()->text().contains(QStringLiteral("HQ > Floor 2")),
                 qPrintable(dialog.spaceNameLabel()->text()));

        // Another organization's profile: the tree does not apply, the id is typed.
        QVERIFY(dialog.selectProfile(beta));
        QVERIFY(!dialog.spaceCombo()->isVisibleTo(&dialog));
        dialog.spaceIdEdit()->setText(QStringLiteral("spc_elsewhere"));
        Q_EMIT dialog.spaceIdEdit()->editingFinished();

        {
            const std::unique_ptr<ProfileStore> again = p.reopen(p.secrets);
            const ConnectionProfile a = *again->find(alpha);
            QVERIFY(a.operatingHours.has_value());
            QCOMPARE(a.operatingHours->days, hours.days);
            QCOMPARE(a.operatingHours->startHour, 7);
            QCOMPARE(a.operatingHours->endHour, 15);
            QCOMPARE(a.firstSpaceId, QStringLiteral("spc_f2"));
            const ConnectionProfile b = *again->find(beta);
            QVERIFY(!b.operatingHours.has_value());
            QCOMPARE(b.firstSpaceId, QStringLiteral("spc_elsewhere"));
        }

        // "None" returns to the app's default; an empty id opens no space first.
        QVERIFY(dialog.selectProfile(alpha));
        QVERIFY(dialog.clearHoursButton()->isEnabled());
        dialog.clearHoursButton()->click();
        dialog.spaceCombo()->setCurrentIndex(0);
        Q_EMIT dialog.spaceCombo()->activated(0);
        const std::unique_ptr<ProfileStore> again = p.reopen(p.secrets);
        QVERIFY(!again->find(alpha)->operatingHours.has_value());
        QVERIFY(again->find(alpha)->firstSpaceId.isEmpty());
    }

    void editSignInSavesTheSecretToTheStoreOnly() {
        SimFixture sim;
        Profiles p;
        const QString id =
            p.add(QStringLiteral("Sim"), QStringLiteral("tok_old_secret"), sim.server->baseUrl());
        ProfilesDialog dialog(p.store.get(), nullptr);
        QVERIFY(dialog.selectProfile(id));
        QSignalSpy changed(&dialog, &ProfilesDialog::signInChanged);
        ConnectDialog *connect = nullptr;
        QObject::connect(&dialog, &ProfilesDialog::connectDialogOpened, this,
                         [&connect](ConnectDialog *d) { connect = d; });
        dialog.editSignInButton()->click();
        QVERIFY(waitFor([&connect] { return connect != nullptr; }));
        // Pre-filled from the profile and the secret in the store.
        QCOMPARE(connect->urlEdit()->text(), sim.server->baseUrl().toString());
        QCOMPARE(connect->tokenEdit()->text(), QStringLiteral("tok_old_secret"));
        connect->tokenEdit()->setText(QStringLiteral("tok_demo"));
        connect->accept(); // checks against the simulator first
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().first().toString(), id);
        QCOMPARE(p.secretOf(id), QStringLiteral("tok_demo"));
        const QByteArray settings = p.settingsText();
        QVERIFY(!settings.isEmpty());
        QVERIFY(!settings.contains("tok_demo"));
        QVERIFY(!settings.contains("tok_old_secret"));
        QCOMPARE(p.reopen(p.secrets)->find(id)->name, QStringLiteral("Sim"));
    }

    void plainFileOptInOnlyWithoutAKeychain() {
        {
            FakeKeychainStore keychain;
            Profiles p(&keychain);
            p.add(QStringLiteral("Alpha"), QStringLiteral("tok_a"));
            ProfilesDialog dialog(p.store.get(), nullptr);
            QVERIFY(dialog.storageLabel()->text().contains(QStringLiteral("system keychain")));
            QVERIFY(!dialog.insecureFileBox()->isVisibleTo(&dialog));
            QVERIFY(!dialog.noticeLabel()->isVisibleTo(&dialog));
        }
        Profiles p; // session only
        p.add(QStringLiteral("Alpha"), QStringLiteral("tok_a"));
        ProfilesDialog dialog(p.store.get(), nullptr);
        const QString notice = QStringLiteral("No system keychain is available (test).");
        dialog.setStorageNotice(notice);
        QVERIFY(dialog.storageLabel()->text().contains(QStringLiteral("this session only")));
        QVERIFY(dialog.noticeLabel()->isVisibleTo(&dialog));
        QCOMPARE(dialog.noticeLabel()->text(), notice);
        QCheckBox *box = dialog.insecureFileBox();
        QVERIFY(box->isVisibleTo(&dialog));
        QVERIFY(!box->isChecked());
        QSignalSpy requested(&dialog, &ProfilesDialog::insecureStorageRequested);
        QString warning;
        bool answer = false;
        dialog.setQuestion([&](const QString &, const QString &text) {
            warning = text;
            return answer;
        });
        box->click(); // the warning is declined
        QVERIFY(warning.contains(QStringLiteral("unencrypted")));
        QVERIFY(!box->isChecked());
        QVERIFY(!p.store->insecureFileOptIn());
        QCOMPARE(requested.size(), 0);

        answer = true;
        box->click();
        QVERIFY(box->isChecked());
        QVERIFY(p.store->insecureFileOptIn());
        QVERIFY(p.reopen(p.secrets)->insecureFileOptIn());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toBool(), true);

        box->click(); // opting out needs no warning
        QVERIFY(!p.store->insecureFileOptIn());
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.last().first().toBool(), false);
    }

    void menuEntryOpensTheDialog() {
        Profiles p;
        p.add(QStringLiteral("Alpha"), QStringLiteral("tok_a"));
        p.add(QStringLiteral("Beta"), QStringLiteral("tok_b"));
        DensityClient client;
        MainWindow window(&client);
        const QString notice = QStringLiteral("No system keychain here (test).");
        window.profiles()->setStore(p.store.get(), notice);
        QSignalSpy insecure(window.profiles(), &ProfileController::insecureStorageRequested);
        QMenu *menu = nullptr;
        for (QMenu *m : window.menuBar()->findChildren<QMenu *>()) {
            if (m->title().remove(QLatin1Char('&')) == QLatin1String("Switch Connection"))
                menu = m;
        }
        QVERIFY(menu);
        QAction *manage = menu->actions().last();
        QCOMPARE(manage->text().remove(QLatin1Char('&')),
                 QStringLiteral("Manage Connections\u2026"));
        QVERIFY(manage->isEnabled());
        ProfilesDialog *dialog = nullptr;
        connect(window.profiles(), &ProfileController::manageDialogOpened, this,
                [&dialog](ProfilesDialog *d) { dialog = d; });
        manage->trigger();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->parentWidget(), &window);
        QCOMPARE(dialog->profileList()->topLevelItemCount(), 2);
        QCOMPARE(dialog->noticeLabel()->text(), notice);
        // Its opt-in reaches the controller, where the app reopens the credential store.
        dialog->setQuestion([](const QString &, const QString &) { return true; });
        dialog->insecureFileBox()->click();
        QCOMPARE(insecure.size(), 1);
        dialog->close();
    }

    void screenshots() {
        Profiles p;
        const QString alpha =
            p.add(QStringLiteral("Headquarters portfolio"), QStringLiteral("tok_a"));
        p.add(QStringLiteral("Client: Northwind"), QStringLiteral("tok_b"),
              QUrl(QStringLiteral("https://density.northwind.example")));
        p.store->setCurrentProfileId(alpha);
        ConnectionProfile withHours = *p.store->find(alpha);
        withHours.operatingHours = OperatingHours({1, 2, 3, 4, 5}, 8, 18);
        withHours.firstSpaceId = QStringLiteral("spc_f2");
        QVERIFY(p.store->save(withHours));
        SpaceTreeModel spaces;
        spaces.setSpaces(
            {space(QStringLiteral("spc_hq"), QStringLiteral("HQ"), QStringLiteral("campus"),
                   {QStringLiteral("spc_f2")}),
             space(QStringLiteral("spc_f2"), QStringLiteral("Floor 2"), QStringLiteral("floor"))});
        const QString notice =
            QStringLiteral("No system keychain is available (no Secret Service on this "
                           "machine); secrets are kept for this session only and must be "
                           "entered again next time. You can choose to store them in a "
                           "plain file instead (insecure).");
        {
            FakeKeychainStore keychain;
            p.store->setCredentialStore(&keychain);
            ProfilesDialog dialog(p.store.get(), &spaces);
            dialog.selectProfile(alpha);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            saveShot(&dialog, QStringLiteral("profiles-normal"));
            // The first-space popup is indented like the tree.
            dialog.spaceCombo()->showPopup();
            saveShot(dialog.spaceCombo()->view()->window(), QStringLiteral("profiles-space-popup"));
            dialog.spaceCombo()->hidePopup();
            QVERIFY2(clippedLabels(&dialog).isEmpty(),
                     qPrintable(clippedLabels(&dialog).join(QLatin1Char(';'))));
            p.store->setCredentialStore(&p.memory);
        }
        {
            ProfilesDialog dialog(p.store.get(), &spaces);
            dialog.setStorageNotice(notice);
            dialog.selectProfile(alpha);
            typeInto(dialog.nameEdit(), QStringLiteral("client: northwind"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            saveShot(&dialog, QStringLiteral("profiles-session-only"));
            QVERIFY(dialog.insecureFileBox()->isVisible());
            QVERIFY2(clippedLabels(&dialog).isEmpty(),
                     qPrintable(clippedLabels(&dialog).join(QLatin1Char(';'))));
        }
        {
            PseudoTranslator translator({/*keepTimeBasis=*/true, /*keepPlaceholders=*/true});
            QCoreApplication::installTranslator(&translator);
            auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
            ProfilesDialog dialog(p.store.get(), &spaces);
            dialog.setStorageNotice(notice + QLatin1Char(' ') + notice);
            dialog.selectProfile(alpha);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            saveShot(&dialog, QStringLiteral("profiles-pseudo"));
            QVERIFY2(clippedLabels(&dialog).isEmpty(),
                     qPrintable(clippedLabels(&dialog).join(QLatin1Char(';'))));
            // Still fits a laptop screen.
            QVERIFY2(dialog.width() <= 1280, qPrintable(QString::number(dialog.width())));
            QVERIFY2(dialog.height() <= 800, qPrintable(QString::number(dialog.height())));
        }
    }

private:
    TestSettings m_settings;
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
