#pragma once

#include "chartcontent.h"

#include <QChartView>
#include <functional>
#include <optional>

class QAreaSeries;
class QCategoryAxis;
class QLabel;
class QTimer;
class QValueAxis;
class QXYSeries;

namespace Density {

//! The chart of the chart pages. It takes finished data (ChartContent) and does what needs the
//! widget's size: decimates every run to about the plot's pixel width and hands each series its
//! points in one replace() (again after a resize, once it settles), shades bands behind the
//! data, names the bucket under the mouse in a tooltip and centres an overlay text over the
//! plot. The legend belongs to the page: Qt's legend elides long names instead of wrapping.
class MetricChartView : public QChartView {
    Q_OBJECT
public:
    explicit MetricChartView(QWidget *parent = nullptr);

    void setContent(const ChartContent &content);
    const ChartContent &content() const { return m_content; }
    void setToolTipProvider(std::function<QString(double x)> provider);

    //! The line or marker series drawn for a ChartSeriesSpec key (one per run).
    QList<QXYSeries *> seriesFor(const QString &key) const;
    //! The area series of an Area spec or a band key (one per run; one per band).
    QList<QAreaSeries *> areasFor(const QString &key) const;
    //! Points handed to the series of `key` after decimation.
    int drawnPointCount(const QString &key) const;
    //! The width decimation aimed at.
    int plotPixelWidth() const { return m_decimatedWidth; }
    QString overlayText() const;
    QCategoryAxis *axisX() const { return m_axisX; }
    QValueAxis *axisY() const { return m_axisY; }
    //! What the tooltip says at `x` (axis units).
    QString toolTipAt(double x) const;
    //! Rebuilds for the current width now instead of after the resize settles.
    void relayoutNow();
    //! The same, only if a resize is still waiting to be followed.
    void relayoutIfResized();

protected:
    void resizeEvent(QResizeEvent *event) override;
    //! Re-colours the chart (background, axes, grid, point labels) when the theme changes.
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void rebuild();
    void addBand(const ChartBandSpec &band);
    void addSpec(const ChartSeriesSpec &spec, int width);
    void attach(QAbstractSeries *series, const QString &key);
    void placeOverlay();
    int currentPlotWidth() const;

    QChart *m_chart;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_overlay;
    QTimer *m_relayout;
    ChartContent m_content;
    std::function<QString(double)> m_toolTip;
    QMultiHash<QString, QAbstractSeries *> m_byKey;
    int m_decimatedWidth = 0;
    bool m_overlayAtTop = false;
    QString m_shownToolTip;
};

} // namespace Density
