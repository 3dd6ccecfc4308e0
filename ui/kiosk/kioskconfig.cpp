#include "kioskconfig.h"

#include "ui/dashboardoptions.h"

#include <QSettings>

namespace Density {

namespace {

const QString TimeFormat = QStringLiteral("HH:mm");

QTime readTime(QSettings &settings, const QString &key, QTime fallback) {
    const QTime time = QTime::fromString(settings.value(key).toString(), TimeFormat);
    return time.isValid() ? time : fallback;
}

} // namespace

bool KioskConfig::isDarkAt(const QDateTime &local) const {
    switch (theme) {
    case Theme::Light:
        return false;
    case Theme::Dark:
        return true;
    case Theme::Schedule:
        break;
    }
    const QTime t = local.time();
    if (lightFrom == darkFrom)
        return false;
    if (lightFrom < darkFrom)
        return !(t >= lightFrom && t < darkFrom);
    return t >= darkFrom && t < lightFrom; // a "day" that crosses midnight
}

QStringList KioskConfig::parseIdList(const QString &text) {
    QStringList ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString KioskConfig::themeKey(Theme theme) {
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::Schedule:
        break;
    }
    return QStringLiteral("schedule");
}

KioskConfig KioskConfig::fromSettings(QSettings &settings) {
    KioskConfig config;
    config.floorIds = parseIdList(settings.value(QStringLiteral("kiosk/floors")).toString());
    bool ok = false;
    const int rotate = settings.value(QStringLiteral("kiosk/rotateSeconds")).toInt(&ok);
    if (ok && rotate >= MinRotateSeconds && rotate <= MaxRotateSeconds)
        config.rotateSeconds = rotate;
    config.profileId = settings.value(QStringLiteral("kiosk/profile")).toString();
    config.displayId = settings.value(QStringLiteral("kiosk/displayId")).toString().trimmed();
    const QString theme = settings.value(QStringLiteral("kiosk/theme")).toString();
    if (theme == themeKey(Theme::Light))
        config.theme = Theme::Light;
    else if (theme == themeKey(Theme::Dark))
        config.theme = Theme::Dark;
    config.lightFrom = readTime(settings, QStringLiteral("kiosk/lightFrom"), config.lightFrom);
    config.darkFrom = readTime(settings, QStringLiteral("kiosk/darkFrom"), config.darkFrom);
    return config;
}

void KioskConfig::save(QSettings &settings) const {
    settings.setValue(QStringLiteral("kiosk/floors"), floorIds.join(QLatin1Char(',')));
    settings.setValue(QStringLiteral("kiosk/rotateSeconds"), rotateSeconds);
    settings.setValue(QStringLiteral("kiosk/profile"), profileId);
    settings.setValue(QStringLiteral("kiosk/displayId"), displayId);
    settings.setValue(QStringLiteral("kiosk/theme"), themeKey(theme));
    settings.setValue(QStringLiteral("kiosk/lightFrom"), lightFrom.toString(TimeFormat));
    settings.setValue(QStringLiteral("kiosk/darkFrom"), darkFrom.toString(TimeFormat));
}

void KioskConfig::applyOverrides(const DashboardOptions &options) {
    if (!options.kioskFloors.isEmpty())
        floorIds = options.kioskFloors;
    if (options.rotateSeconds > 0)
        rotateSeconds = options.rotateSeconds;
    if (!options.displayId.isEmpty())
        displayId = options.displayId;
}

} // namespace Density
