#pragma once

#include "models/kioskfloormodel.h"

#include <QColor>
#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace Density {

class KioskFigure;
class KioskSpaceGrid;

//! One floor on the wall screen, readable from three metres: the floor's name, its local time
//! and date, three big figures (available, occupied, unknown), the spaces by function, today's
//! busiest hours, when the data was last updated, and that this is occupancy, not booking.
//! Everything scales with the window (1 at 1080p); the figures are at least 72 pt there.
//! When the floor goes offline a banner says since when and that the last known state is
//! shown; it disappears by itself when the feed is live again.
class KioskFloorView : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit KioskFloorView(QWidget *parent = nullptr);
    ~KioskFloorView() override;

    //! The offline banner's background and text, the same in both wall themes.
    static QColor bannerColour();
    static QColor bannerTextColour();

    //! Shows \a model (not owned; may be null).
    void setModel(KioskFloorModel *model);
    KioskFloorModel *model() const { return m_model; }
    //! "Floor 2 of 3" in the footer; hidden for a single floor.
    void setPosition(int index, int count);
    void setClock(Clock clock);
    //! Shown in place of the floor's name while there is no model (setup or a problem).
    void setMessage(const QString &message);

    //! 1 at 1920×1080; the smaller of the height and width ratios, so nothing overflows.
    double scale() const { return m_scale; }

    // What the screen says, for tests and accessibility.
    bool isBannerVisible() const;
    QString bannerText() const;
    QString figureText(int availability) const; //!< "12"
    QString figureHint(int availability) const; //!< "last known: 12" while offline
    int figurePixelSize() const;                //!< the big numbers' font size
    QString headerText() const;                 //!< floor name, time, date
    QString footerText() const;                 //!< last updated, not booking, position
    QString busiestText() const;
    KioskSpaceGrid *grid() const { return m_grid; }

public slots:
    //! Re-reads the model and the clock (the model's changed() and a 1-second timer call it).
    void refresh();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void applyScale();
    void retranslate();
    QString localTime(const QDateTime &utc, bool withDate) const;

    QPointer<KioskFloorModel> m_model;
    Clock m_clock;
    double m_scale = 1;
    int m_index = 0;
    int m_count = 1;
    QString m_message;

    QWidget *m_banner = nullptr;
    QLabel *m_bannerTitle = nullptr;
    QLabel *m_bannerDetail = nullptr;
    QLabel *m_floorName = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_date = nullptr;
    QWidget *m_leftColumn = nullptr;
    KioskFigure *m_figures[3] = {};
    QLabel *m_busiestTitle = nullptr;
    QLabel *m_busiest = nullptr;
    QLabel *m_busiestNote = nullptr;
    KioskSpaceGrid *m_grid = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_notBooking = nullptr;
    QLabel *m_position = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace Density
