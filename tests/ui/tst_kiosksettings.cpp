// The Settings dialog's Kiosk tab (KioskSettingsSection): it shows the kiosk/* settings, writes
// them on OK (read back through KioskConfig / KioskSchedule), refuses invalid input under the
// field without losing it, keeps the exit PIN only as a hash, orders the floors to rotate
// through, and offers only connection profiles that sign in as a display.
#include "layoutcheck.h"
#include "testsettings.h"

#include "api/densityclient.h"
#include "auth/connectionprofile.h"
#include "auth/profilestore.h"
#include "models/spacetreemodel.h"
#include "ui/appsettings.h"
#include "ui/kiosk/kioskconfig.h"
#include "ui/kiosk/kioskpin.h"
#include "ui/kiosk/kioskschedule.h"
#include "ui/kiosk/kiosksettingssection.h"
#include "ui/mainwindow.h"
#include "ui/profilecontroller.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTranslator>

using namespace Density;

namespace {

void saveShot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QStringLiteral("%1/kiosk-settings-%2.png").arg(dir, name));
}

QStringList ids(const char *text) {
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QList<KioskFloorChoice> threeFloors() {
    return {
        KioskFloorChoice{QStringLiteral("spc_f1"), QStringLiteral("Floor 1"), QStringLiteral("HQ")},
        KioskFloorChoice{QStringLiteral("spc_f2"), QStringLiteral("Floor 2"), QStringLiteral("HQ")},
        KioskFloorChoice{QStringLiteral("spc_f3"), QStringLiteral("Floor 3"),
                         QStringLiteral("Annex")}};
}

QStringList listIds(const QListWidget *list) {
    QStringList result;
    for (int row = 0; row < list->count(); ++row)
        result.append(list->item(row)->data(Qt::UserRole + 1).toString());
    return result;
}

QListWidgetItem *itemFor(const QListWidget *list, const QString &id) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole + 1).toString() == id)
            return list->item(row);
    }
    return nullptr;
}

ConnectionProfile profile(const QString &name, ConnectionProfile::AuthKind kind) {
    ConnectionProfile p = ConnectionProfile::create(name);
    p.authKind = kind;
    if (kind != ConnectionProfile::AuthKind::StaticToken)
        p.clientId = QStringLiteral("cli_1");
    if (kind == ConnectionProfile::AuthKind::DisplayCredentials)
        p.displayId = QStringLiteral("dsp_lobby");
    return p;
}

QByteArray settingsFileText() {
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestKioskSettings : public QObject {
    Q_OBJECT
private:
    TestSettings m_settings;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_kiosksettings"))); }

    void init() { QSettings().clear(); }

    void scheduleSaveRoundTrip() {
        KioskSchedule schedule;
        schedule.afterHours = KioskSchedule::AfterHours::Blank;
        schedule.awakeFrom = QTime(6, 45);
        schedule.awakeUntil = QTime(22, 15);
        schedule.awakeDays = {0, 3, 6};
        schedule.dimPercent = 40;
        QSettings settings;
        schedule.save(settings);
        const KioskSchedule read = KioskSchedule::fromSettings(settings);
        QCOMPARE(read.afterHours, KioskSchedule::AfterHours::Blank);
        QCOMPARE(read.awakeFrom, QTime(6, 45));
        QCOMPARE(read.awakeUntil, QTime(22, 15));
        QCOMPARE(read.awakeDays, QList<int>({0, 3, 6}));
        QCOMPARE(read.dimPercent, 40);
        QCOMPARE(settings.value(QStringLiteral("kiosk/afterHours")).toString(),
                 QStringLiteral("blank"));
    }

    void valuesLoadFromSettings() {
        QSettings settings;
        KioskConfig config;
        config.floorIds = ids("spc_a spc_b");
        config.rotateSeconds = 90;
        config.displayId = QStringLiteral("dsp_override");
        config.theme = KioskConfig::Theme::Dark;
        config.lightFrom = QTime(6, 30);
        config.darkFrom = QTime(20, 45);
        config.save(settings);
        KioskSchedule schedule;
        schedule.afterHours = KioskSchedule::AfterHours::Dim;
        schedule.awakeFrom = QTime(8, 0);
        schedule.awakeUntil = QTime(18, 30);
        schedule.awakeDays = {1, 2, 3};
        schedule.save(settings);

        AppSettings app;
        SettingsDialog dialog(&app);
        KioskSettingsSection *kiosk = dialog.kioskSection();
        QVERIFY(kiosk);
        QCOMPARE(kiosk->floorIdsEdit()->text(), QStringLiteral("spc_a, spc_b"));
        QCOMPARE(kiosk->rotateSpin()->value(), 90);
        QCOMPARE(kiosk->displayIdEdit()->text(), QStringLiteral("dsp_override"));
        QCOMPARE(kiosk->themeCombo()->currentIndex(), int(KioskConfig::Theme::Dark));
        QCOMPARE(kiosk->lightFromEdit()->time(), QTime(6, 30));
        QCOMPARE(kiosk->darkFromEdit()->time(), QTime(20, 45));
        QCOMPARE(kiosk->afterHoursCombo()->currentIndex(), int(KioskSchedule::AfterHours::Dim));
        QCOMPARE(kiosk->awakeFromEdit()->time(), QTime(8, 0));
        QCOMPARE(kiosk->awakeUntilEdit()->time(), QTime(18, 30));
        for (int day = 0; day < 7; ++day)
            QCOMPARE(kiosk->awakeDayBox(day)->isChecked(), day >= 1 && day <= 3);
        QCOMPARE(kiosk->profileCombo()->currentData().toString(), QString());
        QVERIFY(!kiosk->isModified());
        QVERIFY(!dialog.applyButton()->isEnabled()); // nothing changed yet
    }

    void okWritesTheSettings() {
        AppSettings app;
        {
            SettingsDialog dialog(&app);
            dialog.show();
            dialog.tabs()->setCurrentWidget(dialog.kioskSection());
            KioskSettingsSection *kiosk = dialog.kioskSection();
            QTest::keyClicks(kiosk->floorIdsEdit(), QStringLiteral("spc_x, spc_y,,spc_x"));
            kiosk->rotateSpin()->setValue(45);
            kiosk->displayIdEdit()->setText(QStringLiteral("  dsp_hall  "));
            kiosk->themeCombo()->setCurrentIndex(int(KioskConfig::Theme::Schedule));
            kiosk->lightFromEdit()->setTime(QTime(6, 0));
            kiosk->darkFromEdit()->setTime(QTime(18, 0));
            kiosk->afterHoursCombo()->setCurrentIndex(int(KioskSchedule::AfterHours::Blank));
            kiosk->awakeFromEdit()->setTime(QTime(7, 30));
            kiosk->awakeUntilEdit()->setTime(QTime(19, 0));
            kiosk->awakeDayBox(5)->setChecked(false); // no Fridays
            kiosk->awakeDayBox(6)->setChecked(true);  // Saturdays
            QVERIFY(dialog.applyButton()->isEnabled());
            QVERIFY(dialog.okButton()->isEnabled());
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings settings;
        const KioskConfig config = KioskConfig::fromSettings(settings);
        QCOMPARE(config.floorIds, ids("spc_x spc_y"));
        QCOMPARE(config.rotateSeconds, 45);
        QCOMPARE(config.displayId, QStringLiteral("dsp_hall"));
        QCOMPARE(config.theme, KioskConfig::Theme::Schedule);
        QCOMPARE(config.lightFrom, QTime(6, 0));
        QCOMPARE(config.darkFrom, QTime(18, 0));
        const KioskSchedule schedule = KioskSchedule::fromSettings(settings);
        QCOMPARE(schedule.afterHours, KioskSchedule::AfterHours::Blank);
        QCOMPARE(schedule.awakeFrom, QTime(7, 30));
        QCOMPARE(schedule.awakeUntil, QTime(19, 0));
        QCOMPARE(schedule.awakeDays, QList<int>({1, 2, 3, 4, 6}));
        QVERIFY(!KioskPin::isSet()); // untouched

        // Cancel discards.
        SettingsDialog dialog(&app);
        dialog.kioskSection()->rotateSpin()->setValue(300);
        dialog.kioskSection()->floorIdsEdit()->clear();
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QCOMPARE(KioskConfig::fromSettings(settings).rotateSeconds, 45);
        QCOMPARE(KioskConfig::fromSettings(settings).floorIds, ids("spc_x spc_y"));
    }

    void invalidInputIsRefusedInline_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("short PIN") << QStringLiteral("shortPin") << QStringLiteral("at least 4");
        QTest::newRow("PINs differ")
            << QStringLiteral("pinMismatch") << QStringLiteral("do not match");
        QTest::newRow("PIN not repeated")
            << QStringLiteral("pinNotRepeated") << QStringLiteral("again");
        QTest::newRow("space in floor ids")
            << QStringLiteral("floorSpace") << QStringLiteral("\u201cspc_a spc_b\u201d");
        QTest::newRow("light = dark")
            << QStringLiteral("themeTimes") << QStringLiteral("different times");
        QTest::newRow("no awake day") << QStringLiteral("noDays") << QStringLiteral("awake day");
        QTest::newRow("empty awake hours")
            << QStringLiteral("awakeSame") << QStringLiteral("start and end");
    }

    void invalidInputIsRefusedInline() {
        QFETCH(QString, what);
        QFETCH(QString, phrase);
        AppSettings app;
        SettingsDialog dialog(&app);
        dialog.show();
        dialog.tabs()->setCurrentWidget(dialog.kioskSection());
        KioskSettingsSection *kiosk = dialog.kioskSection();
        QVERIFY(dialog.okButton()->isEnabled());

        QLabel *error = nullptr;
        QLineEdit *typedInto = nullptr;
        QString typed;
        if (what.contains(QLatin1String("Pin")) || what.startsWith(QLatin1String("pin"))) {
            QTest::mouseClick(kiosk->setPinButton(), Qt::LeftButton);
            QVERIFY(kiosk->pinEdit()->isVisible());
            error = kiosk->pinError();
            typedInto = kiosk->pinEdit();
            typed = what == QLatin1String("shortPin") ? QStringLiteral("123")
                                                      : QStringLiteral("246810");
            QTest::keyClicks(kiosk->pinEdit(), typed);
            if (what == QLatin1String("pinMismatch"))
                QTest::keyClicks(kiosk->pinRepeatEdit(), QStringLiteral("246811"));
            if (what == QLatin1String("shortPin"))
                QTest::keyClicks(kiosk->pinRepeatEdit(), typed);
        } else if (what == QLatin1String("floorSpace")) {
            error = kiosk->floorError();
            typedInto = kiosk->floorIdsEdit();
            typed = QStringLiteral("spc_a spc_b, spc_c");
            QTest::keyClicks(kiosk->floorIdsEdit(), typed);
        } else if (what == QLatin1String("themeTimes")) {
            error = kiosk->themeError();
            kiosk->darkFromEdit()->setTime(kiosk->lightFromEdit()->time());
        } else if (what == QLatin1String("noDays")) {
            error = kiosk->scheduleError();
            kiosk->afterHoursCombo()->setCurrentIndex(int(KioskSchedule::AfterHours::Dim));
            for (int day = 0; day < 7; ++day)
                kiosk->awakeDayBox(day)->setChecked(false);
        } else {
            error = kiosk->scheduleError();
            kiosk->afterHoursCombo()->setCurrentIndex(int(KioskSchedule::AfterHours::Blank));
            kiosk->awakeUntilEdit()->setTime(kiosk->awakeFromEdit()->time());
        }

        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(phrase), qPrintable(error->text()));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.applyButton()->isEnabled());
        // The General tab says where to look.
        dialog.tabs()->setCurrentIndex(0);
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("Kiosk")));
        dialog.tabs()->setCurrentWidget(kiosk);

        dialog.accept(); // even called directly, nothing invalid is written
        QVERIFY(dialog.isVisible());
        QVERIFY(!QSettings().contains(QStringLiteral("kiosk/theme")));
        QVERIFY(!KioskPin::isSet());
        if (typedInto)
            QCOMPARE(typedInto->text(), typed); // nothing typed is lost
    }

    //! Restore Defaults on the Kiosk tab resets the kiosk (not the PIN), and only on OK.
    void restoreDefaultsOnTheKioskTab() {
        QSettings settings;
        KioskConfig config;
        config.rotateSeconds = 120;
        config.theme = KioskConfig::Theme::Light;
        config.save(settings);
        KioskPin::set(QStringLiteral("97531"));
        auto clearPin = qScopeGuard([] { KioskPin::clear(); });
        AppSettings app;
        SettingsDialog dialog(&app);
        dialog.show();
        dialog.tabs()->setCurrentWidget(dialog.kioskSection());
        QTest::mouseClick(dialog.restoreDefaultsButton(), Qt::LeftButton);
        QCOMPARE(dialog.kioskSection()->rotateSpin()->value(), KioskConfig{}.rotateSeconds);
        QCOMPARE(dialog.kioskSection()->themeCombo()->currentIndex(),
                 int(KioskConfig::Theme::Schedule));
        QCOMPARE(KioskConfig::fromSettings(settings).rotateSeconds, 120); // not before OK
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(KioskConfig::fromSettings(settings).rotateSeconds, KioskConfig{}.rotateSeconds);
        QCOMPARE(KioskConfig::fromSettings(settings).theme, KioskConfig::Theme::Schedule);
        QVERIFY(KioskPin::verify(QStringLiteral("97531")));
    }

    void pinIsStoredOnlyAsAHash() {
        const QString pin = QStringLiteral("58204719");
        AppSettings app;
        {
            SettingsDialog dialog(&app);
            dialog.show();
            dialog.tabs()->setCurrentWidget(dialog.kioskSection());
            KioskSettingsSection *kiosk = dialog.kioskSection();
            QVERIFY(kiosk->pinStatus()->text().contains(QStringLiteral("No PIN")));
            QCOMPARE(kiosk->setPinButton()->text(), QStringLiteral("&Set PIN…"));
            QVERIFY(!kiosk->removePinButton()->isEnabled());
            QVERIFY(!kiosk->pinEdit()->isVisible());
            QTest::mouseClick(kiosk->setPinButton(), Qt::LeftButton);
            QCOMPARE(kiosk->pinEdit()->echoMode(), QLineEdit::Password);
            QCOMPARE(kiosk->pinRepeatEdit()->echoMode(), QLineEdit::Password);
            QTest::keyClicks(kiosk->pinEdit(), pin);
            QTest::keyClicks(kiosk->pinRepeatEdit(), pin);
            QVERIFY(kiosk->pinError()->isHidden());
            QVERIFY(dialog.okButton()->isEnabled());
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(KioskPin::isSet());
        QVERIFY(KioskPin::verify(pin));
        QVERIFY(!KioskPin::verify(QStringLiteral("58204710")));
        const QByteArray file = settingsFileText();
        QVERIFY(file.contains("pinHash"));
        QVERIFY(!file.contains(pin.toUtf8()));

        // A new dialog says a PIN is set, offers to change and remove it, and removes it on OK.
        SettingsDialog dialog(&app);
        dialog.show();
        dialog.tabs()->setCurrentWidget(dialog.kioskSection());
        KioskSettingsSection *kiosk = dialog.kioskSection();
        QVERIFY(kiosk->pinStatus()->text().contains(QStringLiteral("A PIN is set")));
        QCOMPARE(kiosk->setPinButton()->text(), QStringLiteral("&Change PIN…"));
        QVERIFY(kiosk->pinEdit()->text().isEmpty()); // never shown again
        QVERIFY(kiosk->removePinButton()->isEnabled());
        QTest::mouseClick(kiosk->removePinButton(), Qt::LeftButton);
        QVERIFY(kiosk->pinStatus()->text().contains(QStringLiteral("removed")));
        QVERIFY(KioskPin::isSet()); // not before OK
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(!KioskPin::isSet());
    }

    void floorChecklistKeepsOrderAndUnknownIds() {
        QSettings settings;
        KioskConfig config;
        config.floorIds = ids("spc_f3 spc_gone spc_f1");
        config.save(settings);

        AppSettings app;
        SettingsDialog dialog(&app);
        dialog.setKioskFloors(threeFloors());
        dialog.show();
        dialog.tabs()->setCurrentWidget(dialog.kioskSection());
        KioskSettingsSection *kiosk = dialog.kioskSection();
        QListWidget *list = kiosk->floorList();
        QVERIFY(list->isVisible());
        QVERIFY(!kiosk->floorIdsEdit()->isVisible());
        // Configured floors first, in rotation order; the unknown id stays, shown as its id.
        QCOMPARE(listIds(list), ids("spc_f3 spc_gone spc_f1 spc_f2"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Floor 3 (Annex)"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("spc_gone"));
        QCOMPARE(list->item(3)->checkState(), Qt::Unchecked);
        QCOMPARE(kiosk->config().floorIds, config.floorIds);
        QVERIFY(!kiosk->isModified());

        // Check Floor 2 and move it to the front; drop Floor 1.
        itemFor(list, QStringLiteral("spc_f2"))->setCheckState(Qt::Checked);
        list->setCurrentRow(3);
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(kiosk->floorUpButton(), Qt::LeftButton);
        QCOMPARE(listIds(list), ids("spc_f2 spc_f3 spc_gone spc_f1"));
        itemFor(list, QStringLiteral("spc_f1"))->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.applyButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(KioskConfig::fromSettings(settings).floorIds, ids("spc_f2 spc_f3 spc_gone"));
    }

    void floorChoicesFromTheSpaceTree() {
        const auto space = [](const char *id, const char *name, const char *type,
                              const QStringList &children = {}) {
            Space s;
            s.id = QString::fromLatin1(id);
            s.name = QString::fromLatin1(name);
            s.spaceType = QString::fromLatin1(type);
            s.childrenIds = children;
            return s;
        };
        SpaceTreeModel model;
        model.setSpaces({space("spc_c", "Campus", "campus", ids("spc_b")),
                         space("spc_b", "HQ", "building", ids("spc_1 spc_2")),
                         space("spc_1", "Ground", "floor", ids("spc_r")),
                         space("spc_2", "First", "floor"), space("spc_r", "Room", "space")});
        const QList<KioskFloorChoice> floors = KioskSettingsSection::floorChoices(model);
        QCOMPARE(floors.size(), 2);
        QCOMPARE(floors.at(0).id, QStringLiteral("spc_1"));
        QCOMPARE(floors.at(0).name, QStringLiteral("Ground"));
        QCOMPARE(floors.at(0).buildingName, QStringLiteral("HQ"));
        QCOMPARE(floors.at(1).id, QStringLiteral("spc_2"));
    }

    void onlyDisplayProfilesAreOffered() {
        const ConnectionProfile token =
            profile(QStringLiteral("Reception token"), ConnectionProfile::AuthKind::StaticToken);
        const ConnectionProfile oauth =
            profile(QStringLiteral("Admin client"), ConnectionProfile::AuthKind::OAuthClient);
        const ConnectionProfile lobby = profile(QStringLiteral("Lobby screen"),
                                                ConnectionProfile::AuthKind::DisplayCredentials);

        AppSettings app;
        SettingsDialog dialog(&app);
        KioskSettingsSection *kiosk = dialog.kioskSection();
        // None yet: the note says how to add one.
        dialog.setKioskProfiles({token, oauth});
        QCOMPARE(kiosk->profileCombo()->count(), 1);
        QCOMPARE(kiosk->profileCombo()->itemText(0), QStringLiteral("Current connection"));
        QVERIFY(kiosk->profileNote()->text().contains(QStringLiteral("density-cli profile add")));
        QVERIFY(kiosk->profileNote()->text().contains(QStringLiteral("--display-id")));
        QVERIFY(kiosk->profileNote()->text().contains(QStringLiteral("Display credentials")));

        dialog.setKioskProfiles({token, lobby, oauth});
        QComboBox *combo = kiosk->profileCombo();
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(1), QStringLiteral("Lobby screen"));
        QCOMPARE(combo->findText(QStringLiteral("Reception token")), -1);
        QCOMPARE(combo->findText(QStringLiteral("Admin client")), -1);
        QVERIFY(!kiosk->profileNote()->text().contains(QStringLiteral("density-cli")));
        combo->setCurrentIndex(1);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QSettings settings;
        QCOMPARE(KioskConfig::fromSettings(settings).profileId, lobby.id);

        // A configured profile that is gone stays chosen rather than silently becoming "current".
        SettingsDialog again(&app);
        again.setKioskProfiles({token});
        QCOMPARE(again.kioskSection()->profileCombo()->currentData().toString(), lobby.id);
    }

    //! File > Settings… hands the dialog the window's profiles and floors.
    void mainWindowPassesProfilesAndFloors() {
        ProfileStore store(std::make_unique<QSettings>(), nullptr);
        QVERIFY(store.save(profile(QStringLiteral("Lobby screen"),
                                   ConnectionProfile::AuthKind::DisplayCredentials)));
        QVERIFY(store.save(
            profile(QStringLiteral("Reception token"), ConnectionProfile::AuthKind::StaticToken)));
        DensityClient client;
        MainWindow window(&client);
        window.profiles()->setStore(&store, QString());
        Space building;
        building.id = QStringLiteral("spc_b");
        building.name = QStringLiteral("HQ");
        building.spaceType = QStringLiteral("building");
        building.childrenIds = {QStringLiteral("spc_fl")};
        Space floor;
        floor.id = QStringLiteral("spc_fl");
        floor.name = QStringLiteral("Ground");
        floor.spaceType = QStringLiteral("floor");
        window.spaceModel()->setSpaces({building, floor});
        AppSettings app;
        window.setAppSettings(&app);

        SettingsDialog *dialog = nullptr;
        connect(&window, &MainWindow::settingsDialogOpened, this,
                [&dialog](SettingsDialog *opened) { dialog = opened; });
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        QVERIFY(dialog);
        auto closeDialog = qScopeGuard([dialog] { dialog->reject(); });
        QComboBox *combo = dialog->kioskSection()->profileCombo();
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(1), QStringLiteral("Lobby screen"));
        QCOMPARE(listIds(dialog->kioskSection()->floorList()), ids("spc_fl"));
        QCOMPARE(dialog->kioskSection()->floorList()->item(0)->text(),
                 QStringLiteral("Ground (HQ)"));
    }

    void looksRightInLongLanguages() {
        const auto check = [](const QString &name) {
            AppSettings app;
            SettingsDialog dialog(&app);
            dialog.setKioskFloors(threeFloors());
            dialog.tabs()->setCurrentWidget(dialog.kioskSection());
            KioskSettingsSection *kiosk = dialog.kioskSection();
            kiosk->afterHoursCombo()->setCurrentIndex(int(KioskSchedule::AfterHours::Dim));
            dialog.show();
            QTest::mouseClick(kiosk->setPinButton(), Qt::LeftButton); // the tallest state
            QTest::keyClicks(kiosk->pinEdit(), QStringLiteral("12"));
            dialog.resize(dialog.sizeHint());
            QTest::qWait(0);
            saveShot(&dialog, name);
            const QStringList clipped = clippedLabels(&dialog);
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
            QVERIFY(kiosk->pinError()->isVisible());
            // Still fits a small laptop screen.
            QVERIFY2(dialog.sizeHint().width() <= 1000,
                     qPrintable(QString::number(dialog.sizeHint().width())));
            QVERIFY2(dialog.sizeHint().height() <= 760,
                     qPrintable(QString::number(dialog.sizeHint().height())));
            // Without floor choices: the id line edit.
            AppSettings other;
            SettingsDialog plain(&other);
            plain.tabs()->setCurrentWidget(plain.kioskSection());
            plain.show();
            plain.resize(plain.sizeHint());
            QTest::qWait(0);
            saveShot(&plain, name + QStringLiteral("-ids"));
            QVERIFY(clippedLabels(&plain).isEmpty());
            QVERIFY(plain.sizeHint().width() <= 1000);
        };
        check(QStringLiteral("light"));
        if (QTest::currentTestFailed())
            return;
        PseudoTranslator translator;
        QCoreApplication::installTranslator(&translator);
        auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        check(QStringLiteral("pseudo"));
    }
};

QTEST_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"
