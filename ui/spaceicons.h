#pragma once

#include <QIcon>
#include <QPalette>

namespace Density {

//! One icon per space type (campus, building, floor, space), drawn in one style and embedded
//! from resources/density.qrc. Unknown types get the plain space icon. Each comes in a light
//! and a dark variant: the dark blue strokes of the light set vanish on a dark background.
class SpaceIcons {
public:
    //! The variant for `palette` (dark when AppTheme::isDark()).
    static QIcon forType(const QString &spaceType, const QPalette &palette);
    //! The variant for the application's palette.
    static QIcon forType(const QString &spaceType);
};

} // namespace Density
