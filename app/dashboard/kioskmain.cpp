#include "kioskmain.h"

#include "auth/credentialstorepolicy.h"
#include "auth/profilestore.h"
#include "demoserver.h"
#include "ui/applanguage.h"
#include "ui/appsettings.h"
#include "ui/apptheme.h"
#include "ui/dashboardoptions.h"
#include "ui/kiosk/kioskapp.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Density;

namespace {

//! The display id the demo's wall screen signs in as.
const QString DemoDisplayId = QStringLiteral("demo-lobby");

//! --screenshot: waits until the shown floor has live data and its busiest hours (at most
//! 15 s), lets the layout settle, saves the window and quits.
void saveScreenshotWhenReady(KioskApp &kiosk, const QString &path) {
    auto *poll = new QTimer(kiosk.shell());
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, kiosk.shell(), [&kiosk, path, poll, waited] {
        const KioskFloorModel *model = kiosk.controller()->currentModel();
        const bool ready =
            model && model->lastUpdated().isValid() && !model->busiestHours().isEmpty();
        *waited += poll->interval();
        if (!ready && *waited < 15000)
            return;
        poll->stop();
        QTimer::singleShot(800, kiosk.shell(), [&kiosk, path] {
            if (!kiosk.shell()->grab().save(path))
                std::fprintf(stderr, "could not write %s\n", qPrintable(path));
            QCoreApplication::exit(0); // quit() would ask the shell, which refuses to close
        });
    });
    poll->start(200);
}

} // namespace

int runKiosk(const DashboardOptions &options, const Sim::FaultOptions &faults) {
    QSettings stored;
    KioskConfig config = KioskConfig::fromSettings(stored);
    config.applyOverrides(options);

    KioskApp kiosk(config);
    AppSettings settings; // language, proxy and timeout; the wall theme is the kiosk's own
    settings.setClient(kiosk.client());
    settings.applyAll();
    if (!options.locale.isEmpty())
        AppLanguage::apply(options.locale);
    AppTheme::apply(Preferences::Theme::Light); // Fusion, which honours the wall palettes
    // QCoreApplication::quit() asks every window to close first, and the shell refuses: leave
    // the event loop directly once the PIN was right (or for --quit-after).
    QObject::connect(&kiosk, &KioskApp::exitRequested, qApp, [] { QCoreApplication::exit(0); });
    kiosk.show();

    DemoServer demo;
    ProfileStore profiles(nullptr);
    std::unique_ptr<CredentialStore> secrets;
    if (options.demo) {
        Sim::SimOptions simOptions;
        simOptions.followWallClock = !options.demoNow.isValid();
        if (options.demoNow.isValid()) {
            simOptions.now = options.demoNow;
            // The wall clock on screen runs from the demo's instant too.
            kiosk.controller()->setClock(
                [start = options.demoNow, timer = QElapsedTimer()]() mutable {
                    if (!timer.isValid())
                        timer.start();
                    return start.addMSecs(timer.elapsed());
                });
        }
        simOptions.faults = faults;
        if (options.demoSpaces > 0)
            simOptions.spaces = options.demoSpaces;
        if (!demo.start(simOptions))
            kiosk.showProblem(QApplication::translate("main", "The demo server could not start."));
        else
            kiosk.start(demo.baseUrl(), simOptions.displayClientId, simOptions.displayClientSecret,
                        DemoDisplayId);
    } else {
        CredentialStorePolicy::open(
            profiles.insecureFileOptIn(),
            [&](std::unique_ptr<CredentialStore> store, const CredentialStoreChoice &) {
                secrets = std::move(store);
                profiles.setCredentialStore(secrets.get());
                kiosk.startFromProfiles(&profiles);
            });
    }

    if (!options.screenshotPath.isEmpty())
        saveScreenshotWhenReady(kiosk, options.screenshotPath);
    if (options.quitAfterSeconds > 0)
        QTimer::singleShot(int(options.quitAfterSeconds * 1000), qApp,
                           [] { QCoreApplication::exit(0); });
    return QApplication::exec();
}
