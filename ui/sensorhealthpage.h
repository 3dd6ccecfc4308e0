#pragma once

#include "analyticspage.h"
#include "api/pendingcall.h"
#include "model/health.h"

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QTableView;

namespace Density {

class SensorHealthFilterProxyModel;
class SensorHealthModel;
class SpaceTreeModel;

//! Every sensor of the selected buildings or floors with its current health, so nobody trusts a
//! utilization figure measured by sensors that were offline. Quick filters narrow the table to
//! offline, degraded or unknown sensors; the pane below shows the selected sensor's network
//! addresses, which are what an installer needs on site.
class SensorHealthPage : public AnalyticsPage {
    Q_OBJECT
public:
    explicit SensorHealthPage(const SpaceTreeModel *spaces, QWidget *parent = nullptr);

    void setSelection(const QList<Space> &spaces) override;
    bool usesQuery() const override { return false; }
    void reload() override;
    void cancel() override;
    bool isLoading() const override;

    //! std::nullopt = All.
    void setStatusFilter(std::optional<HealthStatus> status);
    std::optional<HealthStatus> statusFilter() const;

    QString summaryText() const;
    QString detailsText() const;
    //! Days of health history the details pane asks for (the client stitches 10-day windows).
    static constexpr int HistoryDays = 30;
    QTableView *table() const { return m_table; }
    SensorHealthModel *model() const { return m_model; }
    QAbstractButton *filterButton(std::optional<HealthStatus> status) const;

private:
    void updateSummary();
    void updateDetails();
    void showDetails(const QString &serial, const QStringList &addresses, const QString &history);

    const SpaceTreeModel *m_spaces;
    SensorHealthModel *m_model;
    SensorHealthFilterProxyModel *m_proxy;
    QStringList m_spaceIds;
    QLabel *m_summary;
    QButtonGroup *m_filters;
    QTableView *m_table;
    QLabel *m_details;
    RequestHandle m_historyCall;
};

} // namespace Density
