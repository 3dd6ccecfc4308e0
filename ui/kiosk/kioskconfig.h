#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTime>

class QSettings;

namespace Density {

struct DashboardOptions;

//! What the wall screen shows and how it signs in: the settings' kiosk section, overridden by
//! the command line (--kiosk-floors, --rotate-seconds, --display-id). The exit PIN (KioskPin)
//! and the dim schedule (KioskSchedule) live in the same section but belong to the shell.
struct KioskConfig {
    //! Day/night look: the schedule switches between a light and a dark wall theme.
    enum class Theme { Schedule, Light, Dark };

    static constexpr int MinRotateSeconds = 5;
    static constexpr int MaxRotateSeconds = 3600;

    //! Floors to rotate through, in order; empty: the first building's floors.
    QStringList floorIds = {};
    int rotateSeconds = 20;
    //! Connection profile with display credentials; empty: the current profile.
    QString profileId = {};
    //! Overrides the profile's display id (which names this screen to the API) when not empty.
    QString displayId = {};
    Theme theme = Theme::Schedule;
    QTime lightFrom{7, 0}; //!< machine local time
    QTime darkFrom{19, 0};

    //! True when the wall theme at \a local is dark.
    bool isDarkAt(const QDateTime &local) const;

    //! Reads kiosk/floors ("id,id"), kiosk/rotateSeconds, kiosk/profile, kiosk/displayId,
    //! kiosk/theme (schedule|light|dark), kiosk/lightFrom and kiosk/darkFrom ("HH:mm"); missing
    //! or invalid values keep the defaults.
    static KioskConfig fromSettings(QSettings &settings);
    void save(QSettings &settings) const;
    //! The command line wins over the settings.
    void applyOverrides(const DashboardOptions &options);

    //! "a, b,,c" → {"a", "b", "c"}, without duplicates.
    static QStringList parseIdList(const QString &text);
    static QString themeKey(Theme theme);
};

} // namespace Density
