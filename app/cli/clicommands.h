#pragma once

#include "clicommand.h"

namespace Density::Cli {

//! Every command, in the order help lists them. Built on first use (the strings are
//! translated, so QCoreApplication must exist).
const QList<CommandSpec> &commandTable();

// One function per command family, each in its own file.
QList<CommandSpec> accessCommands();
QList<CommandSpec> resourceCommands();
QList<CommandSpec> sensorCommands();
QList<CommandSpec> userCommands();
QList<CommandSpec> analyticsCommands();
QList<CommandSpec> liveCommands();
QList<CommandSpec> streamCommands();
QList<CommandSpec> profileCommands();

struct CommandMatch {
    const CommandSpec *command = nullptr;
    qsizetype consumed = 0; //!< words that named the command
    QString group;          //!< set when the words named a group ("spaces") but no command
    QString error;          //!< set when no command matched
};

CommandMatch findCommand(const QStringList &words);

QString toolHelp();
QString groupHelp(const QString &group);
QString commandHelp(const CommandSpec &command);

} // namespace Density::Cli
