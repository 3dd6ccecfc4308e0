#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace Density {

//! When a page loads: only while it is shown, and once per burst of changes. A new selection
//! and the query that follows it arrive as two calls; both fold into one load on the next turn
//! of the event loop. A hidden page supersedes its running load at once (an answer for the old
//! selection would only be thrown away) and loads when it is shown again.
class VisibleLoader : public QObject {
    Q_OBJECT
public:
    //! `start` runs the page's load; `supersedeWhileHidden` drops a load the change made
    //! pointless while the page is hidden.
    VisibleLoader(QWidget *page, std::function<void()> start,
                  std::function<void()> supersedeWhileHidden);

    //! Something the load depends on changed.
    void schedule();
    //! Load when next shown (a refresh asked for while hidden).
    void markStale() { m_stale = true; }
    //! Call first thing in the page's load.
    void started();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_supersedeWhileHidden;
    QTimer m_timer;
    bool m_stale = true;
};

} // namespace Density
