#include "sensorhealthfilterproxymodel.h"

#include "sensorhealthmodel.h"

namespace Density {

SensorHealthFilterProxyModel::SensorHealthFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SensorHealthModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SensorHealthFilterProxyModel::setStatusFilter(std::optional<HealthStatus> status) {
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

bool SensorHealthFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                    const QModelIndex &sourceParent) const {
    if (!m_status)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(SensorHealthModel::HealthStatusRole).toInt() == int(*m_status);
}

} // namespace Density
