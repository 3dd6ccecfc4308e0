#include "occupancypage.h"

#include "chartpagetext.h"

#include <QPalette>

namespace Density {

namespace {

bool isCapped(const MetricBucket &bucket) {
    return bucket.isCapped.hasValue() && bucket.isCapped.value();
}

} // namespace

void OccupancyPage::addSeries(const SpaceData &space, ChartContent *content) const {
    using MetricChartBuilder::lineRuns;
    ChartSeriesSpec average;
    average.key = seriesKey(space.space.id, QStringLiteral("average"));
    average.name = tr("%1, average").arg(space.space.name);
    average.colour = space.colour;
    average.width = 2.2;
    average.runs = lineRuns(space.buckets, [](const MetricBucket &b) -> std::optional<double> {
        return b.occupancyAvg.hasValue() ? std::optional(b.occupancyAvg.value()) : std::nullopt;
    });
    ChartSeriesSpec peak = average;
    peak.key = seriesKey(space.space.id, QStringLiteral("peak"));
    peak.name = tr("%1, peak").arg(space.space.name);
    peak.penStyle = Qt::DashLine;
    peak.width = 1.4;
    peak.runs = lineRuns(space.buckets, [](const MetricBucket &b) -> std::optional<double> {
        return b.occupancyMax.hasValue() ? std::optional(double(b.occupancyMax.value()))
                                         : std::nullopt;
    });
    content->series.append(average);
    content->series.append(peak);

    // Markers for counts a sensor capped. A roll-up's "capped" only says some room was; its
    // peak is already an upper bound (the note says so), and markers would cover every bucket.
    if (space.rollup.rolledUp)
        return;
    QList<QPointF> capped;
    for (const ChartBucket &b : space.buckets) {
        if (isCapped(b.bucket) && MetricRules::hasData(b.quality) &&
            b.bucket.occupancyMax.hasValue())
            capped.append(QPointF(b.middle(), double(b.bucket.occupancyMax.value())));
    }
    if (!capped.isEmpty()) {
        ChartSeriesSpec markers;
        markers.kind = ChartSeriesSpec::Kind::Markers;
        markers.key = seriesKey(space.space.id, QStringLiteral("capped"));
        markers.name = tr("%1, capped peak").arg(space.space.name);
        markers.colour = space.colour;
        //: Point label of a capped peak: @yPoint is the sensor's counting limit ("3+").
        markers.pointLabel = tr("@yPoint+");
        markers.runs = {capped};
        content->series.append(markers);
    }
}

QString OccupancyPage::yTitle() const {
    return tr("People");
}

QStringList OccupancyPage::figureTitles() const {
    return {tr("Peak"), tr("Average"), tr("Hours used per operating day"), tr("Share of time used"),
            tr("Data completeness")};
}

QList<SummaryFigure> OccupancyPage::figures(const SpaceData &space) const {
    return {peakFigure(space), averageFigure(space), hoursPerDayFigure(space), shareFigure(space),
            completenessFigure(space)};
}

QString OccupancyPage::valueText(const SpaceData &space, const MetricBucket &bucket) const {
    Q_UNUSED(space)
    const QString average = bucket.occupancyAvg.hasValue()
                                ? ChartPageText::number(bucket.occupancyAvg.value(), 1, locale())
                                : tr("no value");
    const QString peak = MetricRules::peakText(bucket, locale());
    //: Tooltip values of one bucket: %1 average people, %2 peak ("3+" when capped).
    return tr("average %1 · peak %2").arg(average, peak.isEmpty() ? tr("no value") : peak);
}

QStringList OccupancyPage::legendExtras() const {
    using ChartPageText::legendEntry;
    using ChartPageText::Swatch;
    const QColor text = palette().color(QPalette::Text);
    QStringList extras{legendEntry(Swatch::Line, text, tr("average")),
                       legendEntry(Swatch::Dashed, text, tr("peak"))};
    for (const SpaceData &space : spaceData()) {
        if (!space.rollup.rolledUp &&
            std::any_of(space.buckets.begin(), space.buckets.end(),
                        [](const ChartBucket &b) { return isCapped(b.bucket); })) {
            extras.append(
                legendEntry(Swatch::Marker, text, tr("capped peak: at least this many (\"3+\")")));
            break;
        }
    }
    return extras;
}

} // namespace Density
