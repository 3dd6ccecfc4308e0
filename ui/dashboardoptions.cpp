#include "dashboardoptions.h"

#include "kiosk/kioskconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace Density {
namespace {

//! Tr::tr() for this file's free functions, in a context lupdate can see (a plain wrapper around
//! QCoreApplication::translate() would be filed under the wrong context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Density::DashboardOptions)
};

} // namespace

DashboardOptions DashboardOptions::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Occupancy dashboard for Density sensors."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Tr::tr("Use the built-in demo portfolio (a simulator on this "
                                         "computer)."));
    QCommandLineOption demoSpaces(QStringLiteral("demo-spaces"),
                                  Tr::tr("Number of spaces in the demo portfolio."),
                                  QStringLiteral("count"));
    demoSpaces.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption demoNow(QStringLiteral("demo-now"),
                               Tr::tr("The demo's fixed time (ISO 8601, UTC) instead of now."),
                               Tr::tr("time"));
    demoNow.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption demoFaults(
        QStringLiteral("demo-faults"),
        Tr::tr("Make the demo simulator misbehave, to see how the dashboard copes, for example "
               "\"latency=300,errors=0.1,ws-drop=30\" or \"ghost-time\" (density-sim --help lists "
               "them)."),
        QStringLiteral("spec"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     Tr::tr("API server address (the token comes from the "
                                            "DENSITY_TOKEN environment variable)."),
                                     QStringLiteral("url"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        Tr::tr("Open this page: %1.").arg(dashboardPageNames().join(QStringLiteral(", "))),
        QStringLiteral("page"));
    const QCommandLineOption space(QStringLiteral("space"),
                                   Tr::tr("Select this space id (repeat it or separate ids with "
                                          "commas to compare up to 8)."),
                                   QStringLiteral("id"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       Tr::tr("Quit after this many seconds (for smoke tests)."),
                                       QStringLiteral("seconds"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        Tr::tr("Save the window as a PNG file once it has loaded, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption setKioskPin(
        QStringLiteral("set-kiosk-pin"),
        Tr::tr("Read the PIN that leaves the kiosk from standard input, store its salted hash and "
               "quit (an empty line removes it)."));
    const QCommandLineOption locale(
        QStringLiteral("locale"),
        Tr::tr("Interface language for this run, e.g. de, fr, es, ja (default: Settings, which "
               "follow the system)."),
        Tr::tr("code"));
    parser.addOption(locale);
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        Tr::tr("Run as a locked full-screen wall display of the configured floors (signs in with "
               "display credentials; with --demo, the demo's)."));
    const QCommandLineOption kioskFloors(
        QStringLiteral("kiosk-floors"),
        Tr::tr("Floors the kiosk rotates through, comma separated (default: the settings, or the "
               "first building's floors)."),
        Tr::tr("ids"));
    const QCommandLineOption rotateSeconds(QStringLiteral("rotate-seconds"),
                                           Tr::tr("Seconds each kiosk floor stays on screen."),
                                           Tr::tr("seconds"));
    const QCommandLineOption displayId(
        QStringLiteral("display-id"),
        Tr::tr("The display id the kiosk signs in with (overrides its connection's)."),
        Tr::tr("id"));
    parser.addOptions({kiosk, kioskFloors, rotateSeconds, displayId});
    parser.addOptions({setKioskPin, demo, demoSpaces, demoNow, demoFaults, baseUrl, view, space,
                       quitAfter, screenshot});

    DashboardOptions options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.helpRequested = parser.isSet(help);
    options.versionRequested = parser.isSet(version);
    if (!parser.positionalArguments().isEmpty()) {
        options.error =
            Tr::tr("Unexpected argument: %1.").arg(parser.positionalArguments().first());
        return options;
    }
    options.demo = parser.isSet(demo);
    if (parser.isSet(locale)) {
        options.locale = parser.value(locale).trimmed();
        const QLocale parsed(options.locale);
        if (options.locale.isEmpty() || parsed.language() == QLocale::C) {
            options.error = Tr::tr("Unknown language \"%1\" for --locale; use a code such as de, "
                                   "fr, es or ja.")
                                .arg(options.locale);
            return options;
        }
    }
    options.setKioskPin = parser.isSet(setKioskPin);
    options.kiosk = parser.isSet(kiosk);
    for (const QString &value : parser.values(kioskFloors))
        options.kioskFloors += KioskConfig::parseIdList(value);
    options.kioskFloors.removeDuplicates();
    if (parser.isSet(rotateSeconds)) {
        bool ok = false;
        options.rotateSeconds = parser.value(rotateSeconds).toInt(&ok);
        if (!ok || options.rotateSeconds < KioskConfig::MinRotateSeconds ||
            options.rotateSeconds > KioskConfig::MaxRotateSeconds) {
            options.error = Tr::tr("--rotate-seconds needs a whole number from %1 to %2.")
                                .arg(KioskConfig::MinRotateSeconds)
                                .arg(KioskConfig::MaxRotateSeconds);
            return options;
        }
    }
    options.displayId = parser.value(displayId).trimmed();
    const bool kioskOnly = !options.kioskFloors.isEmpty() || parser.isSet(rotateSeconds) ||
                           !options.displayId.isEmpty();
    if (kioskOnly && !options.kiosk) {
        options.error = Tr::tr("--kiosk-floors, --rotate-seconds and --display-id need --kiosk.");
        return options;
    }
    if (parser.isSet(demoNow)) {
        options.demoNow = QDateTime::fromString(parser.value(demoNow), Qt::ISODate).toUTC();
        if (!options.demoNow.isValid()) {
            options.error =
                Tr::tr("--demo-now needs a date and time such as 2026-11-25T15:00:00Z.");
            return options;
        }
    }
    if (parser.isSet(demoSpaces)) {
        bool ok = false;
        options.demoSpaces = parser.value(demoSpaces).toInt(&ok);
        if (!ok || options.demoSpaces < 1) {
            options.error = Tr::tr("--demo-spaces needs a positive number.");
            return options;
        }
    }
    options.demoFaults = parser.value(demoFaults);
    if (parser.isSet(baseUrl))
        options.baseUrl = QUrl(parser.value(baseUrl));
    if (parser.isSet(view)) {
        options.view = dashboardPageFromName(parser.value(view));
        if (!options.view) {
            options.error =
                Tr::tr("Unknown view \"%1\"; use one of: %2.")
                    .arg(parser.value(view), dashboardPageNames().join(QStringLiteral(", ")));
            return options;
        }
    }
    for (const QString &value : parser.values(space)) {
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = id.trimmed();
            if (!trimmed.isEmpty() && !options.spaceIds.contains(trimmed))
                options.spaceIds.append(trimmed);
        }
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options.quitAfterSeconds = parser.value(quitAfter).toDouble(&ok);
        if (!ok || options.quitAfterSeconds <= 0) {
            options.error = Tr::tr("--quit-after needs a number of seconds above 0.");
            return options;
        }
    }
    options.screenshotPath = parser.value(screenshot);
    if (options.kiosk && (options.view || !options.spaceIds.isEmpty()))
        options.error = Tr::tr("--view and --space do not apply to --kiosk; use --kiosk-floors.");
    return options;
}

} // namespace Density
