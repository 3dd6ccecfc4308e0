// The Settings dialog and AppSettings: every preference survives QSettings, reaches what it
// governs (the client's proxy and timeout, QApplication's palette and translators) and the
// dialog validates inline, applies, and discards on Cancel.
#include "../core/simfixture.h"
#include "layoutcheck.h"
#include "mainwindowshell.h"
#include "testsettings.h"

#include "models/spacetreemodel.h"

#include "api/densityclient.h"
#include "auth/credentialstore.h"
#include "auth/tokenprovider.h"
#include "ui/applanguage.h"
#include "ui/appsettings.h"
#include "ui/apptheme.h"
#include "ui/mainwindow.h"
#include "ui/operatinghoursdialog.h"
#include "ui/pagetabs.h"
#include "ui/querybar.h"
#include "ui/retranslator.h"
#include "ui/settingsdialog.h"
#include "ui/spacedock.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLineSeries>
#include <QMainWindow>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QValueAxis>

using namespace Density;

namespace {

void saveShot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QStringLiteral("%1/settings-%2.png").arg(dir, name));
}

//! Delivers the LanguageChange events QApplication posts to each window.
//! Radio buttons stretch across the dialog; only the indicator and text take clicks.
void clickRadio(QRadioButton *button) {
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void deliverLanguageChange() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

Preferences everythingChanged() {
    Preferences prefs;
    prefs.language = QStringLiteral("de");
    prefs.theme = Preferences::Theme::Dark;
    prefs.operatingHours = OperatingHours({0, 6}, 7, 22);
    prefs.proxy.mode = ProxySettings::Mode::Manual;
    prefs.proxy.type = ProxySettings::Type::Socks5;
    prefs.proxy.host = QStringLiteral("proxy.corp.example");
    prefs.proxy.port = 1080;
    prefs.proxy.user = QStringLiteral("alice");
    prefs.proxy.password = QStringLiteral("s3cret-proxy-pass");
    prefs.timeoutSeconds = 75;
    prefs.offerDemo = false;
    return prefs;
}

} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT
private:
    TestSettings m_settings;
    QPalette m_systemPalette;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settings.isolate(QStringLiteral("tst_settingsdialog")));
        m_systemPalette = QApplication::palette();
    }

    void init() {
        QSettings().clear();
        AppLanguage::setSearchPaths({});
        AppTheme::apply(Preferences::Theme::System);
    }

    void cleanup() {
        AppLanguage::apply(QStringLiteral("en"));
        deliverLanguageChange();
        AppTheme::apply(Preferences::Theme::System);
    }

    void defaultsWithEmptySettings() {
        const Preferences prefs = Preferences::load();
        QCOMPARE(prefs, Preferences{});
        QCOMPARE(prefs.proxy.mode, ProxySettings::Mode::System);
        QCOMPARE(prefs.theme, Preferences::Theme::System);
        QVERIFY(prefs.language.isEmpty());
        QCOMPARE(prefs.timeoutSeconds, 30);
        QVERIFY(prefs.offerDemo);
    }

    void roundTripEverySetting() {
        const Preferences saved = everythingChanged();
        saved.save();
        Preferences loaded = Preferences::load();
        QCOMPARE(loaded.language, saved.language);
        QCOMPARE(loaded.theme, saved.theme);
        QCOMPARE(loaded.operatingHours.days, saved.operatingHours.days);
        QCOMPARE(loaded.operatingHours.startHour, 7);
        QCOMPARE(loaded.operatingHours.endHour, 22);
        QCOMPARE(loaded.proxy.mode, ProxySettings::Mode::Manual);
        QCOMPARE(loaded.proxy.type, ProxySettings::Type::Socks5);
        QCOMPARE(loaded.proxy.host, saved.proxy.host);
        QCOMPARE(loaded.proxy.port, 1080);
        QCOMPARE(loaded.proxy.user, saved.proxy.user);
        QCOMPARE(loaded.timeoutSeconds, 75);
        QCOMPARE(loaded.offerDemo, false);
        // The proxy password is a secret: never in the settings file.
        QVERIFY(loaded.proxy.password.isEmpty());
        loaded.proxy.password = saved.proxy.password;
        QCOMPARE(loaded, saved);
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret-proxy-pass"));
    }

    void brokenValuesFallBack() {
        QSettings settings;
        settings.setValue(QStringLiteral("preferences/requestTimeoutSeconds"), 100000);
        settings.setValue(QStringLiteral("preferences/proxy/mode"), QStringLiteral("manual"));
        settings.setValue(QStringLiteral("preferences/proxy/host"), QString());
        settings.setValue(QStringLiteral("preferences/operatingHours/days"), QStringList());
        const Preferences prefs = Preferences::load();
        QCOMPARE(prefs.timeoutSeconds, Preferences::MaxTimeoutSeconds);
        QCOMPARE(prefs.proxy.mode, ProxySettings::Mode::System);
        QCOMPARE(prefs.operatingHours.days, OperatingHours().days);
    }

    void dialogRoundTrip() {
        AppSettings app;
        {
            SettingsDialog dialog(&app);
            dialog.setPreferences(everythingChanged());
            dialog.languageCombo()->setCurrentIndex(
                dialog.languageCombo()->findData(QStringLiteral("en"))); // "de" has no file here
            QVERIFY(dialog.okButton()->isEnabled());
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        Preferences expected = everythingChanged();
        expected.language = QStringLiteral("en");
        QCOMPARE(app.preferences(), expected); // with this session's password
        Preferences loaded = Preferences::load();
        QVERIFY(loaded.proxy.password.isEmpty());
        loaded.proxy.password = expected.proxy.password;
        QCOMPARE(loaded, expected);

        // A new dialog shows what was saved, field by field.
        SettingsDialog again(&app);
        QCOMPARE(again.preferences(), expected);
        QVERIFY(again.proxyModeButton(ProxySettings::Mode::Manual)->isChecked());
        QCOMPARE(again.proxyHostEdit()->text(), QStringLiteral("proxy.corp.example"));
        QCOMPARE(again.timeoutSpin()->value(), 75);
        QVERIFY(!again.demoCheck()->isChecked());
        QVERIFY(!again.applyButton()->isEnabled()); // nothing changed yet
    }

    void operatingHoursThroughTheEditor() {
        AppSettings app;
        QSignalSpy hoursChanged(&app, &AppSettings::defaultOperatingHoursChanged);
        SettingsDialog dialog(&app);
        dialog.show();
        OperatingHoursDialog *editor = nullptr;
        connect(&dialog, &SettingsDialog::operatingHoursDialogOpened, this,
                [&editor](OperatingHoursDialog *opened) { editor = opened; });
        const QString before = dialog.operatingHoursLabel()->text();
        QTest::mouseClick(dialog.operatingHoursButton(), Qt::LeftButton);
        QVERIFY(editor);
        editor->dayBox(1)->setChecked(false); // no Mondays
        editor->accept();
        QVERIFY(dialog.operatingHoursLabel()->text() != before);
        QVERIFY(dialog.applyButton()->isEnabled());
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(hoursChanged.size(), 1);
        const OperatingHours hours = hoursChanged.at(0).at(0).value<OperatingHours>();
        QCOMPARE(hours.days, QList<int>({2, 3, 4, 5}));
        QCOMPARE(Preferences::load().operatingHours.days, QList<int>({2, 3, 4, 5}));
    }

    void proxyAndTimeoutReachTheClient() {
        // A stand-in proxy on loopback: the client must send its HTTPS tunnel request there.
        QTcpServer proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&proxy, &QTcpServer::newConnection, this, [&proxy, &received] {
            QTcpSocket *socket = proxy.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket,
                    [socket, &received] { received += socket->readAll(); });
        });

        DensityClient client;
        StaticTokenProvider tokens(QStringLiteral("tok_test"));
        client.setTokenProvider(&tokens);
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://api.example.test"))).isEmpty());
        AppSettings app;
        app.setClient(&client);
        QCOMPARE(client.timeoutMs(), Preferences::DefaultTimeoutSeconds * 1000);
        QCOMPARE(client.proxySettings().mode, ProxySettings::Mode::System);

        SettingsDialog dialog(&app);
        clickRadio(dialog.proxyModeButton(ProxySettings::Mode::Manual));
        dialog.proxyHostEdit()->setText(QStringLiteral("127.0.0.1"));
        dialog.proxyPortSpin()->setValue(proxy.serverPort());
        dialog.proxyUserEdit()->setText(QStringLiteral("alice"));
        dialog.proxyPasswordEdit()->setText(QStringLiteral("pw"));
        dialog.timeoutSpin()->setValue(45);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);

        QCOMPARE(client.timeoutMs(), 45000);
        const QNetworkProxy chosen = client.proxyFor(client.baseUrl());
        QCOMPARE(chosen.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(chosen.hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(chosen.port(), proxy.serverPort());
        QCOMPARE(chosen.user(), QStringLiteral("alice"));
        QCOMPARE(chosen.password(), QStringLiteral("pw"));
        // The demo on loopback is never sent through the proxy.
        QCOMPARE(client.proxyFor(QUrl(QStringLiteral("http://127.0.0.1:8080/v3"))).type(),
                 QNetworkProxy::NoProxy);

        // And the network manager really uses it: the request arrives at the proxy.
        bool finished = false;
        client.helloWorld(this, [&finished](const Result<QString> &) { finished = true; });
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("\r\n\r\n"), 10000);
        QVERIFY2(received.startsWith("CONNECT api.example.test:443"), received.constData());

        // SOCKS5 and "no proxy" reach the client as well.
        dialog.proxyTypeCombo()->setCurrentIndex(1);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(client.proxyFor(client.baseUrl()).type(), QNetworkProxy::Socks5Proxy);
        clickRadio(dialog.proxyModeButton(ProxySettings::Mode::None));
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(client.proxySettings().mode, ProxySettings::Mode::None);
        QCOMPARE(client.proxyFor(client.baseUrl()).type(), QNetworkProxy::NoProxy);
        client.setTokenProvider(nullptr);
    }

    void systemProxyIsTheDefault() {
        // "System" asks the platform per request (on Linux the *_proxy variables).
        qputenv("http_proxy", "http://proxy.from.env:3129");
        auto unset = qScopeGuard([] { qunsetenv("http_proxy"); });
        DensityClient client;
        AppSettings app;
        app.setClient(&client);
        QCOMPARE(client.proxySettings().mode, ProxySettings::Mode::System);
        const QNetworkProxy chosen = client.proxyFor(QUrl(QStringLiteral("http://example.test/")));
        QCOMPARE(chosen.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(chosen.hostName(), QStringLiteral("proxy.from.env"));
        QCOMPARE(chosen.port(), quint16(3129));
        // Loopback (the demo) never goes through it.
        QCOMPARE(client.proxyFor(QUrl(QStringLiteral("http://localhost:8080/"))).type(),
                 QNetworkProxy::NoProxy);
    }

    void proxyPasswordGoesToTheCredentialStore() {
        MemoryCredentialStore store;
        DensityClient client;
        Preferences prefs;
        prefs.proxy.mode = ProxySettings::Mode::Manual;
        prefs.proxy.host = QStringLiteral("proxy.corp.example");
        prefs.proxy.port = 3128;
        prefs.proxy.user = QStringLiteral("alice");
        prefs.proxy.password = QStringLiteral("pw-in-store");
        {
            AppSettings app;
            app.setCredentialStore(&store);
            app.apply(prefs);
        }
        const QString key = AppSettings::proxySecretKey(prefs.proxy);
        QString stored;
        store.read(key,
                   [&stored](const Result<QString> &r) { stored = r ? r.value() : QString(); });
        QCOMPARE(stored, QStringLiteral("pw-in-store"));
        QVERIFY(Preferences::load().proxy.password.isEmpty());

        // The next run gets it back from the store, and so does the client.
        AppSettings next;
        next.setClient(&client);
        QVERIFY(
            client.proxyFor(QUrl(QStringLiteral("https://api.density.io"))).password().isEmpty());
        next.setCredentialStore(&store);
        QCOMPARE(next.preferences().proxy.password, QStringLiteral("pw-in-store"));
        QCOMPARE(client.proxyFor(QUrl(QStringLiteral("https://api.density.io"))).password(),
                 QStringLiteral("pw-in-store"));

        // Leaving the manual proxy removes the entry.
        Preferences direct = next.preferences();
        direct.proxy.mode = ProxySettings::Mode::None;
        next.apply(direct);
        store.read(key,
                   [&stored](const Result<QString> &r) { stored = r ? r.value() : QString(); });
        QVERIFY(stored.isEmpty());
    }

    void themeSwitchChangesThePalette() {
        AppSettings app;
        QSignalSpy themeChanged(&app, &AppSettings::themeChanged);
        SettingsDialog dialog(&app);
        dialog.show();
        const auto lightness = [](QPalette::ColorRole role) {
            return QApplication::palette().color(role).lightnessF();
        };

        dialog.themeCombo()->setCurrentIndex(int(Preferences::Theme::Dark));
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(themeChanged.size(), 1);
        QCOMPARE(themeChanged.at(0).at(0).toBool(), true);
        QVERIFY(lightness(QPalette::Window) < lightness(QPalette::WindowText));
        QVERIFY(lightness(QPalette::Base) < lightness(QPalette::Text));
        QVERIFY(lightness(QPalette::Button) < lightness(QPalette::ButtonText));
        // Readable (WCAG): body text 7:1 or better, muted notes and error messages 4.5:1.
        const QPalette dark = QApplication::palette();
        const auto contrast = [&dark](QPalette::ColorRole fg, QPalette::ColorRole bg) {
            return AppTheme::contrastRatio(dark.color(fg), dark.color(bg));
        };
        QVERIFY(contrast(QPalette::WindowText, QPalette::Window) >= 7);
        QVERIFY(contrast(QPalette::Text, QPalette::Base) >= 7);
        QVERIFY(contrast(QPalette::ButtonText, QPalette::Button) >= 7);
        QVERIFY(contrast(QPalette::HighlightedText, QPalette::Highlight) >= 4.5);
        QVERIFY(contrast(QPalette::PlaceholderText, QPalette::Window) >= 4.5);
        QVERIFY(contrast(QPalette::Link, QPalette::Base) >= 4.5);
        QVERIFY(AppTheme::contrastRatio(AppTheme::errorTextColour(dark),
                                        dark.color(QPalette::Window)) >= 4.5);
        const QPalette light = AppTheme::lightPalette();
        QVERIFY(AppTheme::contrastRatio(AppTheme::errorTextColour(light),
                                        light.color(QPalette::Window)) >= 4.5);
        QVERIFY(AppTheme::isDark(dialog.palette())); // widgets follow at once
        saveShot(&dialog, QStringLiteral("dark"));

        dialog.themeCombo()->setCurrentIndex(int(Preferences::Theme::Light));
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(themeChanged.size(), 2);
        QCOMPARE(themeChanged.at(1).at(0).toBool(), false);
        QVERIFY(lightness(QPalette::Window) > lightness(QPalette::WindowText));
        QVERIFY(!AppTheme::isDark(dialog.palette()));

        dialog.themeCombo()->setCurrentIndex(int(Preferences::Theme::Dark));
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        dialog.themeCombo()->setCurrentIndex(int(Preferences::Theme::System));
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        const QPalette restored = QApplication::palette();
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::WindowText, QPalette::Base,
                                         QPalette::Text, QPalette::Button, QPalette::Highlight})
            QCOMPARE(restored.color(role), m_systemPalette.color(role));
        QCOMPARE(Preferences::load().theme, Preferences::Theme::System);
    }

    void chartsCanFollowTheTheme() {
        QChart chart;
        auto *axis = new QValueAxis(&chart);
        chart.addAxis(axis, Qt::AlignLeft);
        const QColor seriesColour(0x00, 0x72, 0xB2);
        auto *series = new QLineSeries(&chart);
        series->setColor(seriesColour);
        chart.addSeries(series);
        AppTheme::styleChart(&chart, AppTheme::darkPalette());
        QVERIFY(chart.backgroundBrush().color().lightnessF() <
                axis->labelsBrush().color().lightnessF() - 0.6);
        QCOMPARE(series->color(), seriesColour); // the chart's own colours stay
        AppTheme::styleChart(&chart, AppTheme::lightPalette());
        QVERIFY(chart.backgroundBrush().color().lightnessF() >
                axis->labelsBrush().color().lightnessF() + 0.6);
    }

    //! The main window's side: File > Settings… opens the dialog, the default hours reach the
    //! query bar at once and on change, and "offer the demo" hides its menu entry and button.
    void mainWindowUsesTheSettings() {
        SimFixture sim;
        MainWindow window(&sim.client);
        AppSettings app;
        QAction *settingsAction = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(settingsAction);
        QVERIFY(!settingsAction->isEnabled()); // nothing to edit yet
        window.setAppSettings(&app);
        QVERIFY(settingsAction->isEnabled());
        QSignalSpy opened(&window, &MainWindow::settingsDialogOpened);
        settingsAction->trigger();
        QCOMPARE(opened.count(), 1);
        window.findChild<SettingsDialog *>()->reject();

        Preferences prefs = app.preferences();
        prefs.operatingHours = OperatingHours({1, 2, 3, 4}, 7, 19);
        prefs.offerDemo = false;
        app.apply(prefs);
        const OperatingHours shown = window.pageTabs()->queryBar()->selection().operatingHours;
        QCOMPARE(shown.days, prefs.operatingHours.days);
        QCOMPARE(shown.startHour, 7);
        QCOMPARE(shown.endHour, 19);
        QAction *demo = window.findChild<QAction *>(QStringLiteral("demoAction"));
        QVERIFY(demo && !demo->isVisible());
        prefs.offerDemo = true;
        app.apply(prefs);
        QVERIFY(demo->isVisible());
    }

    void mainWindowFollowsTheTheme() {
        Shell shell;
        shell.window->resize(1280, 800);
        QVERIFY(shell.start());
        MainWindow &window = *shell.window;

        AppSettings app;
        Preferences prefs = app.preferences();
        prefs.theme = Preferences::Theme::Dark;
        app.apply(prefs);
        QVERIFY(AppTheme::isDark(window.palette()));
        QVERIFY(AppTheme::isDark(window.spaceDock()->view()->palette()));
        const QPalette tree = window.spaceDock()->view()->palette();
        QVERIFY(tree.color(QPalette::Base).lightnessF() < tree.color(QPalette::Text).lightnessF());
        // A floor, so the chart pages have something to draw in the pictures.
        const QModelIndex campus = window.spaceModel()->index(0, 0);
        const QModelIndex building = window.spaceModel()->index(0, 0, campus);
        const Space *floor = window.spaceModel()->space(window.spaceModel()->index(0, 0, building));
        QVERIFY(floor);
        window.spaceDock()->selectSpaces({floor->id});
        for (int page = 0; page < DashboardPageCount; ++page) {
            window.pageTabs()->setCurrentPage(DashboardPage(page));
            QTest::qWait(qEnvironmentVariableIsSet("DENSITY_SCREENSHOT_DIR") ? 400 : 0);
            saveShot(&window,
                     QStringLiteral("main-dark-%1").arg(dashboardPageName(DashboardPage(page))));
        }
        prefs.theme = Preferences::Theme::System;
        app.apply(prefs);
        QVERIFY(!AppTheme::isDark(window.palette()));
    }

    void languageSwitchRetranslatesAtOnce() {
        // A tiny German translation, built now with lrelease from a .ts file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("density_de.ts"));
        QFile tsFile(ts);
        QVERIFY(tsFile.open(QIODevice::WriteOnly));
        tsFile.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Density::SettingsDialog</name>
<message><source>Settings</source><translation>Einstellungen</translation></message>
<message><source>Appearance</source><translation>Darstellung</translation></message>
</context>
<context><name>Density::MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Datei</translation></message>
</context>
</TS>
)");
        tsFile.close();
        QString lrelease =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease");
        if (!QFile::exists(lrelease))
            lrelease = QStringLiteral("/usr/lib/qt6/bin/lrelease");
        QVERIFY2(QFile::exists(lrelease), "lrelease is missing (Debian: qt6-l10n-tools)");
        QProcess process;
        process.start(lrelease, {QStringLiteral("-silent"), ts});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("density_de.qm"))));

        AppLanguage::setSearchPaths({dir.path()});
        const QList<AppLanguage::Language> languages = AppLanguage::available();
        QCOMPARE(languages.size(), 2);
        QCOMPARE(languages.at(0).code, QStringLiteral("en"));
        QCOMPARE(languages.at(1).code, QStringLiteral("de"));
        QCOMPARE(languages.at(1).name, QStringLiteral("Deutsch"));

        // The main window builds its menus once; their texts follow the language.
        DensityClient client;
        MainWindow window(&client);
        QMenu *file = window.menuBar()->actions().first()->menu();
        window.show();
        QCOMPARE(file->title(), QStringLiteral("&File"));

        AppSettings app;
        QSignalSpy languageChanged(&app, &AppSettings::languageChanged);
        SettingsDialog dialog(&app);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        const int german = dialog.languageCombo()->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        dialog.languageCombo()->setCurrentIndex(german);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(languageChanged.size(), 1);
        deliverLanguageChange(); // the next pass of the event loop; no restart
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QCOMPARE(dialog.findChild<QGroupBox *>(QStringLiteral("appearanceBox"))->title(),
                 QStringLiteral("Darstellung"));
        QCOMPARE(file->title(), QStringLiteral("&Datei"));
        QCOMPARE(dialog.languageCombo()->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(Preferences::load().language, QStringLiteral("de"));

        dialog.languageCombo()->setCurrentIndex(
            dialog.languageCombo()->findData(QStringLiteral("en")));
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        deliverLanguageChange();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        QCOMPARE(file->title(), QStringLiteral("&File"));
    }

    void invalidManualProxyIsShownInline() {
        AppSettings app;
        SettingsDialog dialog(&app);
        dialog.show();
        QVERIFY(dialog.messageLabel()->isHidden());
        QVERIFY(!dialog.proxyHostEdit()->isEnabled()); // only with "Manual"

        clickRadio(dialog.proxyModeButton(ProxySettings::Mode::Manual));
        QVERIFY(dialog.proxyHostEdit()->isEnabled());
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("host")));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.applyButton()->isEnabled());

        dialog.proxyHostEdit()->setText(QStringLiteral("proxy.corp.example"));
        dialog.proxyPortSpin()->setValue(0);
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("port")));
        QVERIFY(!dialog.okButton()->isEnabled());
        saveShot(&dialog, QStringLiteral("invalid-proxy"));
        dialog.accept(); // even if called directly, nothing invalid is applied
        QVERIFY(dialog.isVisible());
        QCOMPARE(app.preferences().proxy.mode, ProxySettings::Mode::System);

        dialog.proxyPortSpin()->setValue(3128);
        QVERIFY(dialog.messageLabel()->isHidden());
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.applyButton()->isEnabled());
        // Another mode needs no host.
        dialog.proxyHostEdit()->clear();
        QVERIFY(!dialog.okButton()->isEnabled());
        clickRadio(dialog.proxyModeButton(ProxySettings::Mode::None));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->isHidden());
    }

    void cancelDiscardsChanges() {
        DensityClient client;
        AppSettings app;
        app.setClient(&client);
        QSignalSpy changed(&app, &AppSettings::preferencesChanged);
        const Preferences before = app.preferences();
        const QPalette paletteBefore = QApplication::palette();
        SettingsDialog dialog(&app);
        dialog.show();
        dialog.themeCombo()->setCurrentIndex(int(Preferences::Theme::Dark));
        dialog.timeoutSpin()->setValue(120);
        dialog.demoCheck()->setChecked(false);
        clickRadio(dialog.proxyModeButton(ProxySettings::Mode::None));
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(app.preferences(), before);
        QCOMPARE(Preferences::load(), before);
        QCOMPARE(client.timeoutMs(), before.timeoutSeconds * 1000);
        QCOMPARE(client.proxySettings().mode, ProxySettings::Mode::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 paletteBefore.color(QPalette::Window));
    }

    void restoreDefaults() {
        everythingChanged().save();
        AppSettings app;
        SettingsDialog dialog(&app);
        QTest::mouseClick(dialog.restoreDefaultsButton(), Qt::LeftButton);
        QCOMPARE(dialog.preferences(), Preferences{});
        QCOMPARE(Preferences::load().timeoutSeconds, 75); // not applied until OK / Apply
    }

    void looksRightInLongLanguages() {
        AppSettings app;
        {
            SettingsDialog dialog(&app);
            dialog.show();
            dialog.resize(dialog.sizeHint());
            QTest::qWait(0);
            saveShot(&dialog, QStringLiteral("light"));
            QVERIFY(clippedLabels(&dialog).isEmpty());
        }
        PseudoTranslator translator;
        QCoreApplication::installTranslator(&translator);
        auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        SettingsDialog dialog(&app);
        clickRadio(dialog.proxyModeButton(ProxySettings::Mode::Manual));
        dialog.show();
        dialog.resize(dialog.sizeHint());
        QTest::qWait(0);
        saveShot(&dialog, QStringLiteral("pseudo"));
        const QStringList clipped = clippedLabels(&dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        // Still fits a small laptop screen.
        QVERIFY2(dialog.sizeHint().width() <= 1000, qPrintable(QString::number(dialog.width())));
        QVERIFY2(dialog.sizeHint().height() <= 760, qPrintable(QString::number(dialog.height())));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
