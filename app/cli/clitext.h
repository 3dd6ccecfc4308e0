#pragma once

#include <QCoreApplication>

namespace Density::Cli {

//! One translation context ("Density::Cli") for every user-visible string of density-cli, so
//! lupdate finds them as `Text::tr(...)` in free functions too.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Density::Cli)
};

//! Option names, JSON keys and CSV headers: ASCII data, not prose, so never translated.
inline QString ascii(const char *text) {
    return QString::fromLatin1(text);
}

} // namespace Density::Cli
