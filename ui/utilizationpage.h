#pragma once

#include "metricchartpage.h"

namespace Density {

//! Occupancy as a share of capacity, average and peak, over bands for under 60 %, 60–100 % and
//! over 100 %. A space whose capacity is unset or 0 gets no line at all (the API's 0 % would be
//! a lie): the chart, its legend entry and its cards say "No capacity set".
class UtilizationPage : public MetricChartPage {
    Q_OBJECT
public:
    using MetricChartPage::MetricChartPage;

protected:
    QString metricName() const override { return QStringLiteral("utilization"); }
    void addSeries(const SpaceData &space, ChartContent *content) const override;
    void finishContent(ChartContent *content) const override;
    QString yTitle() const override;
    QString yUnit() const override;
    QStringList figureTitles() const override;
    QList<SummaryFigure> figures(const SpaceData &space) const override;
    QString valueText(const SpaceData &space, const MetricBucket &bucket) const override;
    QStringList legendExtras() const override;
    QString spaceLegendName(const SpaceData &space) const override;

private:
    SummaryFigure utilizationFigure(const SpaceData &space, const std::optional<double> &ratio,
                                    bool capped, const QString &definition) const;
};

} // namespace Density
