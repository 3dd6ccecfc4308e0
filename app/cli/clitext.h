#pragma once

#include <QCoreApplication>

namespace Density::Cli {

//! One translation context ("Density::Cli") for every user-visible string of density-cli, so
//! lupdate finds them as `Text::tr(...)` in free functions too.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Density::Cli)
};

} // namespace Density::Cli
