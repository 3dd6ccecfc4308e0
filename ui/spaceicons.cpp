#include "spaceicons.h"

#include "apptheme.h"

#include <QApplication>
#include <QHash>

//! The .qrc lives in a static library: its registration must be pulled in explicitly, and
//! Q_INIT_RESOURCE only works outside any namespace (an anonymous one included).
static void initDensityResources() {
    static const bool done = [] {
        Q_INIT_RESOURCE(density);
        return true;
    }();
    Q_UNUSED(done)
}

namespace Density {

QIcon SpaceIcons::forType(const QString &spaceType, const QPalette &palette) {
    initDensityResources();
    // QIcon is implicitly shared; caching keeps 50,000 rows from re-reading the SVG files.
    static QHash<QString, QIcon> light;
    static QHash<QString, QIcon> dark;
    const bool isDark = AppTheme::isDark(palette);
    QHash<QString, QIcon> &cache = isDark ? dark : light;
    auto found = cache.constFind(spaceType);
    if (found != cache.constEnd())
        return found.value();
    const bool known = spaceType == QLatin1String("campus") ||
                       spaceType == QLatin1String("building") ||
                       spaceType == QLatin1String("floor");
    const QString name = known ? spaceType : QStringLiteral("space");
    const QIcon icon(QStringLiteral(":/density/icons/space-%1%2.svg")
                         .arg(name, isDark ? QStringLiteral("-dark") : QString()));
    cache.insert(spaceType, icon);
    return icon;
}

QIcon SpaceIcons::forType(const QString &spaceType) {
    return forType(spaceType, QApplication::palette());
}

} // namespace Density
