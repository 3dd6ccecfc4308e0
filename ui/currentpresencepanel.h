#pragma once

#include "model/space.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;
class QTableView;

namespace Density {

class CurrentPresenceModel;
class DensityClient;

//! The Overview's "right now" panel: for one space, each child space (a building's floors, a
//! floor's rooms; a room itself) as occupied, available or unknown with its count, its last
//! hour and the time of the reading. It loads only while shown and refreshes every minute then;
//! a new space supersedes the running load. Failures read as a sentence inside the panel and
//! leave the rows Unknown, never Available.
class CurrentPresencePanel : public QFrame {
    Q_OBJECT
public:
    static constexpr int DefaultRefreshMs = 60 * 1000;

    explicit CurrentPresencePanel(QWidget *parent = nullptr);

    void setClient(DensityClient *client);
    //! `space` heads the panel; `rows` are its children (or the space itself).
    void setSpace(const Space &space, const QList<Space> &rows);
    void clear();
    //! Tests shorten the minute between refreshes.
    void setRefreshInterval(int milliseconds);
    //! True while the minute timer runs (only while shown).
    bool isRefreshScheduled() const { return m_timer.isActive(); }
    //! Loads again now (the Refresh button).
    void refresh();

    CurrentPresenceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *refreshButton() const { return m_refresh; }
    QString titleText() const;
    //! The small print under the title: the deprecated-endpoint fallback, or empty.
    QString noteText() const;
    //! The failure sentence shown in the panel, or empty.
    QString errorText() const;
    QString statusText() const;

Q_SIGNALS:
    void failed(const QString &sentence);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void colourError();
    void loadIfShown();
    void onLoadingChanged(bool loading);
    void onFinished();
    void fitHeight();

    CurrentPresenceModel *m_model;
    QLabel *m_title;
    QPushButton *m_refresh;
    QLabel *m_status;
    QLabel *m_note;
    QLabel *m_error;
    QTableView *m_view;
    QLabel *m_legend;
    QTimer m_timer;
    QList<Space> m_rows;
    QString m_spaceName;
    QString m_timeZone;   //!< the headed space's, for the time basis line
    bool m_dirty = false; //!< a new space arrived while hidden: load when shown
};

} // namespace Density
