#pragma once

#include <QIdentityProxyModel>
#include <QSet>

namespace Density {

//! Makes the space tree checkable for picking a set of spaces (a user's visible spaces): column 0
//! carries Qt::CheckStateRole, toggled per space. Checks are independent — checking a building
//! does not check its floors — because the API takes exactly the ids it is given. The checked
//! ids survive a reload of the tree; ids the tree does not hold stay checked (and counted), so a
//! space the list does not show is never dropped silently.
class SpaceCheckProxyModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    //! `idRole` is the source role holding the space id (SpaceTreeModel::SpaceIdRole).
    explicit SpaceCheckProxyModel(int idRole, QObject *parent = nullptr);

    void setCheckedIds(const QStringList &ids);
    //! In the order they were checked, first the ones set with setCheckedIds().
    QStringList checkedIds() const { return m_order; }
    bool isChecked(const QString &id) const { return m_checked.contains(id); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    //! A check changed by the user (setData), not by setCheckedIds().
    void checkedIdsEdited();

private:
    int m_idRole;
    QSet<QString> m_checked;
    QStringList m_order;
};

} // namespace Density
