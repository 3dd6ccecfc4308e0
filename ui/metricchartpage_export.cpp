// MetricChartPage: the summary figures every chart page shows, and the export hooks.
#include "metricchartpage.h"

#include "analytics/metricrules.h"
#include "analytics/timebasis.h"
#include "api/densityclient.h"
#include "chartpagetext.h"
#include "export/csvexport.h"
#include "export/exportfilename.h"

#include "metricchartview.h"

#include <QCoreApplication>
#include <QPainter>

namespace Density {

using ChartPageText::number;
using ChartPageText::percent;

QString MetricChartPage::basis(const SpaceData &space, const QString &definition) const {
    //: Tooltip of a summary figure: %1 what it is, %2 the buckets it is based on, %3 time basis.
    return tr("%1\n\nBasis: %2.\n%3")
        .arg(definition, SeriesSummaries::basisText(space.summary),
             ChartPageText::header(m_request, locale()));
}

SummaryFigure MetricChartPage::peakFigure(const SpaceData &space) const {
    const SeriesSummary &s = space.summary;
    SummaryFigure figure;
    if (!s.peak)
        figure.value = tr("No data");
    else if (s.peakCapped)
        figure.value = MetricRules::peakText(*s.peak, true, s.peakCappedLimit, locale());
    else
        figure.value = locale().toString(*s.peak);
    figure.toolTip = basis(
        space, tr("Peak: the most people counted at any moment (occupancy_max) in a bucket with "
                  "data. \"3+\" means the sensor counts up to 3, so there were at least 3."));
    return figure;
}

SummaryFigure MetricChartPage::averageFigure(const SpaceData &space) const {
    const SeriesSummary &s = space.summary;
    SummaryFigure figure;
    figure.value = s.averageOccupancy ? number(*s.averageOccupancy, 1, locale()) : tr("No data");
    figure.toolTip = basis(space, tr("Average: the number of people present on average within "
                                     "the operating hours, each bucket weighted by its length."));
    return figure;
}

SummaryFigure MetricChartPage::hoursPerDayFigure(const SpaceData &space) const {
    const SeriesSummary &s = space.summary;
    SummaryFigure figure;
    if (s.hoursUsedPerOperatingDay)
        //: Hours, e.g. "3.5 h".
        figure.value = tr("%1 h").arg(number(*s.hoursUsedPerOperatingDay, 1, locale()));
    else
        figure.value = s.operatingDays == 0 ? tr("No operating day") : tr("No data");
    figure.toolTip = basis(space, tr("Hours used per operating day: the hours with at least one "
                                     "person present, divided by the %1 operating days of the "
                                     "range.")
                                      .arg(s.operatingDays));
    return figure;
}

SummaryFigure MetricChartPage::shareFigure(const SpaceData &space) const {
    const SeriesSummary &s = space.summary;
    SummaryFigure figure;
    figure.value = s.shareOfTimeUsed ? percent(*s.shareOfTimeUsed, locale()) : tr("No data");
    figure.toolTip = basis(space, tr("Share of time used: the part of the measured operating "
                                     "hours with at least one person present."));
    return figure;
}

SummaryFigure MetricChartPage::completenessFigure(const SpaceData &space) const {
    const SeriesSummary &s = space.summary;
    SummaryFigure figure;
    figure.value = s.meanUpTime ? percent(*s.meanUpTime, locale()) : tr("No data");
    figure.warning = !s.meanUpTime || *s.meanUpTime <= MetricRules::LowQualityUpTime;
    figure.toolTip = basis(space, tr("Data completeness: the share of the time the sensors were "
                                     "online (up_time), offline stretches counted as 0. Buckets "
                                     "at 80% or less are shaded as low quality."));
    return figure;
}

bool MetricChartPage::canExport() const {
    return !m_data.isEmpty() && !m_shownKey.isEmpty();
}

QImage MetricChartPage::exportImage(qreal devicePixelRatio) const {
    if (!canExport())
        return {};
    // Widget and chart layouts run from posted events; an export right after a load (a script,
    // a test, a quick Ctrl+E) must not catch the chart before its axes are placed.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_view->relayoutIfResized();
    const QSize size = m_chartBlock->size() * devicePixelRatio;
    QImage image(size, QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(m_chartBlock->palette().color(QPalette::Base));
    QPainter painter(&image);
    m_chartBlock->render(&painter);
    return image;
}

QString MetricChartPage::organization() const {
    if (!m_organization.isEmpty())
        return m_organization;
    const DensityClient *connection = client();
    //: Provenance when no organization name is known: %1 the API's address.
    return connection ? tr("Density API at %1").arg(connection->baseUrl().toString()) : QString();
}

QByteArray MetricChartPage::exportCsv() const {
    if (!canExport())
        return {};
    const ChartDataSource::Group &first = m_request.groups.first();
    ExportProvenance provenance;
    provenance.organization = organization();
    provenance.range = first.range;
    provenance.resolution = m_request.resolution;
    provenance.operatingHours = m_request.operatingHours;
    provenance.timeZone = first.zoneFallback ? QString() : QString::fromUtf8(first.zone.id());
    provenance.timeZoneIsFallback = first.zoneFallback;
    provenance.exportedAt = m_clock();
    for (qsizetype i = 1; i < m_request.groups.size(); ++i) {
        const ChartDataSource::Group &group = m_request.groups.at(i);
        provenance.notes.append(
            tr("Spaces %1 were asked for the same local days in their own time zone %2: %3 to %4")
                .arg(group.spaceIds.join(QLatin1Char(' ')),
                     group.zoneFallback ? tr("(none set; UTC)")
                                        : QString::fromUtf8(group.zone.id()),
                     group.range.startText(), group.range.endText()));
    }
    QList<ExportSeries> table;
    for (const SpaceData &item : m_data) {
        if (item.rollup.rolledUp) {
            provenance.notes.append(item.space.id + tr(": ") + item.rollup.note());
            if (item.rollup.utilizationBasis == Rollup::UtilizationBasis::SpaceCapacities)
                provenance.notes.append(
                    tr("%1: utilization divides by %2, the sum of its spaces' capacities.")
                        .arg(item.space.id)
                        .arg(item.rollup.utilizationCapacity));
        }
        table.append({{item.space.id, item.space.name, item.capacity,
                       item.zoneFallback ? QString() : QString::fromUtf8(item.zone.id())},
                      item.series});
    }
    return CsvExport::metricsCsv(provenance, table);
}

QString MetricChartPage::exportBaseName() const {
    if (m_selection.isEmpty())
        return metricName();
    const Space &first = m_selection.first();
    QString slug = ExportFileNames::slug(first.name);
    if (slug.isEmpty()) // a name in a non-Latin script
        slug = ExportFileNames::slug(first.id);
    QString name = metricName() + QLatin1Char('-') + slug;
    if (m_selection.size() > 1)
        //: File name part for compared spaces: "-and-2-more". Plain ASCII.
        name += tr("-and-%1-more").arg(m_selection.size() - 1);
    return name;
}

} // namespace Density
