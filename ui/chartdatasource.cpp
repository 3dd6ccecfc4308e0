#include "chartdatasource.h"

#include "api/densityclient.h"
#include "api/windowing.h"

#include <QJsonDocument>

namespace Density {

QString ChartDataSource::Request::key() const {
    QStringList parts{timeResolutionToString(resolution)};
    parts.append(operatingHours
                     ? QString::fromUtf8(
                           QJsonDocument(operatingHours->toJson()).toJson(QJsonDocument::Compact))
                     : QStringLiteral("all hours"));
    for (const Group &group : groups)
        parts.append(QStringLiteral("%1|%2|%3|%4")
                         .arg(QString::fromUtf8(group.zone.id()), group.range.startText(),
                              group.range.endText(), group.spaceIds.join(QLatin1Char(','))));
    return parts.join(QLatin1Char(';'));
}

ChartDataSource::ChartDataSource(QObject *parent)
    : QObject(parent) {}

std::optional<ChartDataSource::Request>
ChartDataSource::makeRequest(const QList<Space> &spaces, const AnalyticsSelection &query,
                             const QDateTime &now) {
    Request request;
    request.operatingHours = query.operatingHours;
    std::optional<LocalDays> days;
    for (const Space &space : spaces) {
        QTimeZone zone(space.timeZone.toUtf8());
        const bool fallback = space.timeZone.isEmpty() || !zone.isValid();
        if (fallback)
            zone = QTimeZone::utc();
        if (!days)
            days = DateRanges::presetDays(query.preset, now, zone, query.customDays);
        auto group =
            std::find_if(request.groups.begin(), request.groups.end(), [&](const Group &g) {
                return g.zone == zone && g.zoneFallback == fallback;
            });
        if (group == request.groups.end()) {
            const std::optional<TimeRange> range = DateRanges::rangeForDays(*days, zone);
            if (!range)
                return std::nullopt;
            request.groups.append({zone, fallback, *range, {}});
            group = request.groups.end() - 1;
        }
        group->spaceIds.append(space.id);
    }
    if (!request.groups.isEmpty())
        request.resolution =
            query.resolution.value_or(DateRanges::autoResolution(request.groups.first().range));
    return request;
}

int ChartDataSource::done() const {
    int sum = 0;
    for (const Part &part : m_parts)
        sum += part.done;
    return sum;
}

int ChartDataSource::total() const {
    int sum = 0;
    for (const Part &part : m_parts)
        sum += part.total;
    return sum;
}

void ChartDataSource::load(DensityClient *client, const Request &request) {
    const QString key = request.key();
    if (key == m_runningKey) {
        // Joined: the page that just asked reports how far the load has come.
        Q_EMIT progressChanged(key, done(), total());
        return;
    }
    if (key == m_resultKey && !isRunning()) {
        Q_EMIT loaded(key);
        return;
    }
    abort();
    m_runningKey = key;
    const int generation = ++m_generation;
    m_parts = QList<Part>(request.groups.size());
    // Known up front, so the first report already reads "window 0 of 53".
    for (qsizetype i = 0; i < request.groups.size(); ++i) {
        const Group &group = request.groups.at(i);
        m_parts[i].total = int(Windowing::forResolution(group.range, request.resolution).size() *
                               Windowing::batches(group.spaceIds, client->batchSize()).size());
    }
    Q_EMIT progressChanged(key, 0, total());
    for (qsizetype i = 0; i < request.groups.size() && generation == m_generation; ++i) {
        const Group &group = request.groups.at(i);
        AnalyticsQuery query;
        query.range = group.range;
        query.spaceIds = group.spaceIds;
        query.resolution = request.resolution;
        query.operatingHours = request.operatingHours;
        RequestHandle handle = client->allMetrics(
            query, this, [this, generation, i](const Result<MetricsBySpace> &result) {
                if (result)
                    onPart(generation, i, &result.value(), QString());
                else
                    onPart(generation, i, nullptr, result.error().message());
            });
        handle.onProgress(this, [this, generation, i](int done, int total) {
            if (generation != m_generation || i >= m_parts.size())
                return;
            m_parts[i].done = done;
            m_parts[i].total = total;
            Q_EMIT progressChanged(m_runningKey, this->done(), this->total());
        });
        if (generation == m_generation && i < m_parts.size())
            m_parts[i].handle = handle;
    }
}

void ChartDataSource::onPart(int generation, qsizetype index, const MetricsBySpace *rows,
                             const QString &error) {
    if (generation != m_generation || !isRunning())
        return;
    const QString key = m_runningKey;
    if (!rows) {
        // One part failed: the others cannot make a whole chart, so stop them.
        for (Part &part : m_parts)
            part.handle.abort();
        m_parts.clear();
        m_runningKey.clear();
        ++m_generation;
        Q_EMIT failed(key, error);
        return;
    }
    m_parts[index].rows = *rows;
    m_parts[index].finished = true;
    m_parts[index].done = m_parts[index].total;
    for (const Part &part : std::as_const(m_parts)) {
        if (!part.finished)
            return;
    }
    MetricsBySpace merged;
    for (Part &part : m_parts)
        merged.insert(part.rows);
    m_parts.clear();
    m_runningKey.clear();
    m_result = std::move(merged);
    m_resultKey = key;
    Q_EMIT loaded(key);
}

void ChartDataSource::abort() {
    if (!isRunning())
        return;
    const QString key = m_runningKey;
    ++m_generation;
    for (Part &part : m_parts)
        part.handle.abort();
    m_parts.clear();
    m_runningKey.clear();
    Q_EMIT aborted(key);
}

void ChartDataSource::invalidate() {
    m_resultKey.clear();
    m_result.clear();
}

} // namespace Density
