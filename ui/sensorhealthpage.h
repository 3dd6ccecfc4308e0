#pragma once

#include "analyticspage.h"
#include "api/pendingcall.h"
#include "model/health.h"
#include "model/query.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <functional>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Density {

class DensityClient;
class DoorwayModel;
class HealthTimelineWidget;
class SensorHealthFilterProxyModel;
class SensorHealthModel;
class SpaceTreeModel;

//! Every sensor of the selected buildings or floors with its current health, so nobody trusts a
//! utilization figure measured by sensors that were offline. Quick filters narrow the table to
//! offline, degraded or unknown sensors. Selecting sensors draws their health history over a
//! chosen range as a timeline (one history call; the client stitches the 10-day windows); the
//! pane beside it shows the current sensor's network addresses, which are what an installer
//! needs on site, and its changes as text. A second tab lists the doorways with their sensor
//! and linked spaces.
class SensorHealthPage : public AnalyticsPage {
    Q_OBJECT
public:
    explicit SensorHealthPage(const SpaceTreeModel *spaces, QWidget *parent = nullptr);

    void setSelection(const QList<Space> &spaces) override;
    void setOrganization(const QString &name) override { m_organization = name; }
    bool usesQuery() const override { return false; }
    void reload() override;
    void cancel() override;
    bool isLoading() const override;

    bool canExport() const override;
    //! The timeline when sensors are selected, else the visible table, under a title.
    QImage exportImage(qreal devicePixelRatio = 2.0) const override;
    //! The filtered, sorted sensor table with the provenance block.
    QByteArray exportCsv() const override;
    QString exportBaseName() const override;

    //! "Now" for the history range (tests pin it to the simulator's clock).
    void setClock(std::function<QDateTime()> clock) override;

    //! std::nullopt = All.
    void setStatusFilter(std::optional<HealthStatus> status);
    std::optional<HealthStatus> statusFilter() const;

    //! The history range: the last `days` days up to now (presets 7 / 30 / 90, or any other).
    void setHistoryDays(int days);
    //! Any range (the "Custom" choice): from the start of `from` to the end of `to`, local days.
    void setHistoryDates(const QDate &from, const QDate &to);
    //! The range the timeline shows (UTC, minute precision, never past now).
    TimeRange historyRange() const;
    static constexpr int DefaultHistoryDays = 30;
    //! More rows than this would not be readable; the rest are named in the message.
    static constexpr int MaxTimelineSensors = 40;

    QString summaryText() const;
    QString detailsText() const;
    QString timelineMessage() const;
    QTableView *table() const { return m_table; }
    SensorHealthModel *model() const { return m_model; }
    HealthTimelineWidget *timeline() const { return m_timeline; }
    QComboBox *rangeChoice() const { return m_rangeChoice; }
    QAbstractButton *filterButton(std::optional<HealthStatus> status) const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *doorwayTable() const { return m_doorwayTable; }
    DoorwayModel *doorwayModel() const { return m_doorways; }
    QLineEdit *doorwayFilter() const { return m_doorwayFilter; }

private:
    void load(bool refetchDoorways);
    QWidget *buildSensorsTab();
    QWidget *buildDoorwaysTab();
    void updateSummary();
    void updateDetails();
    void updateRangeControls();
    void loadTimeline();
    void finishTimeline(const QMap<QString, QList<SensorHealthChange>> &history);
    QStringList selectedSerials() const;
    void restoreSelection();
    void updateDoorwayScope();
    void reportIdle();
    QString historyText(const QString &serial) const;
    QString rangeText() const;
    QString selectionName() const;

    const SpaceTreeModel *m_spaces;
    SensorHealthModel *m_model;
    SensorHealthFilterProxyModel *m_proxy;
    DoorwayModel *m_doorways;
    QSortFilterProxyModel *m_doorwayProxy;
    QList<Space> m_selection;
    const DensityClient *m_doorwayClient = nullptr; //!< the connection the doorways came from
    QStringList m_spaceIds;
    QString m_organization;
    std::function<QDateTime()> m_clock;

    QLabel *m_summary;
    QTabWidget *m_tabs = nullptr;
    QButtonGroup *m_filters;
    QTableView *m_table = nullptr;
    QComboBox *m_rangeChoice = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    HealthTimelineWidget *m_timeline = nullptr;
    QLabel *m_details = nullptr;
    QLineEdit *m_doorwayFilter = nullptr;
    QTableView *m_doorwayTable = nullptr;

    //! The range choice: days back from now, or 0 for the custom dates.
    int m_historyDays = DefaultHistoryDays;
    QDate m_customFrom;
    QDate m_customTo;

    RequestHandle m_timelineCall;
    //! Bumped by every new timeline load: a reply for an older one is dropped, never shown.
    int m_timelineGeneration = 0;
    TimeRange m_loadedRange;
    QMap<QString, QList<SensorHealthChange>> m_history;
    QHash<QString, HealthStatus> m_healthBySerial; //!< for the doorway list
    //! The selection across a reload (Refresh), by serial number.
    QStringList m_keptSerials;
    QString m_keptCurrent;
};

} // namespace Density
