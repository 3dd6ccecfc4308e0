#pragma once

#include "metricchartbuilder.h"

#include <QColor>
#include <QLocale>
#include <QString>

namespace Density {

//! One thing the chart draws from data: a line or an area (as runs with gaps between them), or
//! a set of markers. `runs` hold every point; the view decimates them to its width.
struct ChartSeriesSpec {
    enum class Kind { Line, Area, Markers };
    Kind kind = Kind::Line;
    QString key;  //!< stable id for tests and lookups: "<space id>/average"
    QString name; //!< accessible name
    QColor colour;
    Qt::PenStyle penStyle = Qt::SolidLine;
    qreal width = 2;
    ChartRuns runs;
    //! Markers: the point label format (QXYSeries::setPointLabelsFormat), e.g. "@yPoint+".
    QString pointLabel;
};

//! A shaded stretch behind the data: vertical strips over x ranges (data quality), or one
//! horizontal band between two values (utilization bands).
struct ChartBandSpec {
    QString key;
    QString name;
    QColor colour;
    Qt::BrushStyle brush = Qt::SolidPattern;
    ChartRanges xRanges;                            //!< strips, full plot height
    std::optional<std::pair<double, double>> yBand; //!< or a horizontal band [low, high]
};

//! Everything one chart shows, built off-widget by a page and handed to MetricChartView.
struct ChartContent {
    ChartTimeAxis axis = ChartTimeAxis::identity(0, 1);
    double yMax = 1;
    QString yTitle;
    QString yUnit; //!< after each y label ("%"); decimals follow the tick spacing
    //! The x axis: ticks are made for the view's width (MetricChartBuilder::ticks).
    TimeResolution resolution = TimeResolution::Hour;
    QLocale locale;
    QList<ChartBandSpec> bands; //!< drawn first, in order
    QList<ChartSeriesSpec> series;
    QString overlay; //!< centred over the plot ("No capacity set")
};

} // namespace Density
