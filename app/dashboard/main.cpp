// density-dashboard: command-line parsing and wiring, nothing else.
#include "api/densityclient.h"
#include "auth/tokenprovider.h"
#include "sim/simserver.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace Density;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Density Dashboard"));
    QApplication::setOrganizationName(QStringLiteral("Density Dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(DENSITY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Occupancy dashboard for Density sensors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Use the built-in demo portfolio."));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"), QApplication::translate("main", "API server address."),
        QStringLiteral("url"), QStringLiteral("https://api.density.io"));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after this many seconds (for smoke tests)."),
        QStringLiteral("seconds"));
    parser.addOptions({demo, baseUrl, quitAfter});
    parser.process(app);

    DensityClient client;
    Sim::SimServer *simulator = nullptr;
    QString connectionName;
    std::unique_ptr<TokenProvider> tokens;
    if (parser.isSet(demo)) {
        // The demo is the real client speaking real HTTP to the simulator on loopback.
        Sim::SimOptions options;
        options.followWallClock = true; // the demo shows "now", not the tests' fixed instant
        simulator = new Sim::SimServer(options, &app);
        if (simulator->listen() == 0) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Density Dashboard"),
                QApplication::translate("main", "The demo server could not start."));
            return 1;
        }
        client.setBaseUrl(simulator->baseUrl());
        tokens = std::make_unique<StaticTokenProvider>(QStringLiteral("tok_demo"));
        connectionName = QApplication::translate("main", "Demo portfolio (simulated)");
    } else {
        // The token comes from the environment, never the command line (it would show in ps).
        const QString problem = client.setBaseUrl(QUrl(parser.value(baseUrl)));
        if (!problem.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Density Dashboard"),
                                  problem);
            return 2;
        }
        tokens = std::make_unique<StaticTokenProvider>(qEnvironmentVariable("DENSITY_TOKEN"));
        connectionName = client.baseUrl().host();
    }
    client.setTokenProvider(tokens.get());

    MainWindow window(&client, connectionName);
    window.show();
    window.reload();
    if (parser.isSet(quitAfter))
        QTimer::singleShot(int(parser.value(quitAfter).toDouble() * 1000), &app,
                           &QApplication::quit);
    return app.exec();
}
