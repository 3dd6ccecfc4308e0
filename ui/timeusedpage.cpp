#include "timeusedpage.h"

#include "chartpagetext.h"

namespace Density {

void TimeUsedPage::addSeries(const SpaceData &space, ChartContent *content) const {
    ChartSeriesSpec hours;
    hours.kind = ChartSeriesSpec::Kind::Area;
    hours.key = seriesKey(space.space.id, QStringLiteral("hours"));
    hours.name = tr("%1, hours used").arg(space.space.name);
    hours.colour = space.colour;
    hours.width = 1.5;
    hours.runs = MetricChartBuilder::stepRuns(space.buckets, &MetricRules::timeUsedHours);
    content->series.append(hours);
}

QString TimeUsedPage::yTitle() const {
    return tr("Hours used per bucket");
}

QStringList TimeUsedPage::figureTitles() const {
    return {tr("Hours used"), tr("Hours used per operating day"), tr("Share of time used"),
            tr("Peak"), tr("Data completeness")};
}

QList<SummaryFigure> TimeUsedPage::figures(const SpaceData &space) const {
    const SeriesSummary &s = space.summary;
    SummaryFigure total;
    total.value = s.hoursUsed ? tr("%1 h").arg(ChartPageText::number(*s.hoursUsed, 1, locale()))
                              : tr("No data");
    total.toolTip = basis(space, tr("Hours used: the time with at least one person present, "
                                    "added up over the buckets with data (the API's "
                                    "time_used_raw, in hours)."));
    return {total, hoursPerDayFigure(space), shareFigure(space), peakFigure(space),
            completenessFigure(space)};
}

QString TimeUsedPage::valueText(const SpaceData &space, const MetricBucket &bucket) const {
    Q_UNUSED(space)
    const std::optional<double> hours = MetricRules::timeUsedHours(bucket);
    if (!hours)
        return tr("no value");
    const QString used = tr("%1 h").arg(ChartPageText::number(*hours, 2, locale()));
    if (!bucket.timeUsedPercentage.hasValue())
        return tr("%1 used").arg(used);
    //: Tooltip: %1 hours used, %2 share of the bucket.
    return tr("%1 used (%2 of the bucket)")
        .arg(used, ChartPageText::percent(bucket.timeUsedPercentage.value(), locale()));
}

} // namespace Density
