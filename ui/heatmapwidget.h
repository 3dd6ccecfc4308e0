#pragma once

#include "analytics/heatmapgrid.h"

#include <QDateTime>
#include <QImage>
#include <QWidget>
#include <optional>

class QPainter;

namespace Density {

//! The Patterns view's "typical week": weekdays down, local hours across, each cell coloured
//! on a perceptually uniform sequential scale (viridis, lightest = lowest) between the grid's
//! outlier-robust bounds. "No data" is hatched grey so it never reads as zero
//! (ARCHITECTURE §3), the current weekday and hour are outlined and labelled "now", and a
//! legend states the scale, the unit and the time zone.
//!
//! All painting goes through one function that takes a size, so the widget, PNG export
//! (renderToImage) and the tests draw exactly the same picture without a visible window.
class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget *parent = nullptr);

    const HeatmapGrid &grid() const { return m_grid; }
    void setGrid(const HeatmapGrid &grid);

    //! The current moment, injected so tests and screenshots are reproducible; the owner
    //! refreshes it (e.g. once a minute). It is converted to the grid's time zone when that
    //! names a valid zone, else used as given. An invalid QDateTime hides the marker.
    QDateTime currentDateTime() const { return m_now; }
    void setCurrentDateTime(const QDateTime &now);

    struct Cell {
        int day = 0; //!< API numbering, 0 = Sunday
        int hour = 0;
        bool operator==(const Cell &other) const { return day == other.day && hour == other.hour; }
        bool operator!=(const Cell &other) const { return !(*this == other); }
    };
    //! The cell the "now" marker is on, if any.
    std::optional<Cell> currentCell() const;

    //! "Tue 09:00–10:00: 4.2 average people (12 weeks)" or "Tue 09:00–10:00: no data", in the
    //! widget's locale (day names, decimal separator, 12/24 h).
    QString cellToolTip(int day, int hour) const;

    //! Where a cell is painted when the heatmap is drawn at `size` (logical pixels).
    QRectF cellRect(int day, int hour, const QSizeF &size) const;
    QRectF cellRect(int day, int hour) const { return cellRect(day, hour, QSizeF(size())); }
    std::optional<Cell> cellAt(const QPointF &position, const QSizeF &size) const;

    //! The heatmap as an image of `size` logical pixels at `devicePixelRatio` (2.0 gives a
    //! sharp export for HiDPI screens and print), in the widget's palette, font and locale.
    QImage renderToImage(const QSize &size, qreal devicePixelRatio = 1.0) const;

    //! The colour scale: 0 = lowest (lightest), 1 = highest; outside values are clamped.
    static QColor scaleColor(double fraction);
    //! Fill of a no-data cell; its hatch lines are noDataHatchColor().
    static QColor noDataColor();
    static QColor noDataHatchColor();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleDescription();
    struct Geometry;
    Geometry geometryFor(const QSizeF &size) const;
    QRectF cellRect(const Geometry &geometry, int day, int hour) const;
    QSize sizeForCells(qreal cellWidthInLines, qreal cellHeightInLines) const;
    void paintHeatmap(QPainter &painter, const QSizeF &size) const;
    void paintCells(QPainter &painter, const Geometry &geometry) const;
    void paintDayLabels(QPainter &painter, const Geometry &geometry) const;
    void paintHourLabels(QPainter &painter, const Geometry &geometry) const;
    void paintNowMarker(QPainter &painter, const Geometry &geometry) const;
    void paintLegend(QPainter &painter, const Geometry &geometry) const;
    void paintEmptyMessage(QPainter &painter, const Geometry &geometry) const;
    static void paintNoDataPattern(QPainter &painter, const QRectF &rect);

    bool uses12HourClock() const;
    QString hourLabel(int hour) const;
    QString hourText(int hour) const;
    QString valueText(double value) const;
    QString timeZoneText() const;
    QColor mutedTextColor() const;

    HeatmapGrid m_grid;
    QDateTime m_now;
};

} // namespace Density
