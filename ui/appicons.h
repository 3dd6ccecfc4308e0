#pragma once

#include "model/health.h"
#include "model/liveframe.h"

#include <QIcon>
#include <QPalette>

class QAction;

//! The application icon and the status and action icons, drawn in the style of the space-type
//! icons (SpaceIcons) and embedded from resources/density.qrc. Status and action icons come in
//! a light and a dark variant: the dark blue strokes of the light set vanish on a dark window.
//! The functions without a palette pick the variant for the application's palette, so call
//! them again after a theme switch (QEvent::PaletteChange), or bind actions with
//! setActionIcon(), which does that by itself.
namespace Density::AppIcons {

enum class Action { Refresh, Export, Connect, Settings };

//! The product icon (packaging/icons): its 16 and 24 px drawings for small sizes, the full
//! drawing above. The same in both themes: it brings its own background.
QIcon application();

QIcon health(HealthStatus status, const QPalette &palette);
QIcon health(HealthStatus status);

//! Shapes differ per state (check, person, question mark), not only colours.
QIcon availability(Availability availability, const QPalette &palette);
QIcon availability(Availability availability);

QIcon action(Action name, const QPalette &palette);
QIcon action(Action name);

//! Gives `target` the icon for `name` now and again whenever the application palette changes,
//! for as long as `target` lives.
void setActionIcon(QAction *target, Action name);

//! The resource path of a status or action icon (":/density/icons/health-offline-dark.svg").
QString healthPath(HealthStatus status, bool dark);
QString availabilityPath(Availability availability, bool dark);
QString actionPath(Action name, bool dark);

} // namespace Density::AppIcons
