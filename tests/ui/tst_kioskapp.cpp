// The wall screen as `density-dashboard --kiosk` builds it (KioskApp: shell, controller, floor
// view, its own client signed in with display credentials), offscreen against the simulator:
// sign-in, nothing but the kiosk reachable, rotation, the offline banner and recovery, scaling,
// the day/night theme, a refused non-display connection and the PIN gate.
#include "auth/profilestore.h"
#include "auth/renewingtokenprovider.h"
#include "kioskrig.h"
#include "model/label.h"
#include "testsettings.h"
#include "ui/apptheme.h"
#include "ui/kiosk/kioskapp.h"
#include "ui/kiosk/kioskpin.h"
#include "ui/kiosk/kioskspacegrid.h"

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Density;

class TstKioskApp : public QObject {
    Q_OBJECT

    TestSettings m_settings;

    static void saveScreenshot(QWidget *widget, const QString &name) {
        const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
    }

    //! A view of the rig's current floor at \a size, inside a hidden \a host.
    static KioskFloorView *sizedView(KioskRig &rig, QWidget *host, QSize size) {
        auto *view = new KioskFloorView(host);
        view->setPalette(rig.app.controller()->view()->palette());
        view->setModel(rig.app.controller()->currentModel());
        view->setPosition(0, rig.app.controller()->floorCount());
        view->resize(size);
        view->grab(); // delivers the resize and lays the view out
        qDebug() << "sized" << view->size() << host->size() << view->grab().size();
        return view;
    }

private slots:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_kioskapp"))); }
    void init() {
        QSettings().clear();
        KioskPin::clear();
    }

    void signsInWithADisplayTokenAndShowsNothingElse() {
        KioskRig rig;
        QVERIFY(rig.start());
        QVERIFY(waitFor([&] { return rig.currentFloorSettled(); }, 15000));

        // The client's token came from the display-token exchange, and it is display-scoped:
        // the API refuses it an admin call.
        QVERIFY(rig.app.tokenProvider());
        QVERIFY(rig.app.tokenProvider()->fetchCount() >= 1);
        QCOMPARE(rig.app.client()->tokenProvider(), rig.app.tokenProvider());
        const auto labels =
            await<QList<Label>>([&](auto done) { rig.app.client()->labels(nullptr, done); });
        QVERIFY(!labels);
        QCOMPARE(labels.error().httpStatus(), 403);

        // Only the shell is a window; there is no menu, and the dashboard's shortcuts do nothing.
        const QWidgetList windows = QApplication::topLevelWidgets();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows.first(), rig.app.shell());
        QVERIFY(rig.app.shell()->findChildren<QMenuBar *>().isEmpty());
        for (const auto &keys :
             {QKeySequence(Qt::Key_F2), QKeySequence(QKeySequence::Preferences),
              QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(QKeySequence::Quit)}) {
            QTest::keySequence(rig.app.shell(), keys);
            QApplication::processEvents();
            QCOMPARE(QApplication::topLevelWidgets().size(), 1);
            QVERIFY(rig.app.shell()->isVisible());
        }
    }

    void findsTheFirstBuildingsFloorsAndRotates() {
        KioskRig rig;
        rig.app.controller()->setRotateIntervalMs(150);
        QSignalSpy ready(rig.app.controller(), &KioskController::floorsReady);
        QSignalSpy current(rig.app.controller(), &KioskController::currentFloorChanged);
        QVERIFY(rig.start());
        QVERIFY(waitFor([&] { return !ready.isEmpty(); }, 10000));
        QCOMPARE(rig.app.controller()->floorCount(), 3);

        // 0 shown at start, then 1, 2 and back to 0.
        QVERIFY(waitFor([&] { return current.size() >= 4; }, 5000));
        QCOMPARE(current.at(0).first().toInt(), 0);
        QCOMPARE(current.at(1).first().toInt(), 1);
        QCOMPARE(current.at(2).first().toInt(), 2);
        QCOMPARE(current.at(3).first().toInt(), 0);
        KioskFloorView *view = rig.app.controller()->view();
        QCOMPARE(view->model(), rig.app.controller()->currentModel());
    }

    void configuredFloorsKeepTheirOrder() {
        QStringList floors;
        {
            SimFixture sim(kioskSimOptions());
            const auto spaces =
                await<QList<Space>>([&](auto done) { sim.client.spaces(nullptr, done); });
            floors = KioskController::defaultFloors(spaces.value());
        }
        QCOMPARE(floors.size(), 3);
        KioskConfig config;
        config.floorIds = {floors[2], floors[0]};
        KioskRig rig(config);
        QVERIFY(rig.start());
        QCOMPARE(rig.app.controller()->floorIds(), config.floorIds);
        QVERIFY(waitFor([&] { return rig.currentFloorSettled(); }, 15000));
        QVERIFY2(rig.app.controller()->view()->footerText().contains(QLatin1String("Floor 1 of 2")),
                 qPrintable(rig.app.controller()->view()->footerText()));
        QCOMPARE(rig.app.controller()->rotateIntervalMs(), 20 * 1000); // the default
    }

    void offlineBannerShowsLastKnownStateAndClearsOnRecovery() {
        KioskConfig config;
        KioskRig rig(config);
        QVERIFY(rig.start());
        QVERIFY(waitFor([&] { return rig.currentFloorSettled(); }, 15000));
        KioskFloorView *view = rig.app.controller()->view();
        KioskFloorModel *model = rig.app.controller()->currentModel();
        QVERIFY(!view->isBannerVisible());
        const int knownAvailable = model->availableCount();
        const int knownOccupied = model->occupiedCount();
        QVERIFY(knownAvailable + knownOccupied > 0);

        // A silent stream: stale, then every space reads Unknown, the last state a dim hint.
        rig.server->setLiveSilent(true);
        QVERIFY(waitFor([&] { return view->isBannerVisible(); }));
        QVERIFY2(view->bannerText().contains(QLatin1String("showing last known state")),
                 qPrintable(view->bannerText()));
        QCOMPARE(view->figureText(int(Availability::Available)), QStringLiteral("0"));
        QCOMPARE(view->figureText(int(Availability::Unknown)), QString::number(model->rowCount()));
        QCOMPARE(view->figureHint(int(Availability::Available)),
                 QStringLiteral("last known: %1").arg(knownAvailable));
        for (const KioskSpaceGrid::Item &item : view->grid()->items()) {
            QVERIFY2(item.text.contains(QLatin1String("Unknown")), qPrintable(item.text));
            QVERIFY2(!item.text.contains(QLatin1String("\u2713 Available")), qPrintable(item.text));
        }
        rig.server->setLiveSilent(false);
        QVERIFY(waitFor([&] { return !view->isBannerVisible(); }));

        // The server goes away: "Offline since HH:MM"; it comes back on the same port and the
        // kiosk signs in again (the new server knows none of the old tokens) by itself.
        const quint16 port = rig.server->port();
        const Sim::SimOptions options = rig.server->options();
        const int fetches = rig.app.tokenProvider()->fetchCount();
        rig.server.reset();
        QVERIFY(waitFor([&] { return view->isBannerVisible(); }));
        // The floor's local time, hours and minutes (the test runs in the C locale).
        const QString since =
            model->offlineSince().toTimeZone(model->timeZone()).toString(QStringLiteral("HH:mm"));
        QCOMPARE(
            view->bannerText(),
            QStringLiteral("\u26A0 Offline since %1 \u2014 showing last known state").arg(since));
        {
            QWidget host;
            saveScreenshot(sizedView(rig, &host, QSize(1920, 1080)),
                           QStringLiteral("kiosk-offline.png"));
        }

        rig.server = std::make_unique<Sim::SimServer>(options);
        QCOMPARE(rig.server->listen(QHostAddress::LocalHost, port), port);
        QVERIFY(
            waitFor([&] { return !view->isBannerVisible() && rig.currentFloorSettled(); }, 15000));
        QVERIFY(rig.app.tokenProvider()->fetchCount() > fetches);
        QVERIFY(model->availableCount() + model->occupiedCount() > 0);
    }

    void restartWithoutNetworkShowsTheLastKnownStateAtOnce() {
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        QString floor;
        QString floorName;
        int known = 0;
        {
            KioskRig first(KioskConfig{}, kioskSimOptions(), cache.path());
            QVERIFY(first.start());
            QVERIFY(waitFor([&] { return first.currentFloorSettled(); }, 15000));
            floor = first.app.controller()->currentModel()->floorId();
            floorName = first.app.controller()->currentModel()->floorName();
            known = first.app.controller()->currentModel()->rowCount();
        }
        // The next start has no server at all (a closed port): the floor is on screen from the
        // cache before any request could have answered, dimmed under the offline banner.
        KioskConfig config;
        config.floorIds = {floor};
        KioskApp app(config);
        app.controller()->setModelSetup([&](KioskFloorModel &model) {
            model.setCachePath(cache.filePath(model.floorId() + QLatin1String(".json")));
            model.setFailedRetry(20, 100);
        });
        app.show();
        QVERIFY(app.start(QUrl(QStringLiteral("http://127.0.0.1:9")),
                          QStringLiteral("demo-display"), QStringLiteral("demo-display-secret"),
                          QStringLiteral("lobby-1")));
        KioskFloorView *view = app.controller()->view();
        QVERIFY(view->headerText().startsWith(floorName));
        QCOMPARE(app.controller()->currentModel()->rowCount(), known);
        QVERIFY(view->isBannerVisible());
        QVERIFY2(view->bannerText().contains(QLatin1String("showing last known state")),
                 qPrintable(view->bannerText()));
        QCOMPARE(view->figureText(int(Availability::Unknown)), QString::number(known));
    }

    void figuresScaleWithTheScreen_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("minimumPixels");
        // 72 pt at 96 dpi is 96 px at 1080p, and twice that at 2160p.
        QTest::newRow("1080p") << QSize(1920, 1080) << 96;
        QTest::newRow("2160p") << QSize(3840, 2160) << 192;
    }

    void figuresScaleWithTheScreen() {
        QFETCH(QSize, size);
        QFETCH(int, minimumPixels);
        KioskRig rig;
        QVERIFY(rig.start());
        QVERIFY(waitFor([&] { return rig.currentFloorSettled(); }, 15000));
        // The offscreen platform's windows are no larger than its screen: look at the same
        // floor in a view of the wanted size that is never shown (grab() renders it anyway).
        QWidget host;
        KioskFloorView *view = sizedView(rig, &host, size);
        QVERIFY(
            waitFor([&] { return !rig.app.controller()->currentModel()->busiestHours().isEmpty(); },
                    15000));
        QVERIFY2(view->figurePixelSize() >= minimumPixels,
                 qPrintable(QString::number(view->figurePixelSize())));
        // Everything the screen must say is there, in words.
        QVERIFY(view->footerText().contains(QLatin1String("Occupancy, not booking")));
        QVERIFY(view->footerText().contains(QLatin1String("Last updated")));
        QVERIFY(view->headerText().startsWith(rig.app.controller()->currentModel()->floorName()));
        QVERIFY(!view->busiestText().isEmpty());
        const auto items = view->grid()->items();
        QVERIFY(!items.isEmpty());
        for (const KioskSpaceGrid::Item &item : items) {
            QVERIFY(QRectF(QPointF(0, 0), QSizeF(view->grid()->size())).contains(item.rect));
            QVERIFY2(item.text.contains(QLatin1String("Available")) ||
                         item.text.contains(QLatin1String("Occupied")) ||
                         item.text.contains(QLatin1String("Unknown")),
                     qPrintable(item.text));
        }
        saveScreenshot(view,
                       QStringLiteral("kiosk-%1x%2.png").arg(size.width()).arg(size.height()));
    }

    void themeFollowsTheSchedule() {
        KioskConfig config; // light 07:00–19:00
        KioskRig rig(config);
        QDateTime now(QDate(2026, 11, 27), QTime(12, 0));
        rig.app.controller()->setClock([&now] { return now.toUTC(); });
        QSignalSpy theme(rig.app.controller(), &KioskController::themeChanged);
        QVERIFY(rig.start());
        QVERIFY(!rig.app.controller()->isDark());
        QVERIFY(!AppTheme::isDark(rig.app.shell()->palette()));

        now = QDateTime(QDate(2026, 11, 27), QTime(19, 30));
        rig.app.controller()->evaluateTheme();
        QVERIFY(rig.app.controller()->isDark());
        QVERIFY(AppTheme::isDark(rig.app.shell()->palette()));
        QVERIFY(AppTheme::isDark(rig.app.controller()->view()->palette())); // inherited
        // The band colours keep 3:1 against the wall background in both themes.
        for (bool dark : {false, true}) {
            const QColor background =
                (dark ? AppTheme::darkPalette() : AppTheme::lightPalette()).color(QPalette::Window);
            for (int state = 0; state < 3; ++state)
                QVERIFY(AppTheme::contrastRatio(KioskStateStyle::of(state, dark).band,
                                                background) >= 3.0);
        }
        QCOMPARE(theme.size(), 2);
        rig.app.controller()->evaluateTheme(); // no change, no signal
        QCOMPARE(theme.size(), 2);
    }

    void refusesAConnectionWithoutDisplayCredentials() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProfileStore profiles(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("profiles.ini")),
                                        QSettings::IniFormat),
            nullptr);
        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Admin token"));
        profile.authKind = ConnectionProfile::AuthKind::StaticToken;
        QString error;
        QVERIFY2(profiles.save(profile, &error), qPrintable(error));
        profiles.setCurrentProfileId(profile.id);

        KioskApp app{KioskConfig{}};
        app.startFromProfiles(&profiles);
        QVERIFY2(
            app.controller()->problem().contains(QLatin1String("only with display credentials")),
            qPrintable(app.controller()->problem()));
        QVERIFY(!app.tokenProvider());
        QVERIFY(!app.client()->tokenProvider());
        QVERIFY(app.controller()->view()->headerText().contains(QLatin1String("Admin token")));

        KioskConfig unknown;
        unknown.profileId = QStringLiteral("no-such-profile");
        KioskApp none(unknown);
        none.startFromProfiles(&profiles);
        QVERIFY(none.controller()->problem().contains(QLatin1String("No connection")));
    }

    void leavingNeedsThePin() {
        KioskPin::set(QStringLiteral("2468"));
        KioskRig rig;
        QSignalSpy exit(&rig.app, &KioskApp::exitRequested);
        QVERIFY(rig.start());
        rig.app.shell()->close();
        QVERIFY(rig.app.shell()->isVisible());
        QVERIFY(!rig.app.shell()->submitPin(QStringLiteral("1357")));
        QCOMPARE(exit.size(), 0);
        QVERIFY(rig.app.shell()->submitPin(QStringLiteral("2468")));
        QCOMPARE(exit.size(), 1);
    }
};

QTEST_MAIN(TstKioskApp)
#include "tst_kioskapp.moc"
