#include "spacetreemodel.h"

#include "api/densityclient.h"

#include <QSet>

namespace Density {

SpaceTreeModel::SpaceTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {}

namespace {

//! Fallback for values the tables below do not know: "flex_space" -> "Flex space".
QString capitalisedWords(const QString &raw) {
    QString text = raw.trimmed();
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

void SpaceTreeModel::load(DensityClient *client) {
    // A new load supersedes the old one: aborted calls never call back.
    m_loading.abort();
    m_client = client;
    setLoading(true);
    m_loading = client->spaces(this, [this](const Result<QList<Space>> &result) {
        setLoading(false);
        if (!result) {
            Q_EMIT loadFailed(result.error().message());
            return;
        }
        setSpaces(result.value());
    });
}

DensityClient *SpaceTreeModel::client() const {
    return m_client;
}

void SpaceTreeModel::cancelLoad() {
    if (!m_isLoading)
        return;
    m_loading.abort();
    setLoading(false);
}

void SpaceTreeModel::setLoading(bool loading) {
    if (m_isLoading == loading)
        return;
    m_isLoading = loading;
    Q_EMIT loadingChanged(loading);
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

QHash<QString, QString> SpaceTreeModel::spaceNames() const {
    QHash<QString, QString> names;
    names.reserve(m_spaces.size());
    for (const Space &space : m_spaces)
        names.insert(space.id, space.name);
    return names;
}

const Space *SpaceTreeModel::space(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_spaces.at(int(index.internalId()));
}

const Space *SpaceTreeModel::spaceById(const QString &spaceId) const {
    const int node = m_byId.value(spaceId, -1);
    return node < 0 ? nullptr : &m_spaces.at(node);
}

QStringList SpaceTreeModel::ancestorNames(const QString &spaceId) const {
    QStringList names;
    int node = m_byId.value(spaceId, -1);
    if (node < 0)
        return names;
    // Bounded by the node count: setSpaces() removed cycles, but a bound costs nothing.
    for (int step = 0; step < m_nodes.size(); ++step) {
        node = m_nodes.at(node).parent;
        if (node < 0)
            break;
        names.prepend(m_spaces.at(node).name);
    }
    return names;
}

QString SpaceTreeModel::functionText(const QString &function) {
    // The API's list is open (REFERENCE §4.13); these are the values seen in docs and clients.
    static const struct {
        const char *raw;
        const char *text;
    } known[] = {
        {"desk", QT_TR_NOOP("Desk")},
        {"phone_booth", QT_TR_NOOP("Phone booth")},
        {"meeting_room", QT_TR_NOOP("Meeting room")},
        {"open_workstation", QT_TR_NOOP("Open workstation")},
        {"flex_space", QT_TR_NOOP("Flex space")},
        {"lounge", QT_TR_NOOP("Lounge")},
        {"cafe", QT_TR_NOOP("Café")},
        {"gym", QT_TR_NOOP("Gym")},
        {"wellness_room", QT_TR_NOOP("Wellness room")},
        {"kitchen", QT_TR_NOOP("Kitchen")},
        {"library", QT_TR_NOOP("Library")},
        {"lobby", QT_TR_NOOP("Lobby")},
        {"restroom", QT_TR_NOOP("Restroom")},
    };
    for (const auto &entry : known) {
        if (function == QLatin1String(entry.raw))
            return tr(entry.text);
    }
    return capitalisedWords(function);
}

QString SpaceTreeModel::countingModeText(const QString &mode) {
    if (mode == QLatin1String("oa"))
        return tr("Open area");
    if (mode == QLatin1String("entry"))
        return tr("Entry");
    if (mode == QLatin1String("waffle"))
        return tr("Waffle");
    return capitalisedWords(mode);
}

QString SpaceTreeModel::spaceTypeText(const QString &type) {
    if (type == QLatin1String("campus"))
        return tr("Campus");
    if (type == QLatin1String("building"))
        return tr("Building");
    if (type == QLatin1String("floor"))
        return tr("Floor");
    if (type == QLatin1String("space"))
        return tr("Space");
    return capitalisedWords(type);
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
    if (role == FunctionRole)
        return item->function.valueOr(QString());
    if (role == LabelNamesRole) {
        QStringList names;
        names.reserve(item->labels.size());
        for (const Label &label : item->labels)
            names.append(label.name);
        return names;
    }
    if (role == Qt::ToolTipRole)
        return item->id;
    if (role == Qt::TextAlignmentRole && index.column() == CapacityColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return item->name;
    case TypeColumn:
        return spaceTypeText(item->spaceType);
    case CapacityColumn:
        // Unset capacity is not zero: utilization is unavailable in both cases, but for
        // different reasons, and an admin needs to see which.
        if (item->capacity.hasValue())
            return QString::number(item->capacity.value());
        return tr("not set");
    case CountingModeColumn:
        return countingModeText(item->countingMode.valueOr(QString()));
    case FunctionColumn:
        return functionText(item->function.valueOr(QString()));
    default:
        return {};
    }
}

QVariant SpaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // The tooltip repeats the title, which a narrow column elides.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
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
