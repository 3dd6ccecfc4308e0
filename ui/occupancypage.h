#pragma once

#include "metricchartpage.h"

namespace Density {

//! How many people were in the selected spaces: average and peak per bucket. A capped peak
//! (a Waffle sensor counts to 3) gets a marker and reads "3+" in the tooltip and the cards.
class OccupancyPage : public MetricChartPage {
    Q_OBJECT
public:
    using MetricChartPage::MetricChartPage;

protected:
    QString metricName() const override { return QStringLiteral("occupancy"); }
    void addSeries(const SpaceData &space, ChartContent *content) const override;
    QString yTitle() const override;
    QStringList figureTitles() const override;
    QList<SummaryFigure> figures(const SpaceData &space) const override;
    QString valueText(const SpaceData &space, const MetricBucket &bucket) const override;
    QStringList legendExtras() const override;
};

} // namespace Density
