#pragma once

#include "analytics/anomaly.h"
#include "analyticspage.h"
#include "models/anomalymodel.h"

#include <QTimeZone>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace Density {

class SpaceTreeModel;
class VisibleLoader;

//! The anomaly investigator: for one space and the query's range and resolution, the metrics'
//! time used beside the total of the raw sessions in each bucket, with the buckets where the
//! two disagree beyond a user-adjustable threshold flagged (by colour, an icon and the word).
//! The sessions behind the current bucket are listed below the table in the space's local time.
//!
//! One space at a time: with a floor or building selected the page takes its first space with
//! sensor data of its own (a Waffle space first, since they are where disagreements are
//! typical) and says so. Weekday and hour-of-day resolutions merge many days into one bucket
//! that no session can be clipped to, so days or hours are compared instead, and said so.
//! Operating hours are not applied: raw sessions have none, so the metrics are asked for every
//! hour too. Ranges longer than 60 days are split by the client (raw sessions accept at most 60
//! days per request). Loads only while visible; a newer selection or query supersedes a load.
class AnomalyPage : public AnalyticsPage {
    Q_OBJECT
public:
    explicit AnomalyPage(const SpaceTreeModel *spaces, QWidget *parent = nullptr);
    ~AnomalyPage() override;

    //! Not owned. Until set, the client the space tree was loaded from.
    void setClient(DensityClient *client) override;
    //! "Now" for the query's range; the wall clock by default (tests pin the simulator's).
    void setClock(std::function<QDateTime()> clock) override;
    void setOrganization(const QString &name) override { m_organization = name; }

    void setSelection(const QList<Space> &spaces) override;
    void setQuery(const AnalyticsSelection &query) override;
    void reload() override;
    void cancel() override;
    bool isLoading() const override { return m_model->isLoading(); }

    bool canExport() const override;
    //! The page as shown: title, time basis and rule above the table and the sessions list.
    QImage exportImage(qreal devicePixelRatio = 2.0) const override;
    QByteArray exportCsv() const override;
    QString exportBaseName() const override;

    //! The threshold the spin boxes show; changing it re-flags without a request.
    void setThreshold(const AnomalyThreshold &threshold);
    AnomalyThreshold threshold() const { return m_model->threshold(); }
    //! Only flagged buckets in the table.
    void setFlaggedOnly(bool flaggedOnly);
    //! Makes `modelRow` (a row of model()) current, which lists its sessions below.
    void showSessionsOf(int modelRow);

    AnomalyModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *sessionTable() const { return m_sessions; }
    //! The space compared (after resolving a floor or building); nullopt without one.
    std::optional<Space> space() const { return m_space; }
    QString titleText() const;
    QString basisText() const;
    QString noticeText() const;
    QString summaryText() const;
    QString messageText() const;
    QString sessionsTitleText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Plan {
        Space space;
        QString selectedName; //!< the selected floor or building when it was resolved
        int selectedCount = 0;
        AnomalyModel::Request request;
        TimeResolution askedResolution = TimeResolution::Hour;
        bool zoneFallback = false;
    };
    std::optional<Plan> makePlan(QString *why) const;
    std::optional<Space> comparableSpace(const Space &selected) const;
    void scheduleLoad();
    void start();
    void onLoaded();
    void onFailed(const QString &message);
    void showMessage(const QString &message);
    void updateTexts();
    void updateSummary();
    void updateSessions();
    QStringList notes() const;
    DensityClient *client() const;

    const SpaceTreeModel *m_spaces;
    DensityClient *m_client = nullptr;
    std::function<QDateTime()> m_clock;
    QString m_organization;
    AnomalyModel *m_model;
    QSortFilterProxyModel *m_proxy;

    QLabel *m_title;
    QLabel *m_basis;
    QLabel *m_rule;
    QLabel *m_notice;
    QLabel *m_summary;
    QLabel *m_message;
    QSpinBox *m_minutes;
    QSpinBox *m_percent;
    QCheckBox *m_flaggedOnly;
    QTableView *m_table;
    QWidget *m_results;
    QLabel *m_sessionsTitle;
    QTableWidget *m_sessions;
    VisibleLoader *m_loader;

    QList<Space> m_selection;
    AnalyticsSelection m_query;
    std::optional<Plan> m_plan;
    std::optional<Space> m_space;
    bool m_loaded = false;
    bool m_cancelled = false;
    int m_currentRow = -1; //!< model row whose sessions are listed
};

} // namespace Density
