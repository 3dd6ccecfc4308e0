#include "labeltreemodel.h"

#include "api/densityclient.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Density {
namespace {

// Index ids: 0 for a top-level row; top row + 1 for a label under that row.
constexpr quintptr kTopLevel = 0;

bool lessByName(const QString &a, const QString &b) {
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

} // namespace

LabelTreeModel::LabelTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void LabelTreeModel::load(DensityClient *client) {
    cancelLoad();
    const quint64 generation = ++m_generation;
    setLoading(true);
    auto failed = [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        cancelLoad(); // the other two answers are of no use without this one
        Q_EMIT loadFailed(error.message());
    };
    m_labelsCall =
        client->labels(this, [this, generation, failed](const Result<QList<Label>> &result) {
            if (generation != m_generation)
                return;
            if (!result)
                return failed(result.error());
            m_pendingLabels = result.value();
            finishLoad();
        });
    m_groupsCall = client->labelGroups(
        this, [this, generation, failed](const Result<QList<LabelGroup>> &result) {
            if (generation != m_generation)
                return;
            if (!result)
                return failed(result.error());
            m_pendingGroups = result.value();
            finishLoad();
        });
    m_spacesCall =
        client->spaces(this, [this, generation, failed](const Result<QList<Space>> &result) {
            if (generation != m_generation)
                return;
            if (!result)
                return failed(result.error());
            m_pendingSpaces = result.value();
            finishLoad();
        });
}

void LabelTreeModel::cancelLoad() {
    ++m_generation;
    m_labelsCall.abort();
    m_groupsCall.abort();
    m_spacesCall.abort();
    m_pendingLabels.reset();
    m_pendingGroups.reset();
    m_pendingSpaces.reset();
    setLoading(false);
}

void LabelTreeModel::finishLoad() {
    if (!m_pendingLabels || !m_pendingGroups || !m_pendingSpaces)
        return;
    const QList<Label> labels = std::move(*m_pendingLabels);
    const QList<LabelGroup> groups = std::move(*m_pendingGroups);
    const QList<Space> spaces = std::move(*m_pendingSpaces);
    m_pendingLabels.reset();
    m_pendingGroups.reset();
    m_pendingSpaces.reset();
    setLoading(false);
    setData(labels, groups, spaces);
    Q_EMIT loaded();
}

void LabelTreeModel::setLoading(bool loading) {
    if (m_isLoading == loading)
        return;
    m_isLoading = loading;
    Q_EMIT loadingChanged(loading);
}

void LabelTreeModel::setData(const QList<Label> &labels, const QList<LabelGroup> &groups,
                             const QList<Space> &spaces) {
    beginResetModel();
    m_labels = labels;
    m_groups = groups;
    m_top.clear();
    m_labelById.clear();
    m_groupById.clear();
    m_labelTop.clear();
    m_spaces.clear();

    for (int i = 0; i < m_groups.size(); ++i)
        m_groupById.insert(m_groups[i].id, i);
    for (int i = 0; i < m_labels.size(); ++i)
        m_labelById.insert(m_labels[i].id, i);
    // A label that does not name its group may still be listed by one (LabelGroup.labels).
    for (const LabelGroup &group : std::as_const(m_groups)) {
        for (const Label &member : group.labels) {
            const int label = m_labelById.value(member.id, -1);
            if (label >= 0 && m_labels[label].groupId.isEmpty()) {
                m_labels[label].groupId = group.id;
                m_labels[label].groupName = group.name;
            }
        }
    }

    // Spaces per label: the label's own list, then the spaces naming it; one entry per space.
    QHash<QString, QSet<QString>> seen;
    auto addSpace = [this, &seen](const QString &labelId, const LabelSpace &space) {
        if (space.id.isEmpty() || !m_labelById.contains(labelId))
            return;
        if (seen[labelId].contains(space.id))
            return;
        seen[labelId].insert(space.id);
        m_spaces[labelId].append(space);
    };
    for (const Label &label : std::as_const(m_labels)) {
        for (const LabelSpace &space : label.spaces)
            addSpace(label.id, space);
    }
    for (const Space &space : spaces) {
        for (const Label &label : space.labels)
            addSpace(label.id, LabelSpace{space.id, space.name, 0});
    }
    for (auto it = m_spaces.begin(); it != m_spaces.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const LabelSpace &a, const LabelSpace &b) {
            return lessByName(a.name, b.name);
        });
    }

    // Top rows: groups by name, then Ungrouped; labels by name inside each.
    QList<int> groupOrder(m_groups.size());
    std::iota(groupOrder.begin(), groupOrder.end(), 0);
    std::sort(groupOrder.begin(), groupOrder.end(),
              [this](int a, int b) { return lessByName(m_groups[a].name, m_groups[b].name); });
    QHash<int, int> topOfGroup;
    for (int group : std::as_const(groupOrder)) {
        topOfGroup.insert(group, int(m_top.size()));
        m_top.append(TopRow{group, {}});
    }
    TopRow ungrouped;
    QList<int> labelOrder(m_labels.size());
    std::iota(labelOrder.begin(), labelOrder.end(), 0);
    std::sort(labelOrder.begin(), labelOrder.end(),
              [this](int a, int b) { return lessByName(m_labels[a].name, m_labels[b].name); });
    for (int label : std::as_const(labelOrder)) {
        const int group = m_groupById.value(m_labels[label].groupId, -1);
        if (group >= 0)
            m_top[topOfGroup.value(group)].labels.append(label);
        else
            ungrouped.labels.append(label);
    }
    if (!ungrouped.labels.isEmpty())
        m_top.append(ungrouped);
    for (int top = 0; top < m_top.size(); ++top) {
        for (int label : std::as_const(m_top[top].labels))
            m_labelTop.insert(m_labels[label].id, top);
    }
    m_loaded = true;
    endResetModel();
}

const Label *LabelTreeModel::labelById(const QString &labelId) const {
    const int i = m_labelById.value(labelId, -1);
    return i < 0 ? nullptr : &m_labels[i];
}

const LabelGroup *LabelTreeModel::groupById(const QString &groupId) const {
    const int i = m_groupById.value(groupId, -1);
    return i < 0 ? nullptr : &m_groups[i];
}

QList<LabelSpace> LabelTreeModel::spacesWithLabel(const QString &labelId) const {
    return m_spaces.value(labelId);
}

int LabelTreeModel::spaceCountOfGroup(const QString &groupId) const {
    QSet<QString> ids;
    for (const Label &label : m_labels) {
        if (label.groupId != groupId)
            continue;
        for (const LabelSpace &space : m_spaces.value(label.id))
            ids.insert(space.id);
    }
    return int(ids.size());
}

LabelTreeModel::Kind LabelTreeModel::kind(const QModelIndex &index) {
    return Kind(index.data(KindRole).toInt());
}

QModelIndex LabelTreeModel::indexOfLabel(const QString &labelId) const {
    const auto top = m_labelTop.constFind(labelId);
    if (top == m_labelTop.constEnd())
        return {};
    const int label = m_labelById.value(labelId);
    const int row = int(m_top[*top].labels.indexOf(label));
    return createIndex(row, NameColumn, quintptr(*top) + 1);
}

QModelIndex LabelTreeModel::indexOfGroup(const QString &groupId) const {
    for (int top = 0; top < m_top.size(); ++top) {
        const int group = m_top[top].group;
        if (group >= 0 ? m_groups[group].id == groupId : groupId.isEmpty())
            return createIndex(top, NameColumn, kTopLevel);
    }
    return {};
}

QModelIndex LabelTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_top.size())
        return {};
    if (row >= m_top[parent.row()].labels.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex LabelTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), NameColumn, kTopLevel);
}

int LabelTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != NameColumn || parent.internalId() != kTopLevel)
        return 0;
    return int(m_top[parent.row()].labels.size());
}

int LabelTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QString LabelTreeModel::topName(const TopRow &top) const {
    return top.group >= 0 ? m_groups[top.group].name : tr("Ungrouped");
}

int LabelTreeModel::topSpaceCount(const TopRow &top) const {
    QSet<QString> ids;
    for (int label : top.labels) {
        for (const LabelSpace &space : m_spaces.value(m_labels[label].id))
            ids.insert(space.id);
    }
    return int(ids.size());
}

QVariant LabelTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        const TopRow &top = m_top[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return topName(top);
            return topSpaceCount(top);
        case Qt::ToolTipRole:
            if (top.group < 0)
                return tr("Labels that belong to no label group");
            return tr("Label group \u201c%1\u201d: %n label(s)", nullptr, int(top.labels.size()))
                .arg(topName(top));
        case Qt::TextAlignmentRole:
            if (index.column() == SpacesColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case IdRole:
            return top.group >= 0 ? m_groups[top.group].id : QString();
        case KindRole:
            return int(top.group >= 0 ? Kind::Group : Kind::Ungrouped);
        case GroupIdRole:
            return top.group >= 0 ? m_groups[top.group].id : QString();
        case SpaceCountRole:
            return topSpaceCount(top);
        default:
            return {};
        }
    }
    const Label &label = m_labels[m_top[int(index.internalId() - 1)].labels[index.row()]];
    const int spaceCount = int(m_spaces.value(label.id).size());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return label.name;
        return spaceCount;
    case Qt::ToolTipRole:
        return tr("Label \u201c%1\u201d on %n space(s)", nullptr, spaceCount).arg(label.name);
    case Qt::TextAlignmentRole:
        if (index.column() == SpacesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return label.id;
    case KindRole:
        return int(Kind::Label);
    case GroupIdRole:
        return label.groupId;
    case SpaceCountRole:
        return spaceCount;
    default:
        return {};
    }
}

QVariant LabelTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SpacesColumn:
        return tr("Spaces");
    default:
        return {};
    }
}

} // namespace Density
