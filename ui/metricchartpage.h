#pragma once

#include "analyticspage.h"
#include "chartcontent.h"
#include "chartdatasource.h"
#include "chartspacedata.h"
#include "summarycards.h"

#include <QPointer>
#include <functional>

class QLabel;
class QScrollArea;
class QTimer;

namespace Density {

class DensityClient;
class MetricChartView;
class SpaceTreeModel;

//! What the Occupancy, Utilization and Time used pages share: loading (through the shared
//! ChartDataSource; only while visible; a new selection or query supersedes the load running),
//! the time-basis header, the chart with its data-quality shading, the legend, roll-up notes,
//! summary cards, tooltips and the exports. A subclass says which lines to draw and which
//! figures to show.
class MetricChartPage : public AnalyticsPage {
    Q_OBJECT
public:
    using SpaceData = ChartSpaceData;

    MetricChartPage(const SpaceTreeModel *spaces, ChartDataSource *source,
                    QWidget *parent = nullptr);

    //! Not owned. Unset, the page uses the connection the space tree was loaded from.
    void setClient(DensityClient *client) override;
    //! "Now" for the date presets and for what has not happened yet; the wall clock by default.
    void setClock(std::function<QDateTime()> clock) override;
    //! Named in CSV exports; the API's address when unset.
    void setOrganization(const QString &name) override { m_organization = name; }

    void setSelection(const QList<Space> &spaces) override;
    void setQuery(const AnalyticsSelection &query) override;
    void reload() override;
    void cancel() override;
    bool canExport() const override;
    QImage exportImage(qreal devicePixelRatio = 2.0) const override;
    QByteArray exportCsv() const override;
    QString exportBaseName() const override;

    bool isLoading() const override;
    //! Nothing pending: the page shows the current selection and query, or says why not.
    bool isSettled() const;
    MetricChartView *chartView() const { return m_view; }
    SummaryCards *summaryCards() const { return m_cards; }
    //! What exportImage() renders: header, chart, legend and notes.
    QWidget *exportArea() const { return m_chartBlock; }
    const QList<SpaceData> &spaceData() const { return m_data; }
    TimeResolution resolution() const { return m_request.resolution; }
    QString headerText() const;
    QString legendText() const;
    QString noteText() const;
    QString messageText() const;
    //! The tooltip at `x` (axis units): each space's bucket there, its values and data quality.
    QString toolTipAt(double x) const;
    //! "<space id>/<line>" keys of the chart series, e.g. "spc_1/average".
    static QString seriesKey(const QString &spaceId, const QString &line);

protected:
    //! "occupancy", for file names.
    virtual QString metricName() const = 0;
    //! The lines, areas or markers of one space.
    virtual void addSeries(const SpaceData &space, ChartContent *content) const = 0;
    //! Bands behind the data, overlay, y range: after every space was added.
    virtual void finishContent(ChartContent *content) const { Q_UNUSED(content) }
    virtual QString yTitle() const = 0;
    //! Written after each y-axis label ("%").
    virtual QString yUnit() const { return QString(); }
    virtual QStringList figureTitles() const = 0;
    virtual QList<SummaryFigure> figures(const SpaceData &space) const = 0;
    //! One bucket's values for the tooltip: "average 1.4 · peak 3+".
    virtual QString valueText(const SpaceData &space, const MetricBucket &bucket) const = 0;
    //! Legend pieces after the spaces (line styles, markers) as ChartPageText::legendEntry().
    virtual QStringList legendExtras() const { return {}; }
    virtual QString spaceLegendName(const SpaceData &space) const { return space.space.name; }

    // Figures every page shows, with their basis in the tooltip.
    SummaryFigure peakFigure(const SpaceData &space) const;
    SummaryFigure averageFigure(const SpaceData &space) const;
    SummaryFigure hoursPerDayFigure(const SpaceData &space) const;
    SummaryFigure shareFigure(const SpaceData &space) const;
    SummaryFigure completenessFigure(const SpaceData &space) const;
    //! "<definition>\n<basis: buckets with data...>\n<time basis>".
    QString basis(const SpaceData &space, const QString &definition) const;

    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    DensityClient *client() const;
    void supersede();
    void scheduleLoad();
    void start();
    void apply();
    void rebuildChart();
    void showMessage(const QString &text);
    int cardsHeight() const;
    QString organization() const;

    const SpaceTreeModel *m_spaces;
    ChartDataSource *m_source;
    QPointer<DensityClient> m_client;
    std::function<QDateTime()> m_clock;
    QString m_organization;

    QWidget *m_chartBlock;
    QLabel *m_empty;
    QLabel *m_header;
    QLabel *m_message;
    MetricChartView *m_view;
    QLabel *m_legend;
    QLabel *m_notes;
    SummaryCards *m_cards;
    QScrollArea *m_cardsArea;
    QTimer *m_startTimer; //!< folds a selection and the query that follows into one load

    QList<Space> m_selection;
    AnalyticsSelection m_query;
    ChartDataSource::Request m_request; //!< of the load running or the data shown
    QString m_wantedKey;                //!< the request this page waits for or shows
    QString m_shownKey;
    QString m_cancelledKey; //!< not started again by merely showing the page
    bool m_stale = true;
    QDateTime m_now; //!< of the request
    ChartTimeAxis m_axis = ChartTimeAxis::identity(0, 1);
    QList<SpaceData> m_data;
};

} // namespace Density
