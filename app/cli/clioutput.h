#pragma once

#include "clioptions.h"
#include "clirender.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace Density::Cli {

//! Pretty JSON for any value; a bare string or number (the hello greeting) is written as a
//! JSON scalar, which RFC 8259 allows at the top level.
QByteArray jsonText(const QJsonValue &value);

//! Qt's own warnings (e.g. "device not open" from an aborted network reply) would break the
//! one-line error contract scripts rely on, so they are dropped — unless QT_LOGGING_RULES asks
//! for logging, which is how a user turns on the density.api request log.
void installQtMessageFilter();

//! stdout carries results and help only; stderr carries one line per error or warning. Every
//! stderr line is scrubbed of the secrets we were given, whatever produced the message.
class Output {
public:
    void setSecrets(const QStringList &secrets);
    QString redact(QString text) const;

    void result(const Rendered &rendered, OutputFormat format);
    void text(const QString &text);
    //! One line of a stream (JSON Lines), flushed at once so a pipe sees it as it happens.
    //! False once stdout is gone (`| head` has quit): Qt's sockets ignore SIGPIPE, so the
    //! program would otherwise stream into a closed pipe forever.
    bool line(const QByteArray &line);
    //! `density-cli: <message>` as one line.
    void error(const QString &message);
    void warning(const QString &message);

private:
    void writeStderr(const QString &line);

    QStringList m_secrets;
};

} // namespace Density::Cli
