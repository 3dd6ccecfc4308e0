#include "simaccesslog.h"

#include "simlog.h"

namespace Density::Sim {

SimAccessLog::SimAccessLog(const QString &path)
    : m_file(path) {
    if (path.isEmpty())
        return;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        qCWarning(lcDensitySim) << "cannot open access log" << path << m_file.errorString();
}

void SimAccessLog::write(const QByteArray &method, const QString &path, int status,
                         qint64 milliseconds) {
    if (!m_file.isOpen())
        return;
    QByteArray line = method;
    line += ' ';
    line += path.toUtf8();
    line += ' ';
    line += QByteArray::number(status);
    line += ' ';
    line += QByteArray::number(milliseconds);
    line += '\n';
    m_file.write(line);
    m_file.flush();
}

} // namespace Density::Sim
