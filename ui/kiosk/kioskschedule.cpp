#include "kioskschedule.h"

#include <QSettings>
#include <QStringList>

namespace Density {

bool KioskSchedule::isAwakeAt(const QDateTime &local) const {
    const int day = local.date().dayOfWeek() % 7; // Qt: 1 = Monday .. 7 = Sunday
    if (!awakeDays.contains(day))
        return false;
    const QTime t = local.time();
    if (awakeFrom <= awakeUntil)
        return t >= awakeFrom && t < awakeUntil;
    return t >= awakeFrom || t < awakeUntil; // hours that cross midnight
}

KioskSchedule KioskSchedule::fromSettings(QSettings &settings) {
    KioskSchedule s;
    const QString mode = settings.value(QStringLiteral("kiosk/afterHours")).toString();
    if (mode == QLatin1String("dim"))
        s.afterHours = AfterHours::Dim;
    else if (mode == QLatin1String("blank"))
        s.afterHours = AfterHours::Blank;
    const QTime from = QTime::fromString(
        settings.value(QStringLiteral("kiosk/awakeFrom")).toString(), QStringLiteral("HH:mm"));
    const QTime until = QTime::fromString(
        settings.value(QStringLiteral("kiosk/awakeUntil")).toString(), QStringLiteral("HH:mm"));
    if (from.isValid())
        s.awakeFrom = from;
    if (until.isValid())
        s.awakeUntil = until;
    const QString days = settings.value(QStringLiteral("kiosk/awakeDays")).toString();
    if (!days.isEmpty()) {
        QList<int> parsed;
        for (const QString &part : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int d = part.trimmed().toInt(&ok);
            if (ok && d >= 0 && d <= 6)
                parsed.append(d);
        }
        s.awakeDays = parsed;
    }
    s.dimPercent =
        qBound(0, settings.value(QStringLiteral("kiosk/dimPercent"), s.dimPercent).toInt(), 100);
    return s;
}

void KioskSchedule::save(QSettings &settings) const {
    const QString format = QStringLiteral("HH:mm");
    QString mode = QStringLiteral("off");
    if (afterHours == AfterHours::Dim)
        mode = QStringLiteral("dim");
    else if (afterHours == AfterHours::Blank)
        mode = QStringLiteral("blank");
    settings.setValue(QStringLiteral("kiosk/afterHours"), mode);
    settings.setValue(QStringLiteral("kiosk/awakeFrom"), awakeFrom.toString(format));
    settings.setValue(QStringLiteral("kiosk/awakeUntil"), awakeUntil.toString(format));
    QStringList days;
    for (int day : awakeDays)
        days.append(QString::number(day));
    settings.setValue(QStringLiteral("kiosk/awakeDays"), days.join(QLatin1Char(',')));
    settings.setValue(QStringLiteral("kiosk/dimPercent"), dimPercent);
}

} // namespace Density
