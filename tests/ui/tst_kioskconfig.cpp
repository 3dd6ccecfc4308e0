// The kiosk's configuration: the settings' kiosk section, the command line that overrides it,
// and the day/night theme schedule.
#include "testsettings.h"
#include "ui/dashboardoptions.h"
#include "ui/kiosk/kioskconfig.h"

#include <QSettings>
#include <QTest>

using namespace Density;

class TstKioskConfig : public QObject {
    Q_OBJECT

    TestSettings m_settings;

    //! "a b c" → {"a", "b", "c"}
    static QStringList words(const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '));
    }

    static DashboardOptions parse(const QStringList &arguments) {
        return DashboardOptions::parse(QStringList{QStringLiteral("density-dashboard")} +
                                       arguments);
    }

private slots:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_kioskconfig"))); }

    void commandLineOptions() {
        const DashboardOptions options =
            parse({QStringLiteral("--kiosk"), QStringLiteral("--kiosk-floors"),
                   QStringLiteral("spc_a, spc_b,,spc_a"), QStringLiteral("--kiosk-floors"),
                   QStringLiteral("spc_c"), QStringLiteral("--rotate-seconds"),
                   QStringLiteral("30"), QStringLiteral("--display-id"), QStringLiteral("lobby")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QVERIFY(options.kiosk);
        QCOMPARE(options.kioskFloors, (QStringList{QStringLiteral("spc_a"), QStringLiteral("spc_b"),
                                                   QStringLiteral("spc_c")}));
        QCOMPARE(options.rotateSeconds, 30);
        QCOMPARE(options.displayId, QStringLiteral("lobby"));
    }

    void badCommandLinesAreRefused_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("rotate too short")
            << words("--kiosk --rotate-seconds 1") << QStringLiteral("from 5 to 3600");
        QTest::newRow("rotate not a number")
            << words("--kiosk --rotate-seconds ten") << QStringLiteral("whole number");
        QTest::newRow("floors without kiosk")
            << words("--kiosk-floors spc_a") << QStringLiteral("need --kiosk");
        QTest::newRow("bad demo time")
            << words("--demo --demo-now yesterday") << QStringLiteral("--demo-now needs");
        QTest::newRow("view with kiosk")
            << words("--kiosk --view live") << QStringLiteral("do not apply to --kiosk");
    }

    void badCommandLinesAreRefused() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, phrase);
        const DashboardOptions options = parse(arguments);
        QVERIFY2(options.error.contains(phrase), qPrintable(options.error));
    }

    void demoNowIsUtc() {
        const DashboardOptions options =
            parse(words("--demo --kiosk --demo-now 2026-11-25T10:30:00-05:00"));
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.demoNow, QDateTime(QDate(2026, 11, 25), QTime(15, 30), Qt::UTC));
    }

    void settingsRoundTripAndOverrides() {
        QSettings settings;
        settings.clear();
        QCOMPARE(KioskConfig::fromSettings(settings).rotateSeconds, 20); // the default

        KioskConfig config;
        config.floorIds = {QStringLiteral("spc_1"), QStringLiteral("spc_2")};
        config.rotateSeconds = 45;
        config.profileId = QStringLiteral("lobby-profile");
        config.displayId = QStringLiteral("lobby");
        config.theme = KioskConfig::Theme::Dark;
        config.lightFrom = QTime(6, 30);
        config.darkFrom = QTime(18, 15);
        config.save(settings);

        KioskConfig read = KioskConfig::fromSettings(settings);
        QCOMPARE(read.floorIds, config.floorIds);
        QCOMPARE(read.rotateSeconds, 45);
        QCOMPARE(read.profileId, config.profileId);
        QCOMPARE(read.displayId, config.displayId);
        QCOMPARE(read.theme, KioskConfig::Theme::Dark);
        QCOMPARE(read.lightFrom, QTime(6, 30));
        QCOMPARE(read.darkFrom, QTime(18, 15));

        read.applyOverrides(parse({QStringLiteral("--kiosk"), QStringLiteral("--kiosk-floors"),
                                   QStringLiteral("spc_9"), QStringLiteral("--rotate-seconds"),
                                   QStringLiteral("10")}));
        QCOMPARE(read.floorIds, QStringList{QStringLiteral("spc_9")});
        QCOMPARE(read.rotateSeconds, 10);
        QCOMPARE(read.displayId, QStringLiteral("lobby")); // not given: the settings' value

        // Out-of-range values in a hand-edited file fall back to the defaults.
        settings.setValue(QStringLiteral("kiosk/rotateSeconds"), 0);
        settings.setValue(QStringLiteral("kiosk/lightFrom"), QStringLiteral("25:99"));
        const KioskConfig fallback = KioskConfig::fromSettings(settings);
        QCOMPARE(fallback.rotateSeconds, 20);
        QCOMPARE(fallback.lightFrom, QTime(7, 0));
        settings.clear();
    }

    void themeSchedule() {
        KioskConfig config; // light 07:00–19:00
        const QDate day(2026, 11, 27);
        QVERIFY(config.isDarkAt(QDateTime(day, QTime(6, 59))));
        QVERIFY(!config.isDarkAt(QDateTime(day, QTime(7, 0))));
        QVERIFY(!config.isDarkAt(QDateTime(day, QTime(18, 59))));
        QVERIFY(config.isDarkAt(QDateTime(day, QTime(19, 0))));
        QVERIFY(config.isDarkAt(QDateTime(day, QTime(23, 30))));
        config.theme = KioskConfig::Theme::Light;
        QVERIFY(!config.isDarkAt(QDateTime(day, QTime(23, 30))));
        config.theme = KioskConfig::Theme::Dark;
        QVERIFY(config.isDarkAt(QDateTime(day, QTime(12, 0))));
        // A night shift's screen: light from 20:00 until 08:00.
        config.theme = KioskConfig::Theme::Schedule;
        config.lightFrom = QTime(20, 0);
        config.darkFrom = QTime(8, 0);
        QVERIFY(!config.isDarkAt(QDateTime(day, QTime(2, 0))));
        QVERIFY(config.isDarkAt(QDateTime(day, QTime(12, 0))));
    }
};

QTEST_GUILESS_MAIN(TstKioskConfig)
#include "tst_kioskconfig.moc"
