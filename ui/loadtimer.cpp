#include "loadtimer.h"

#include "uilogging.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace Density {

LoadTimer::LoadTimer(QObject *parent)
    : QObject(parent)
    , m_heartbeat(new QTimer(this)) {
    m_heartbeat->setInterval(10);
    m_heartbeat->setTimerType(Qt::PreciseTimer);
    connect(m_heartbeat, &QTimer::timeout, this, &LoadTimer::beat);
}

void LoadTimer::start() {
    cancel();
    m_clock.start();
    m_sinceBeat.start();
    m_readyMs = m_paintMs = -1;
    m_longestStallMs = 0;
    m_heartbeat->start();
}

void LoadTimer::modelReady(QWidget *paintedView) {
    if (!m_clock.isValid())
        return;
    beat();
    m_readyMs = m_clock.elapsed();
    m_view = paintedView;
    if (m_view)
        m_view->installEventFilter(this);
}

void LoadTimer::cancel() {
    m_heartbeat->stop();
    if (m_view)
        m_view->removeEventFilter(this);
    m_view.clear();
    m_clock.invalidate();
}

void LoadTimer::beat() {
    // A stall is the delay beyond the interval: the time the loop was busy elsewhere.
    m_longestStallMs = std::max(m_longestStallMs, m_sinceBeat.restart() - m_heartbeat->interval());
}

bool LoadTimer::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view && event->type() == QEvent::Paint && m_clock.isValid()) {
        beat();
        m_paintMs = m_clock.elapsed();
        const qint64 ready = m_readyMs;
        const qint64 stall = m_longestStallMs;
        cancel();
        qCInfo(lcUi,
               "spaces: model ready after %lld ms, first paint after %lld ms, longest "
               "event-loop stall %lld ms",
               ready, m_paintMs, stall);
        Q_EMIT firstPaint(m_paintMs);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Density
