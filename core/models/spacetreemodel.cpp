#include "spacetreemodel.h"

#include "api/densityclient.h"

#include <QSet>

namespace Density {

SpaceTreeModel::SpaceTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void SpaceTreeModel::load(DensityClient *client) {
    m_loading.abort();
    Q_EMIT loadingChanged(true);
    m_loading = client->spaces(this, [this](const Result<QList<Space>> &result) {
        Q_EMIT loadingChanged(false);
        if (!result) {
            Q_EMIT loadFailed(result.error().message());
            return;
        }
        setSpaces(result.value());
    });
}

void SpaceTreeModel::setSpaces(QList<Space> spaces) {
    beginResetModel();
    m_spaces = std::move(spaces);
    m_nodes = QList<Node>(m_spaces.size());
    m_roots.clear();
    m_byId.clear();
    m_byId.reserve(m_spaces.size());
    for (int i = 0; i < m_spaces.size(); ++i)
        m_byId.insert(m_spaces.at(i).id, i);
    for (int i = 0; i < m_spaces.size(); ++i) {
        for (const QString &childId : m_spaces.at(i).childrenIds) {
            const int child = m_byId.value(childId, -1);
            // A child listed twice, or a cycle, must not create a second parent.
            if (child < 0 || child == i || m_nodes[child].parent >= 0)
                continue;
            m_nodes[child].parent = i;
            m_nodes[child].row = int(m_nodes[i].children.size());
            m_nodes[i].children.append(child);
        }
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).parent < 0) {
            m_nodes[i].row = int(m_roots.size());
            m_roots.append(i);
        }
    }
    // Guard against cycles: nodes on a cycle have parents but no root above them.
    QSet<int> reachable;
    QList<int> pending = m_roots;
    while (!pending.isEmpty()) {
        const int node = pending.takeLast();
        reachable.insert(node);
        pending.append(m_nodes.at(node).children);
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (reachable.contains(i))
            continue;
        Node &orphan = m_nodes[i];
        if (orphan.parent >= 0) {
            QList<int> &siblings = m_nodes[orphan.parent].children;
            siblings.removeOne(i);
            for (int row = 0; row < siblings.size(); ++row)
                m_nodes[siblings.at(row)].row = row;
        }
        orphan.parent = -1;
        orphan.row = int(m_roots.size());
        m_roots.append(i);
        QList<int> below = orphan.children;
        while (!below.isEmpty()) {
            const int node = below.takeLast();
            if (reachable.contains(node))
                continue;
            reachable.insert(node);
            below.append(m_nodes.at(node).children);
        }
        reachable.insert(i);
    }
    endResetModel();
}

const Space *SpaceTreeModel::space(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_spaces.at(int(index.internalId()));
}

QModelIndex SpaceTreeModel::indexOf(const QString &spaceId) const {
    const int node = m_byId.value(spaceId, -1);
    if (node < 0)
        return {};
    return createIndex(m_nodes.at(node).row, 0, quintptr(node));
}

const QList<int> &SpaceTreeModel::childrenOf(const QModelIndex &parent) const {
    if (!parent.isValid())
        return m_roots;
    return m_nodes.at(int(parent.internalId())).children;
}

QModelIndex SpaceTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex SpaceTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int SpaceTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int SpaceTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant SpaceTreeModel::data(const QModelIndex &index, int role) const {
    const Space *item = space(index);
    if (!item)
        return {};
    if (role == SpaceIdRole)
        return item->id;
    if (role == SpaceTypeRole)
        return item->spaceType;
    if (role == Qt::ToolTipRole)
        return item->id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return item->name;
    case TypeColumn:
        return item->spaceType;
    case CapacityColumn:
        // Unset capacity is not zero: utilization is unavailable in both cases, but for
        // different reasons, and an admin needs to see which.
        if (item->capacity.hasValue())
            return QString::number(item->capacity.value());
        return tr("not set");
    case CountingModeColumn:
        return item->countingMode.valueOr(QString());
    case FunctionColumn:
        return item->function.valueOr(QString());
    default:
        return {};
    }
}

QVariant SpaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case CapacityColumn:
        return tr("Capacity");
    case CountingModeColumn:
        return tr("Counting mode");
    case FunctionColumn:
        return tr("Function");
    default:
        return {};
    }
}

} // namespace Density
