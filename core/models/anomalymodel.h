#pragma once

#include "analytics/anomaly.h"
#include "api/pendingcall.h"
#include "model/query.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <optional>

namespace Density {

class DensityClient;

//! One row per bucket of the anomaly investigator: the metrics' time used beside the total of
//! the raw sessions in the same bucket, flagged when they disagree beyond the threshold
//! (Anomalies::compare). load() asks both endpoints at once through DensityClient — which
//! splits the metrics into the windows the resolution allows and the sessions into 60-day
//! windows — and replaces the rows only when both have answered; a newer load aborts the one
//! running, so a quick change of space or range never shows the older answer. Times are shown
//! in the space's own zone.
class AnomalyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        StartColumn,
        EndColumn,
        MetricColumn,
        SessionColumn,
        DifferenceColumn,
        SessionCountColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, //!< int(AnomalyRow::Status)
        FlaggedRole,                   //!< bool
        SortRole,                      //!< times as QDateTime, durations as seconds
        SessionIndicesRole,            //!< QList<int> into report().sessions
    };

    //! What one load compares.
    struct Request {
        QString spaceId;
        TimeRange range; //!< inclusive, as the metrics are asked for
        TimeResolution resolution = TimeResolution::Hour; //!< weekday / hour_of_day: see
                                                          //!< Anomalies::comparableResolution
        QTimeZone zone;                                   //!< the space's; UTC when it has none
    };

    explicit AnomalyModel(QObject *parent = nullptr);

    void load(DensityClient *client, const Request &request);
    void cancelLoad();
    bool isLoading() const { return m_isLoading; }
    //! The request shown (or loading).
    const std::optional<Request> &request() const { return m_request; }
    //! The resolution of the buckets shown, after Anomalies::comparableResolution.
    TimeResolution resolution() const;
    //! The raw-sessions windows the last load asked for (60 days at most each).
    QList<TimeRange> sessionWindows() const { return m_sessionWindows; }
    //! The range in the space's wall-clock time without offset, as raw sessions want it.
    static TimeRange sessionRange(const TimeRange &range, const QTimeZone &zone);

    //! Replaces the rows with an already computed report (tests, or data from elsewhere).
    void setReport(const AnomalyReport &report, const QTimeZone &zone);
    const AnomalyReport &report() const { return m_report; }

    AnomalyThreshold threshold() const { return m_threshold; }
    //! Re-flags the rows already loaded; no new request.
    void setThreshold(const AnomalyThreshold &threshold);

    const AnomalyRow *row(int row) const;
    //! The sessions overlapping a bucket, in time order.
    QList<AnomalySession> sessionsOf(int row) const;
    int flaggedCount() const { return m_report.flaggedCount; }
    //! A time in the space's zone.
    QDateTime local(const QDateTime &time) const;
    QTimeZone zone() const { return m_zone; }

    static QString statusText(AnomalyRow::Status status);
    //! "45 s", "12 min", "2 h 05 min"; with a sign when `signedValue` ("+8 min", "−3 min").
    static QString durationText(double seconds, bool signedValue = false);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    //! Parts finished of both calls together (windows x batches).
    void progressChanged(int done, int total);
    void loaded();
    void loadFailed(const QString &message);
    //! After setThreshold() re-flagged the rows.
    void thresholdChanged();

private:
    void setLoading(bool loading);
    void finishIfComplete();
    void fail(const QString &message);

    AnomalyReport m_report;
    AnomalyThreshold m_threshold;
    QTimeZone m_zone = QTimeZone::utc();
    std::optional<Request> m_request;
    QList<TimeRange> m_sessionWindows;

    RequestHandle m_metricsCall;
    RequestHandle m_sessionsCall;
    std::optional<MetricSeries> m_pendingMetrics;
    std::optional<QList<RawSession>> m_pendingSessions;
    int m_metricsDone = 0;
    int m_metricsTotal = 0;
    int m_sessionsDone = 0;
    int m_sessionsTotal = 0;
    int m_generation = 0;
    bool m_isLoading = false;
};

} // namespace Density
