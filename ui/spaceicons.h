#pragma once

#include <QIcon>

namespace Density {

//! One icon per space type (campus, building, floor, space), drawn in one style and embedded
//! from resources/density.qrc. Unknown types get the plain space icon.
class SpaceIcons {
public:
    static QIcon forType(const QString &spaceType);
};

} // namespace Density
