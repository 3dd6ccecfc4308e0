#pragma once

class QFormLayout;
class QLabel;
class QWidget;

//! The building blocks the settings dialogs share, so their forms behave alike in every
//! language.
namespace Density::DialogLayout {

//! A form whose long (translated) labels go above their field instead of squeezing it.
QFormLayout *form();
//! A word-wrapped explanation in the dimmed placeholder colour, shown under a field.
QLabel *note(QWidget *parent);

} // namespace Density::DialogLayout
