#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace Density {

//! Measures one load as the user feels it: from the request to the model reset and to the
//! first paint of the view afterwards, plus the longest stall of the event loop in between (a
//! 10 ms heartbeat that arrives late means the window could not repaint or take input).
//! Logged on density.ui; the numbers behind "50,000 spaces load without freezing".
class LoadTimer : public QObject {
    Q_OBJECT
public:
    explicit LoadTimer(QObject *parent = nullptr);

    void start();
    void modelReady(QWidget *paintedView);
    void cancel();

    qint64 readyMs() const { return m_readyMs; }
    qint64 firstPaintMs() const { return m_paintMs; }
    qint64 longestStallMs() const { return m_longestStallMs; }

Q_SIGNALS:
    void firstPaint(qint64 ms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void beat();

    QElapsedTimer m_clock;
    QElapsedTimer m_sinceBeat;
    QTimer *m_heartbeat;
    QPointer<QWidget> m_view;
    qint64 m_readyMs = -1;
    qint64 m_paintMs = -1;
    qint64 m_longestStallMs = 0;
};

} // namespace Density
