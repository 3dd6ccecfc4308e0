#include "spaceicons.h"

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

QIcon SpaceIcons::forType(const QString &spaceType) {
    initDensityResources();
    // QIcon is implicitly shared; caching keeps 50,000 rows from re-reading the SVG files.
    static QHash<QString, QIcon> cache;
    auto found = cache.constFind(spaceType);
    if (found != cache.constEnd())
        return found.value();
    const bool known = spaceType == QLatin1String("campus") ||
                       spaceType == QLatin1String("building") ||
                       spaceType == QLatin1String("floor");
    const QString name = known ? spaceType : QStringLiteral("space");
    const QIcon icon(QStringLiteral(":/density/icons/space-%1.svg").arg(name));
    cache.insert(spaceType, icon);
    return icon;
}

} // namespace Density
