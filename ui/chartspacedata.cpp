#include "chartspacedata.h"

#include "chartpalette.h"
#include "models/spacetreemodel.h"

namespace Density {

bool ChartSpaceData::hasCapacity() const {
    return MetricRules::hasCapacity(capacity);
}

namespace ChartSpaces {

namespace {

//! The space and everything below it, for Rollups::rollUp().
QList<Space> hierarchyOf(const Space &space, const SpaceTreeModel *spaces) {
    QList<Space> out{space};
    if (!spaces)
        return out;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QStringList children = out.at(i).childrenIds;
        for (const QString &id : children) {
            if (const Space *child = spaces->spaceById(id))
                out.append(*child);
        }
    }
    return out;
}

} // namespace

ChartTimeAxis axis(const ChartDataSource::Request &request) {
    const std::optional<OperatingHours> &hours = request.operatingHours;
    switch (request.resolution) {
    case TimeResolution::Weekday:
        return ChartTimeAxis::identity(0, 7);
    case TimeResolution::HourOfDay:
        return hours && hours->isValid() ? ChartTimeAxis::identity(hours->startHour, hours->endHour)
                                         : ChartTimeAxis::identity(0, 24);
    default: {
        if (request.groups.isEmpty())
            return ChartTimeAxis::identity(0, 1);
        // Every zone gets the same local days, so the first group's wall range is everyone's.
        const ChartDataSource::Group &group = request.groups.first();
        const auto [from, to] = MetricChartBuilder::wallRange(group.range, group.zone);
        return ChartTimeAxis::make(from, to, request.resolution, hours);
    }
    }
}

QList<ChartSpaceData> build(const QList<Space> &selection, const MetricsBySpace &rows,
                            const ChartDataSource::Request &request, const ChartTimeAxis &axis,
                            const QDateTime &now, const SpaceTreeModel *spaces) {
    QList<ChartSpaceData> out;
    for (qsizetype i = 0; i < selection.size(); ++i) {
        ChartSpaceData item;
        item.space = selection.at(i);
        for (const ChartDataSource::Group &group : request.groups) {
            if (group.spaceIds.contains(item.space.id)) {
                item.zone = group.zone;
                item.zoneFallback = group.zoneFallback;
                item.range = group.range;
            }
        }
        item.rollup = Rollups::rollUp(item.space.id, rows, hierarchyOf(item.space, spaces));
        item.series = item.rollup.series;
        if (!item.rollup.rolledUp)
            item.capacity = item.space.capacity;
        else if (item.rollup.utilizationBasis != Rollup::UtilizationBasis::None)
            item.capacity = item.rollup.utilizationCapacity;
        else
            item.capacity = Nullable<qint64>::null();
        item.buckets = MetricChartBuilder::place(item.series, request.resolution, item.zone,
                                                 item.range, now, axis);
        const SummaryContext context{item.range, request.resolution, request.operatingHours,
                                     item.zone,  item.capacity,      now};
        item.summary = SeriesSummaries::summarize(item.series, context);
        item.colour = ChartPalette::spaceColour(int(i));
        out.append(item);
    }
    return out;
}

QList<ChartBandSpec> qualityBands(const QList<ChartSpaceData> &spaces) {
    using ChartPalette::Shade;
    QList<ChartBandSpec> bands;
    for (Shade shade : {Shade::Missing, Shade::Offline, Shade::LowQuality, Shade::Pending}) {
        QList<ChartRanges> lists;
        for (const ChartSpaceData &item : spaces)
            lists.append(MetricChartBuilder::ranges(item.buckets, [shade](const ChartBucket &b) {
                return ChartPalette::shadeFor(b.quality) == shade;
            }));
        ChartBandSpec band;
        band.key = QStringLiteral("quality/") + QString::number(int(shade));
        band.name = ChartPalette::shadeName(shade);
        band.colour = ChartPalette::shadeColour(shade);
        band.brush = ChartPalette::shadeBrush(shade);
        band.xRanges = MetricChartBuilder::unite(lists);
        if (!band.xRanges.isEmpty())
            bands.append(band);
    }
    return bands;
}

} // namespace ChartSpaces
} // namespace Density
