#include "clioutput.h"

#include "clitext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Density::Cli {
namespace {

//! Shorter strings could match ordinary words of a message and garble it; real tokens and
//! secrets are far longer.
constexpr qsizetype MinimumSecretLength = 6;

void writeTo(std::FILE *stream, const QByteArray &bytes) {
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

void filterQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        writeTo(stderr, QByteArrayLiteral("density-cli: ") + message.simplified().toUtf8() + '\n');
}

} // namespace

void installQtMessageFilter() {
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qInstallMessageHandler(filterQtMessage);
}

QByteArray jsonText(const QJsonValue &value) {
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    // QJsonDocument holds only objects and arrays: serialise inside one and strip it.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2) + '\n';
}

void Output::setSecrets(const QStringList &secrets) {
    m_secrets.clear();
    for (const QString &secret : secrets) {
        if (secret.size() >= MinimumSecretLength)
            m_secrets.append(secret);
    }
}

QString Output::redact(QString text) const {
    for (const QString &secret : m_secrets)
        text.replace(secret, QLatin1String("***"));
    return text;
}

void Output::result(const Rendered &rendered, OutputFormat format) {
    writeTo(stdout, format == OutputFormat::Csv ? rendered.table.toCsv() : jsonText(rendered.json));
}

void Output::text(const QString &text) {
    writeTo(stdout, text.toUtf8());
}

bool Output::line(const QByteArray &line) {
    const std::size_t written = std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    return std::fflush(stdout) == 0 && written == std::size_t(line.size());
}

void Output::error(const QString &message) {
    writeStderr(QLatin1String("density-cli: ") + message);
}

void Output::warning(const QString &message) {
    writeStderr(QLatin1String("density-cli: ") + Text::tr("warning: %1").arg(message));
}

void Output::writeStderr(const QString &line) {
    // One line per message: a multi-line server text must not break scripts reading stderr.
    QString single = redact(line).simplified();
    writeTo(stderr, single.toUtf8() + '\n');
}

} // namespace Density::Cli
