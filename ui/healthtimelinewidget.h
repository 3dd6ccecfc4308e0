#pragma once

#include "analytics/healthtimeline.h"

#include <QTimeZone>
#include <QWidget>

namespace Density {

//! Health history of several sensors as a timeline: one row per sensor (serial number on the
//! left), one coloured band per status over a shared time axis in local time. The status reads
//! without colour too: offline is cross-hatched, degraded striped, unknown dotted, and the
//! legend and the hover tooltip say it in words.
class HealthTimelineWidget : public QWidget {
    Q_OBJECT
public:
    struct Row {
        QString label; //!< serial number
        QList<HealthSegment> segments;
    };

    explicit HealthTimelineWidget(QWidget *parent = nullptr);

    void setRange(const TimeRange &range);
    TimeRange range() const { return m_range; }
    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    //! Shown instead of the rows ("Select sensors…", "Loading…", an error).
    void setMessage(const QString &message);
    QString message() const { return m_message; }
    //! The zone the axis and tooltips use (the user's own; sensors belong to no single space).
    void setTimeZone(const QTimeZone &zone);

    //! The tooltip text at a point in widget coordinates (empty outside a segment).
    QString toolTipAt(const QPoint &pos) const;
    //! The segment under a point, or nullptr.
    const HealthSegment *segmentAt(const QPoint &pos, int *row = nullptr) const;

    static QString statusText(const HealthSegment &segment);
    static QString durationText(qint64 seconds);
    //! "2026-11-21 11:32" in `zone`: unambiguous in every language, like the table's times.
    static QString timeText(const QDateTime &at, const QTimeZone &zone);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    //! Paints into an image at the widget's width and its natural height (exports).
    QImage renderToImage(qreal devicePixelRatio) const;

    //! The row at a point in widget coordinates (label or band), or -1.
    int rowAt(const QPoint &pos) const;

Q_SIGNALS:
    //! A row (its label or band) was clicked: the page shows that sensor's details.
    void rowClicked(int row);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateAccessibleDescription();
    struct Geometry {
        QRect plot; //!< the bands' area (all rows)
        int rowHeight = 0;
        int labelWidth = 0;
        int legendTop = 0;
    };
    Geometry geometry(const QSize &size) const;
    int naturalHeight() const;
    void paint(QPainter &painter, const QSize &size) const;
    double xOf(const QDateTime &at, const QRect &plot) const;

    TimeRange m_range;
    QList<Row> m_rows;
    QString m_message;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Density
