#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace Density {

//! The kiosk's last line of defence: LiveFeed heals most faults itself, but a wall screen runs
//! for months, so if no frame at all arrives for `silenceMs` the whole data pipeline is rebuilt
//! (restartRequested) and the restart is counted. The clock and both intervals are injectable.
class KioskWatchdog : public QObject {
    Q_OBJECT
public:
    explicit KioskWatchdog(QObject *parent = nullptr);

    //! Silence that triggers a restart (default 5 minutes).
    void setSilenceMs(int milliseconds) { m_silenceMs = milliseconds; }
    int silenceMs() const { return m_silenceMs; }
    //! How often the silence is checked (default 10 s).
    void setCheckIntervalMs(int milliseconds);
    void setClock(std::function<QDateTime()> now);

    //! Starts watching; the silence is counted from now.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    //! A frame arrived: the pipeline is alive.
    void notifyFrame();
    //! Checks once (the timer calls this; tests with a fake clock may too).
    void check();

    int restarts() const { return m_restarts; }
    QDateTime lastFrameAt() const { return m_lastFrame; }

Q_SIGNALS:
    void restartRequested();

private:
    std::function<QDateTime()> m_now;
    QTimer m_timer;
    QDateTime m_lastFrame;
    int m_silenceMs = 5 * 60 * 1000;
    int m_restarts = 0;
};

} // namespace Density
