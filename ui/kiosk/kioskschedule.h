#pragma once

#include <QDateTime>
#include <QList>
#include <QTime>

class QSettings;

namespace Density {

//! When the wall screen is "awake" and what it does outside those hours. Days follow the API's
//! convention (0 = Sunday); times are the machine's local time.
struct KioskSchedule {
    enum class AfterHours { Off, Dim, Blank };

    AfterHours afterHours = AfterHours::Off;
    QTime awakeFrom{7, 0};
    QTime awakeUntil{20, 0};
    QList<int> awakeDays{1, 2, 3, 4, 5};
    int dimPercent = 75; //!< how much darker the dimmed screen is

    //! True when \a local falls inside the awake hours on an awake day.
    bool isAwakeAt(const QDateTime &local) const;

    //! Reads kiosk/afterHours (off|dim|blank), kiosk/awakeFrom, kiosk/awakeUntil ("HH:mm"),
    //! kiosk/awakeDays ("1,2,3,4,5") and kiosk/dimPercent; missing keys keep the defaults.
    static KioskSchedule fromSettings(QSettings &settings);
    //! Writes the keys fromSettings() reads, so a saved schedule reads back unchanged (except
    //! an empty awakeDays, which fromSettings() reads as "unset": the default weekdays).
    void save(QSettings &settings) const;
};

} // namespace Density
