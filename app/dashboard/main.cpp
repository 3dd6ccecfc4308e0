// density-dashboard: command-line parsing and wiring, nothing else.
#include "api/densityclient.h"
#include "auth/credentialstorepolicy.h"
#include "auth/profilestore.h"
#include "auth/tokenprovider.h"
#include "demoserver.h"
#include "kioskmain.h"
#include "ui/applanguage.h"
#include "ui/appsettings.h"
#include "ui/dashboardoptions.h"
#include "ui/kiosk/kioskpin.h"
#include "ui/mainwindow.h"
#include "ui/profilecontroller.h"
#include "ui/sessionsettings.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Density;

namespace {

void nameApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("Density Dashboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Density Dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DENSITY_VERSION));
}

//! --help and --version print and quit; they must work without a display (package checks,
//! ssh sessions), so they are answered before a QApplication looks for one.
bool asksOnlyForText(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

int printTextAnswer(int argc, char *argv[]) {
    QCoreApplication core(argc, argv);
    nameApplication();
    const DashboardOptions options = DashboardOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }
    const QString text =
        options.helpRequested
            ? options.helpText
            : QStringLiteral("density-dashboard %1\n").arg(QCoreApplication::applicationVersion());
    std::fputs(qPrintable(text), stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    if (asksOnlyForText(argc, argv))
        return printTextAnswer(argc, argv);
    QApplication app(argc, argv);
    nameApplication();

    const DashboardOptions options = DashboardOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }

    if (options.setKioskPin) {
        QTextStream in(stdin);
        const QString pin = in.readLine().trimmed();
        if (!pin.isEmpty() && pin.size() < 4) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                             "main", "The kiosk PIN needs at least 4 characters.")));
            return 2;
        }
        KioskPin::set(pin); // an empty PIN clears it
        std::fprintf(stdout, "%s\n",
                     qPrintable(pin.isEmpty()
                                    ? QApplication::translate("main", "The kiosk PIN was removed.")
                                    : QApplication::translate("main", "The kiosk PIN was set.")));
        return 0;
    }

    QString faultError;
    const std::optional<Sim::FaultOptions> demoFaults =
        Sim::FaultOptions::parse(options.demoFaults, &faultError);
    if (!demoFaults) {
        std::fprintf(stderr, "--demo-faults: %s\n", qPrintable(faultError));
        return 2;
    }
    if (options.kiosk)
        return runKiosk(options, *demoFaults);

    DensityClient client;
    // Profiles are listed at once; their secrets wait for the credential store chosen below.
    ProfileStore profileStore(nullptr);
    std::unique_ptr<CredentialStore> secrets;
    AppSettings settings; // language, theme, proxy and timeout before the first window shows
    settings.setClient(&client);
    settings.applyAll();
    if (!options.locale.isEmpty())
        AppLanguage::apply(options.locale);
    MainWindow window(&client);
    window.setAppSettings(&settings);
    DemoServer demo;
    // The demo is the real client speaking real HTTP to the simulator on loopback.
    window.setDemoStarter(
        [&demo, spaces = options.demoSpaces, faults = *demoFaults, fixedNow = options.demoNow] {
            Sim::SimOptions simOptions;
            // The demo shows "now", not the tests' fixed instant (unless asked for one).
            simOptions.followWallClock = !fixedNow.isValid();
            if (fixedNow.isValid())
                simOptions.now = fixedNow;
            simOptions.faults = faults;
            if (spaces > 0)
                simOptions.spaces = spaces;
            if (!demo.start(simOptions))
                return MainWindow::DemoServer{
                    {}, {}, QApplication::translate("main", "The demo server could not start.")};
            // The demo signs in as the simulator's OAuth client, like a real machine-to-machine
            // integration, so every admin page (users included) works on it.
            return MainWindow::DemoServer{demo.baseUrl(),
                                          simOptions.staticTokens.value(0),
                                          {},
                                          simOptions.clientId,
                                          simOptions.clientSecret};
        });
    window.setInitialView(options.view, options.spaceIds);
    if (!options.screenshotPath.isEmpty()) {
        QObject::connect(&window, &MainWindow::ready, &app, [&window, &options] {
            // Let layouts settle and the tree paint before grabbing.
            QTimer::singleShot(500, &window, [&window, &options] {
                if (!window.saveScreenshot(options.screenshotPath))
                    std::fprintf(stderr, "could not write %s\n",
                                 qPrintable(options.screenshotPath));
                QApplication::quit();
            });
        });
    }
    window.show();

    // The token comes from the environment, never the command line (it would show in ps) and
    // never from settings (only the base URL is stored until the keychain work lands).
    const QUrl baseUrl = options.baseUrl.value_or(SessionSettings::baseUrl());
    const QString token = qEnvironmentVariable("DENSITY_TOKEN");
    window.profiles()->setStore(&profileStore, QString());
    if (options.demo) {
        window.startDemo(); // the simulator's credentials; no keychain needed
    } else {
        const bool fromEnvironment = baseUrl.isValid() && !token.isEmpty();
        if (fromEnvironment)
            window.connectAccount(baseUrl, std::make_unique<StaticTokenProvider>(token));
        else {
            if (options.baseUrl)
                window.setSuggestedBaseUrl(*options.baseUrl);
            window.showWelcome();
        }
        // The system keychain if there is one; otherwise secrets stay for this session (or go
        // to a plain file only after the user opted in), and the menu says so. The callbacks
        // run later, from the event loop: this block's locals are captured by value.
        const auto useStore = [&secrets, &profileStore, &settings,
                               &window](std::unique_ptr<CredentialStore> store,
                                        const CredentialStoreChoice &choice) {
            secrets = std::move(store);
            profileStore.setCredentialStore(secrets.get());
            settings.setCredentialStore(secrets.get());
            window.profiles()->setStore(&profileStore, choice.notice);
        };
        CredentialStorePolicy::open(
            profileStore.insecureFileOptIn(),
            [useStore, &window, openSaved = !fromEnvironment && !options.baseUrl](
                std::unique_ptr<CredentialStore> store, const CredentialStoreChoice &choice) {
                useStore(std::move(store), choice);
                if (openSaved)
                    window.profiles()->openCurrent();
            });
        // Opting in to (or out of) the plain file chooses the store again. Secrets held by the
        // session-only store are not copied over: connecting again saves them.
        QObject::connect(window.profiles(), &ProfileController::insecureStorageRequested, &window,
                         [useStore](bool optIn) { CredentialStorePolicy::open(optIn, useStore); });
    }

    if (options.quitAfterSeconds > 0)
        QTimer::singleShot(int(options.quitAfterSeconds * 1000), &window, &QWidget::close);
    return app.exec();
}
