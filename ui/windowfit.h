#pragma once

class QWidget;

namespace Density {

//! Top-level windows do not follow height-for-width: grows `window` until every wrapped line
//! of its layout shows (field messages come and go as the user types).
void growToFitHeight(QWidget *window);

} // namespace Density
