#include "spacecheckproxymodel.h"

namespace Density {

SpaceCheckProxyModel::SpaceCheckProxyModel(int idRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_idRole(idRole) {}

void SpaceCheckProxyModel::setCheckedIds(const QStringList &ids) {
    m_order.clear();
    m_checked.clear();
    for (const QString &id : ids) {
        if (!m_checked.contains(id)) {
            m_checked.insert(id);
            m_order.append(id);
        }
    }
    // Any row may have changed. A multi-row dataChanged makes views repaint their whole
    // viewport, children included, so one signal over the top level is enough.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
}

QVariant SpaceCheckProxyModel::data(const QModelIndex &index, int role) const {
    if (role == Qt::CheckStateRole && index.column() == 0) {
        const QString id = QIdentityProxyModel::data(index, m_idRole).toString();
        return m_checked.contains(id) ? Qt::Checked : Qt::Unchecked;
    }
    return QIdentityProxyModel::data(index, role);
}

bool SpaceCheckProxyModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::CheckStateRole || index.column() != 0)
        return QIdentityProxyModel::setData(index, value, role);
    const QString id = QIdentityProxyModel::data(index, m_idRole).toString();
    if (id.isEmpty())
        return false;
    const bool check = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (check == m_checked.contains(id))
        return true;
    if (check) {
        m_checked.insert(id);
        m_order.append(id);
    } else {
        m_checked.remove(id);
        m_order.removeAll(id);
    }
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedIdsEdited();
    return true;
}

Qt::ItemFlags SpaceCheckProxyModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
    if (index.isValid() && index.column() == 0)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace Density
