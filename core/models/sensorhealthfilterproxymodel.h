#pragma once

#include "model/health.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace Density {

//! The health table's quick filters (offline / degraded / unknown / all) and its sorting:
//! sorts on SensorHealthModel::SortRole so timestamps sort as times and health by severity.
class SensorHealthFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SensorHealthFilterProxyModel(QObject *parent = nullptr);

    //! std::nullopt shows every sensor.
    void setStatusFilter(std::optional<HealthStatus> status);
    std::optional<HealthStatus> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<HealthStatus> m_status;
};

} // namespace Density
