#pragma once

#include "analytics/heatmapgrid.h"
#include "analytics/weekhour.h"
#include "analyticspage.h"
#include "api/pendingcall.h"
#include "model/metrics.h"

#include <QTimeZone>
#include <functional>
#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QTimer;

namespace Density {

class DensityClient;
class HeatmapWidget;
class SpaceTreeModel;
class VisibleLoader;

//! The Patterns page: one space's typical week, weekdays down and local hours across, merged
//! over every week of the query's range (the last 8 full weeks when the range is shorter than
//! a week, because one day says nothing about a week). Hourly data is always used and the
//! operating hours are not applied: a heatmap exists to show when a space is used, including
//! the early mornings and weekends the operating hours leave out. The header states all this.
//!
//! Loads only while visible (a hidden page would fetch weeks of hourly data on every click in
//! the tree); a newer selection, query or metric aborts the load still running.
class PatternsPage : public AnalyticsPage {
    Q_OBJECT
public:
    //! Full weeks used when the query's range is shorter than a week.
    static constexpr int DefaultWeeks = 8;

    //! `spaces` gives the hierarchy for rolling up a floor's or building's rows; may be null.
    explicit PatternsPage(const SpaceTreeModel *spaces, QWidget *parent = nullptr);
    ~PatternsPage() override;

    //! Not owned. Until set, the client the space tree was loaded from; without either the
    //! page says it is not connected.
    void setClient(DensityClient *client) override;
    //! "Now" for the range, the pending hours and the "now" marker; the wall clock by default.
    void setClock(std::function<QDateTime()> clock) override;
    //! The organization or connection named in CSV exports ("Demo portfolio (simulated)").
    void setOrganization(const QString &name) override { m_organization = name; }

    void setSelection(const QList<Space> &spaces) override;
    void setQuery(const AnalyticsSelection &query) override;
    void reload() override;
    void cancel() override;

    bool canExport() const override;
    QImage exportImage(qreal devicePixelRatio = 2.0) const override;
    QByteArray exportCsv() const override;
    QString exportBaseName() const override;

    WeekHourMetric metric() const { return m_metric; }
    void setMetric(WeekHourMetric metric);

    bool isLoading() const override { return m_request.isRunning(); }
    //! The range of the heatmap shown (or loading); nullopt before the first load.
    std::optional<TimeRange> range() const;
    //! True when the query's range was shorter than a week and the last full weeks stand in.
    bool usesDefaultRange() const;
    const WeekHourMatrix &matrix() const { return m_matrix; }
    HeatmapWidget *heatmap() const { return m_heatmap; }
    QComboBox *metricCombo() const { return m_metricCombo; }
    QString titleText() const;
    QString basisText() const;
    QString noticeText() const;
    QString messageText() const;

    //! The endpoint family a metric comes from: switching between metrics of one family
    //! rebuilds the heatmap from the buckets already loaded.
    enum class Source { Occupancy, Utilization, TimeUsed };
    static Source sourceOf(WeekHourMetric metric);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    //! What one load fetches; two equal plans give the same heatmap.
    struct Plan {
        Space space;
        int selectedCount = 0;
        TimeRange range;
        bool defaultRange = false;
        QString queryRangeName; //!< the preset the query asked for
        QTimeZone zone;
        bool zoneFallback = false;
        Source source = Source::Occupancy;
        bool sameData(const Plan &other) const;
    };
    std::optional<Plan> makePlan() const;
    void scheduleLoad();
    void supersedeWhileHidden();
    void start(bool force);
    void abortRunning();
    void onLoaded(const Plan &plan, const MetricsBySpace &rows);
    void rebuild();
    void showMessage(const QString &message);
    void updateTexts();
    void updateNow();
    QList<Space> hierarchyOf(const Space &space) const;
    DensityClient *client() const;
    QStringList notes() const;

    const SpaceTreeModel *m_spaces;
    DensityClient *m_client = nullptr;
    std::function<QDateTime()> m_clock;
    QString m_organization;

    QLabel *m_title;
    QComboBox *m_metricCombo;
    QLabel *m_basis;
    QString m_basisText; //!< m_basis without the screen-only hover hint
    QLabel *m_notice;
    QLabel *m_message;
    HeatmapWidget *m_heatmap;
    VisibleLoader *m_loader;
    QTimer *m_minuteTimer;

    QList<Space> m_selection;
    AnalyticsSelection m_query;
    bool m_hasQuery = false;
    WeekHourMetric m_metric = WeekHourMetric::OccupancyAvg;

    RequestHandle m_request;
    std::pair<int, int> m_progress; //!< windows done and in all, of the load running
    int m_generation = 0;           //!< bumped by every load, so a stale answer is dropped
    std::optional<Plan> m_plan;     //!< of the load running or the data shown
    bool m_loaded = false;          //!< m_series holds m_plan's data
    bool m_cancelled = false;
    MetricSeries m_series; //!< one series for the space (rolled up when needed)
    QString m_rollupNote;
    bool m_noCapacity = false; //!< utilization would mean nothing (capacity unset or 0)
    bool m_anyCapped = false;
    WeekHourMatrix m_matrix;
};

} // namespace Density
