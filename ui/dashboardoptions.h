#pragma once

#include "dashboardpage.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>
#include <optional>

class QCommandLineParser;

namespace Density {

//! density-dashboard's command line, parsed in one testable place so main() stays thin.
struct DashboardOptions {
    bool demo = false;
    int demoSpaces = 0; //!< hidden --demo-spaces N: portfolio size for load tests
    //! --demo-faults SPEC: the demo simulator's faults, in density-sim's --faults syntax (the
    //! app checks the spec, since parsing it belongs to the simulator).
    QString demoFaults;
    //! hidden --demo-now ISO: the demo simulator's fixed "now" (UTC) instead of the wall clock,
    //! for screenshots that show a working day whatever the hour they are taken.
    QDateTime demoNow;
    std::optional<QUrl> baseUrl; //!< --base-url, when given
    //! --locale CODE: the interface language for this run ("de", "ja", "fr_CA"), instead of
    //! the one in Settings (which follows the system unless chosen there). Not saved.
    QString locale;
    std::optional<DashboardPage> view;
    QStringList spaceIds; //!< --space, repeatable or comma separated, in the order given
    double quitAfterSeconds = 0;
    QString screenshotPath;
    //! --set-kiosk-pin: read the wall screen's exit PIN from standard input (never from the
    //! command line, where `ps` would show it), store its salted hash and quit.
    bool setKioskPin = false;
    //! --kiosk: the wall screen instead of the dashboard (see KioskConfig for the rest).
    bool kiosk = false;
    QStringList kioskFloors; //!< --kiosk-floors ID,ID
    int rotateSeconds = 0;   //!< --rotate-seconds N; 0: not given
    QString displayId;       //!< --display-id ID

    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;
    QString error; //!< non-empty: a sentence for the user, exit code 2

    static DashboardOptions parse(const QStringList &arguments);
};

} // namespace Density
