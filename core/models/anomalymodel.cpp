#include "anomalymodel.h"

#include "api/densityclient.h"
#include "api/windowing.h"

#include <QLocale>

#include <cmath>

namespace Density {

AnomalyModel::AnomalyModel(QObject *parent)
    : QAbstractTableModel(parent) {}

TimeRange AnomalyModel::sessionRange(const TimeRange &range, const QTimeZone &zone) {
    //! Raw sessions take "generic" wall-clock times read in the space's zone (REFERENCE §3.4);
    //! the value is labelled UTC for arithmetic only and written back without a zone.
    const auto wall = [&zone](const QDateTime &t) {
        const QDateTime local = t.toTimeZone(zone);
        return QDateTime(local.date(), local.time(), Qt::UTC);
    };
    return TimeRange{wall(range.start), wall(range.end), TimestampStyle::Zoneless};
}

TimeResolution AnomalyModel::resolution() const {
    return m_request ? Anomalies::comparableResolution(m_request->resolution)
                     : TimeResolution::Hour;
}

void AnomalyModel::load(DensityClient *client, const Request &request) {
    cancelLoad();
    m_request = request;
    m_pendingMetrics.reset();
    m_pendingSessions.reset();
    const int generation = ++m_generation;
    const QTimeZone zone = request.zone.isValid() ? request.zone : QTimeZone::utc();

    AnalyticsQuery query;
    query.range = request.range;
    query.spaceIds = {request.spaceId};
    query.resolution = Anomalies::comparableResolution(request.resolution);
    //! No operating hours: raw sessions have no such filter, so the metrics must cover every
    //! hour too or the two could never agree.
    query.operatingHours = std::nullopt;
    query.metrics = {QStringLiteral("time_used")};
    const TimeRange sessions = sessionRange(request.range, zone);
    m_sessionWindows = Windowing::split(sessions, Windowing::RawSessionsMaxSeconds, true);
    m_metricsDone = 0;
    m_metricsTotal = int(Windowing::forResolution(query.range, query.resolution).size());
    m_sessionsDone = 0;
    m_sessionsTotal = int(m_sessionWindows.size());
    setLoading(true);
    Q_EMIT progressChanged(0, m_metricsTotal + m_sessionsTotal);

    // Both calls in flight at once; the rows change only when both have answered.
    const QString id = request.spaceId;
    m_metricsCall = client->allMetrics(
        query, this, [this, generation, id](const Result<MetricsBySpace> &result) {
            if (generation != m_generation)
                return;
            m_metricsCall = RequestHandle();
            if (!result)
                return fail(result.error().message());
            m_pendingMetrics = result.value().value(id);
            finishIfComplete();
        });
    m_sessionsCall = client->rawSessions(
        sessions, {id}, this, [this, generation, id](const Result<SessionsBySpace> &result) {
            if (generation != m_generation)
                return;
            m_sessionsCall = RequestHandle();
            if (!result)
                return fail(result.error().message());
            //! A bare {"sessions": [...]} answer has no space id (REFERENCE §3.4); with one
            //! space asked for, it is that space's.
            QList<RawSession> list = result.value().value(id);
            list.append(result.value().value(QString()));
            m_pendingSessions = list;
            finishIfComplete();
        });
    const int all = m_metricsTotal + m_sessionsTotal;
    m_metricsCall.onProgress(this, [this, generation, all](int done, int) {
        if (generation != m_generation)
            return;
        m_metricsDone = done;
        Q_EMIT progressChanged(m_metricsDone + m_sessionsDone, all);
    });
    m_sessionsCall.onProgress(this, [this, generation, all](int done, int) {
        if (generation != m_generation)
            return;
        m_sessionsDone = done;
        Q_EMIT progressChanged(m_metricsDone + m_sessionsDone, all);
    });
}

void AnomalyModel::cancelLoad() {
    ++m_generation; // an answer already queued is dropped
    m_metricsCall.abort();
    m_sessionsCall.abort();
    m_metricsCall = RequestHandle();
    m_sessionsCall = RequestHandle();
    setLoading(false);
}

void AnomalyModel::fail(const QString &message) {
    ++m_generation;
    m_metricsCall.abort();
    m_sessionsCall.abort();
    m_metricsCall = RequestHandle();
    m_sessionsCall = RequestHandle();
    setLoading(false);
    Q_EMIT loadFailed(message);
}

void AnomalyModel::finishIfComplete() {
    if (!m_pendingMetrics || !m_pendingSessions || !m_request)
        return;
    const QTimeZone zone = m_request->zone.isValid() ? m_request->zone : QTimeZone::utc();
    const TimeResolution resolution = Anomalies::comparableResolution(m_request->resolution);
    const QList<AnomalyBucket> buckets =
        Anomalies::buckets(*m_pendingMetrics, resolution, m_request->range, zone);
    setReport(Anomalies::compare(buckets, *m_pendingSessions, m_threshold), zone);
    m_pendingMetrics.reset();
    m_pendingSessions.reset();
    setLoading(false);
    Q_EMIT loaded();
}

void AnomalyModel::setLoading(bool loading) {
    if (loading == m_isLoading)
        return;
    m_isLoading = loading;
    Q_EMIT loadingChanged(loading);
}

void AnomalyModel::setReport(const AnomalyReport &report, const QTimeZone &zone) {
    beginResetModel();
    m_report = report;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    Anomalies::reclassify(m_report, m_threshold);
    endResetModel();
}

void AnomalyModel::setThreshold(const AnomalyThreshold &threshold) {
    m_threshold = threshold;
    Anomalies::reclassify(m_report, m_threshold);
    if (!m_report.rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT thresholdChanged();
}

const AnomalyRow *AnomalyModel::row(int row) const {
    return row >= 0 && row < m_report.rows.size() ? &m_report.rows.at(row) : nullptr;
}

QList<AnomalySession> AnomalyModel::sessionsOf(int row) const {
    QList<AnomalySession> out;
    if (const AnomalyRow *r = this->row(row)) {
        for (int i : r->sessions)
            out.append(m_report.sessions.at(i));
    }
    return out;
}

QDateTime AnomalyModel::local(const QDateTime &time) const {
    return time.toTimeZone(m_zone);
}

QString AnomalyModel::statusText(AnomalyRow::Status status) {
    switch (status) {
    case AnomalyRow::Status::Agrees:
        return tr("Agrees");
    case AnomalyRow::Status::Flagged:
        return tr("Flagged");
    case AnomalyRow::Status::NoMetric:
        return tr("No metric value");
    }
    return {};
}

QString AnomalyModel::durationText(double seconds, bool signedValue) {
    const QLocale locale;
    const qint64 whole = qRound64(std::abs(seconds));
    QString text;
    if (whole == 0)
        return locale.toString(0);
    if (whole < 60)
        text = tr("%1 s").arg(locale.toString(whole));
    else if (whole < 3600)
        text = tr("%1 min").arg(locale.toString(qRound64(double(whole) / 60.0)));
    else {
        const qint64 minutes = qRound64(double(whole) / 60.0);
        text = tr("%1 h %2 min")
                   .arg(locale.toString(minutes / 60))
                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    if (signedValue && whole > 0)
        text.prepend(seconds < 0 ? QChar(0x2212) : QLatin1Char('+'));
    return text;
}

int AnomalyModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int AnomalyModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnomalyModel::data(const QModelIndex &index, int role) const {
    const AnomalyRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case StatusRole:
        return int(r->status);
    case FlaggedRole:
        return r->isFlagged();
    case SessionIndicesRole:
        return QVariant::fromValue(r->sessions);
    case Qt::TextAlignmentRole:
        if (index.column() >= MetricColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case StatusColumn:
            return statusText(r->status);
        case StartColumn:
            return locale.toString(local(r->start), QLocale::ShortFormat);
        case EndColumn:
            return locale.toString(local(r->end), QLocale::ShortFormat);
        case MetricColumn:
            return r->metricSeconds ? durationText(*r->metricSeconds) : tr("no value");
        case SessionColumn:
            return durationText(r->sessionSeconds);
        case DifferenceColumn:
            return r->metricSeconds ? durationText(r->differenceSeconds(), true) : QString();
        case SessionCountColumn:
            return locale.toString(r->sessions.size());
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case StatusColumn:
            return r->isFlagged() ? 2 : r->status == AnomalyRow::Status::NoMetric ? 1 : 0;
        case StartColumn:
            return r->start;
        case EndColumn:
            return r->end;
        case MetricColumn:
            return r->metricSeconds ? *r->metricSeconds : -1.0;
        case SessionColumn:
            return r->sessionSeconds;
        case DifferenceColumn:
            return std::abs(r->differenceSeconds());
        case SessionCountColumn:
            return int(r->sessions.size());
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == DifferenceColumn && r->metricSeconds) {
        //: %1 "+8 min", %2 "100 %".
        return tr("Metrics minus sessions: %1 (%2 of the larger)")
            .arg(durationText(r->differenceSeconds(), true),
                 locale.toString(qRound(r->differenceShare() * 100)) + locale.percent());
    }
    return {};
}

QVariant AnomalyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Bucket start");
    case EndColumn:
        return tr("Bucket end");
    case MetricColumn:
        return tr("Time used (metrics)");
    case SessionColumn:
        return tr("Time in sessions");
    case DifferenceColumn:
        return tr("Difference");
    case SessionCountColumn:
        return tr("Sessions");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Density
