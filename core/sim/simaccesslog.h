#pragma once

#include <QFile>
#include <QString>

namespace Density::Sim {

//! One line per request, "METHOD PATH STATUS MILLISECONDS" (path without query string, so no
//! parameter values end up in the log), appended and flushed so tail -f works.
class SimAccessLog {
public:
    explicit SimAccessLog(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    void write(const QByteArray &method, const QString &path, int status, qint64 milliseconds);

private:
    QFile m_file;
};

} // namespace Density::Sim
