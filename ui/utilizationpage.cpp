#include "utilizationpage.h"

#include "chartpagetext.h"
#include "chartpalette.h"

#include <QCoreApplication>
#include <QPalette>

namespace Density {

namespace {

//! The utilization ratio as a percentage for the chart; only for spaces with a capacity.
std::optional<double> percentOf(const Nullable<double> &ratio) {
    return ratio.hasValue() ? std::optional(ratio.value() * 100.0) : std::nullopt;
}

QString noCapacityReason(const MetricChartPage::SpaceData &space) {
    if (space.rollup.rolledUp)
        return QCoreApplication::translate("Density::UtilizationPage",
                                           "None of its spaces has a capacity set.");
    if (space.space.capacity.hasValue())
        return QCoreApplication::translate("Density::UtilizationPage",
                                           "Its capacity is 0, which the API turns into a "
                                           "utilization of 0% whatever the occupancy.");
    return QCoreApplication::translate("Density::UtilizationPage", "Its capacity is not set.");
}

} // namespace

void UtilizationPage::addSeries(const SpaceData &space, ChartContent *content) const {
    if (!space.hasCapacity())
        return; // no line at 0%: there is nothing to divide by
    using MetricChartBuilder::lineRuns;
    ChartSeriesSpec average;
    average.key = seriesKey(space.space.id, QStringLiteral("average"));
    average.name = tr("%1, average utilization").arg(space.space.name);
    average.colour = space.colour;
    average.width = 2.2;
    average.runs =
        lineRuns(space.buckets, [](const MetricBucket &b) { return percentOf(b.utilizationAvg); });
    ChartSeriesSpec peak = average;
    peak.key = seriesKey(space.space.id, QStringLiteral("peak"));
    peak.name = tr("%1, peak utilization").arg(space.space.name);
    peak.penStyle = Qt::DashLine;
    peak.width = 1.4;
    peak.runs =
        lineRuns(space.buckets, [](const MetricBucket &b) { return percentOf(b.utilizationMax); });
    content->series.append(average);
    content->series.append(peak);
}

void UtilizationPage::finishContent(ChartContent *content) const {
    using MetricRules::UtilizationBand;
    // Always past 100%, so the bands put every line in context.
    content->yMax = std::max(content->yMax, 110.0);
    const double limits[] = {0, MetricRules::UnderBandLimit * 100, MetricRules::OverBandLimit * 100,
                             1e9};
    const UtilizationBand bands[] = {UtilizationBand::Under, UtilizationBand::Within,
                                     UtilizationBand::Over};
    QList<ChartBandSpec> shaded;
    for (int i = 0; i < 3; ++i) {
        ChartBandSpec band;
        band.key = QStringLiteral("band/") + QString::number(i);
        band.name = MetricRules::bandName(bands[i]);
        band.colour = ChartPalette::bandColour(bands[i]);
        band.yBand = std::make_pair(limits[i], limits[i + 1]);
        shaded.append(band);
    }
    content->bands = shaded + content->bands;

    QStringList without;
    for (const SpaceData &space : spaceData()) {
        if (!space.hasCapacity())
            without.append(space.space.name);
    }
    if (without.size() == 1 && spaceData().size() == 1)
        content->overlay = tr("No capacity set for %1.\n%2\nUtilization needs a capacity above "
                              "0; set one in the space's settings. Occupancy is on the "
                              "Occupancy page.")
                               .arg(without.first(), noCapacityReason(spaceData().first()));
    else if (!without.isEmpty())
        content->overlay =
            tr("No capacity set, so no utilization line: %1.").arg(without.join(tr(", ")));
}

QString UtilizationPage::yTitle() const {
    return tr("Utilization (% of capacity)");
}

QString UtilizationPage::yUnit() const {
    //: Written after each number of the utilization axis ("60%").
    return tr("%");
}

QStringList UtilizationPage::figureTitles() const {
    return {tr("Peak utilization"), tr("Average utilization"), tr("Hours used per operating day"),
            tr("Share of time used"), tr("Data completeness")};
}

SummaryFigure UtilizationPage::utilizationFigure(const SpaceData &space,
                                                 const std::optional<double> &ratio, bool capped,
                                                 const QString &definition) const {
    SummaryFigure figure;
    if (!space.hasCapacity()) {
        figure.value = tr("No capacity set");
        figure.warning = true;
        figure.toolTip = tr("No utilization: %1 Utilization needs a capacity above 0.")
                             .arg(noCapacityReason(space));
        return figure;
    }
    if (!ratio) {
        figure.value = tr("No data");
    } else {
        const MetricRules::UtilizationDisplay shown =
            MetricRules::utilization(*ratio, space.capacity, locale());
        //: A capped peak's utilization: the real peak was at least this.
        figure.value = capped ? tr("%1 or more").arg(shown.text) : shown.text;
    }
    figure.toolTip = basis(space, definition + QLatin1Char(' ') +
                                      tr("Capacity: %1.").arg(space.capacity.value()));
    return figure;
}

QList<SummaryFigure> UtilizationPage::figures(const SpaceData &space) const {
    const SeriesSummary &s = space.summary;
    return {utilizationFigure(space, s.peakUtilization, s.peakCapped,
                              tr("Peak utilization: the peak occupancy divided by the capacity.")),
            utilizationFigure(space, s.averageUtilization, false,
                              tr("Average utilization: the average occupancy within the "
                                 "operating hours divided by the capacity.")),
            hoursPerDayFigure(space), shareFigure(space), completenessFigure(space)};
}

QString UtilizationPage::valueText(const SpaceData &space, const MetricBucket &bucket) const {
    if (!space.hasCapacity())
        return MetricRules::bandName(MetricRules::UtilizationBand::NoCapacity);
    const auto text = [&](const Nullable<double> &ratio) {
        return MetricRules::utilization(ratio, space.capacity, locale()).text;
    };
    return tr("average %1 · peak %2").arg(text(bucket.utilizationAvg), text(bucket.utilizationMax));
}

QStringList UtilizationPage::legendExtras() const {
    using ChartPageText::legendEntry;
    using ChartPageText::Swatch;
    const QList<SpaceData> &spaces = spaceData();
    if (std::none_of(spaces.begin(), spaces.end(),
                     [](const SpaceData &space) { return space.hasCapacity(); }))
        return {}; // no line drawn, so no line styles to explain
    const QColor text = palette().color(QPalette::Text);
    return {legendEntry(Swatch::Line, text, tr("average")),
            legendEntry(Swatch::Dashed, text, tr("peak"))};
}

QString UtilizationPage::spaceLegendName(const SpaceData &space) const {
    if (space.hasCapacity())
        return space.space.name;
    //: Legend entry of a space drawn without a line: %1 its name.
    return tr("%1 — No capacity set").arg(space.space.name);
}

} // namespace Density
