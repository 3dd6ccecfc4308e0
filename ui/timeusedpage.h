#pragma once

#include "metricchartpage.h"

namespace Density {

//! Hours in which at least one person was present, per bucket (filled, so a bucket reads as a
//! bar), and per operating day in the cards. The API sends milliseconds; only hours are shown.
class TimeUsedPage : public MetricChartPage {
    Q_OBJECT
public:
    using MetricChartPage::MetricChartPage;

protected:
    QString metricName() const override { return QStringLiteral("time-used"); }
    void addSeries(const SpaceData &space, ChartContent *content) const override;
    QString yTitle() const override;
    QStringList figureTitles() const override;
    QList<SummaryFigure> figures(const SpaceData &space) const override;
    QString valueText(const SpaceData &space, const MetricBucket &bucket) const override;
};

} // namespace Density
