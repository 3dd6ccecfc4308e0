#include "kioskwatchdog.h"

#include "api/logging.h"

namespace Density {

KioskWatchdog::KioskWatchdog(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &KioskWatchdog::check);
}

void KioskWatchdog::setCheckIntervalMs(int milliseconds) {
    m_timer.setInterval(milliseconds);
}

void KioskWatchdog::setClock(std::function<QDateTime()> now) {
    m_now = std::move(now);
}

void KioskWatchdog::start() {
    m_lastFrame = m_now();
    m_timer.start();
}

void KioskWatchdog::stop() {
    m_timer.stop();
}

void KioskWatchdog::notifyFrame() {
    m_lastFrame = m_now();
}

void KioskWatchdog::check() {
    const QDateTime now = m_now();
    if (!m_lastFrame.isValid() || m_lastFrame.msecsTo(now) < m_silenceMs)
        return;
    ++m_restarts;
    qCWarning(lcLive) << "no live frame for" << m_lastFrame.msecsTo(now)
                      << "ms; restarting the kiosk's data pipeline (restart" << m_restarts << ")";
    m_lastFrame = now; // give the new pipeline a full interval
    Q_EMIT restartRequested();
}

} // namespace Density
