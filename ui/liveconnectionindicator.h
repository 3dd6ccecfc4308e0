#pragma once

#include "live/livefeed.h"

#include <QColor>
#include <QWidget>

class QLabel;

namespace Density {

//! The state of a live feed in a glance: a symbol, a word and a colour together (colour is
//! never the only cue), with the reason for reconnecting or failing in the tooltip. Wall-screen
//! viewers must tell "live" from "last known state" from two metres away.
class LiveConnectionIndicator : public QWidget {
    Q_OBJECT
public:
    explicit LiveConnectionIndicator(QWidget *parent = nullptr);

    void setState(LiveFeed::State state, const QString &reason = QString());
    LiveFeed::State state() const { return m_state; }
    //! What the indicator reads, symbol included ("● Live").
    QString text() const;

    //! A symbol per state that still tells them apart in greyscale.
    static QString symbol(LiveFeed::State state);
    static QString label(LiveFeed::State state);
    //! Mid-luminance colours that stay readable on light and dark windows.
    static QColor colour(LiveFeed::State state);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    LiveFeed::State m_state = LiveFeed::State::Idle;
    QString m_reason;
    QLabel *m_symbol;
    QLabel *m_text;
};

} // namespace Density
