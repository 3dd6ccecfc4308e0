#pragma once

#include "api/pendingcall.h"
#include "model/metrics.h"
#include "model/query.h"
#include "model/space.h"
#include "models/analyticsselection.h"

#include <QObject>
#include <QTimeZone>
#include <optional>

namespace Density {

class DensityClient;

//! The all-metrics answer the three chart pages draw from. They chart the same buckets
//! (occupancy, utilization and time used of one query), so one load serves all three: switching
//! tabs shows the data at once, and a page shown while a load for its query runs joins it
//! instead of starting another. Spaces are asked for in groups of one time zone each, every
//! group with the range of the same local days in its own zone; the group calls run side by
//! side and report progress as one ("window 12 of 53").
class ChartDataSource : public QObject {
    Q_OBJECT
public:
    struct Group {
        QTimeZone zone;
        bool zoneFallback = false; //!< the spaces have no zone; UTC stands in
        TimeRange range;           //!< the local days of the query, in `zone`
        QStringList spaceIds;
    };
    struct Request {
        QList<Group> groups;
        TimeResolution resolution = TimeResolution::Hour;
        std::optional<OperatingHours> operatingHours;
        //! Equal keys ask the API the same question.
        QString key() const;
    };

    explicit ChartDataSource(QObject *parent = nullptr);

    //! What the chart pages ask for `spaces` under `query` at `now`. The first space's calendar
    //! decides which days "last 7 days" are; every zone then gets those same local days, so
    //! compared spaces line up day for day even when it is already tomorrow in one of them.
    //! nullopt for an invalid custom range.
    static std::optional<Request>
    makeRequest(const QList<Space> &spaces, const AnalyticsSelection &query, const QDateTime &now);

    //! Answers from the last result when it is for the same request (loaded() at once), joins a
    //! load of the same request still running, else aborts the running load (superseded) and
    //! starts this one.
    void load(DensityClient *client, const Request &request);
    //! Aborts the running load; aborted() follows, and no other signal for it.
    void abort();
    //! The next load fetches again (Refresh, Retry).
    void invalidate();

    bool isRunning() const { return !m_runningKey.isEmpty(); }
    QString runningKey() const { return m_runningKey; }
    int done() const;
    int total() const;
    QString resultKey() const { return m_resultKey; }
    const MetricsBySpace &result() const { return m_result; }

Q_SIGNALS:
    void progressChanged(const QString &key, int done, int total);
    void loaded(const QString &key);
    void failed(const QString &key, const QString &sentence);
    void aborted(const QString &key);

private:
    struct Part {
        RequestHandle handle;
        int done = 0;
        int total = 0;
        bool finished = false;
        MetricsBySpace rows;
    };
    void onPart(int generation, qsizetype index, const MetricsBySpace *rows, const QString &error);

    QList<Part> m_parts;
    QString m_runningKey;
    int m_generation = 0;
    QString m_resultKey;
    MetricsBySpace m_result;
};

} // namespace Density
