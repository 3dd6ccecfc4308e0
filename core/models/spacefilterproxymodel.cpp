#include "spacefilterproxymodel.h"

#include "spacetreemodel.h"

namespace Density {

SpaceFilterProxyModel::SpaceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setFilterKeyColumn(SpaceTreeModel::NameColumn);
}

void SpaceFilterProxyModel::setSourceModel(QAbstractItemModel *model) {
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    m_cache.clear();
    if (model) {
        // Cached text goes stale whenever the source changes; clear before the proxy re-reads.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_cache.clear(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_cache.clear(); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this] { m_cache.clear(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void SpaceFilterProxyModel::setFilterText(const QString &text) {
    const QStringList words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    // A reset, not invalidateRowsFilter(): clearing a filter over 50,000 spaces re-inserted
    // rows parent by parent and the tree relaid itself out for each batch (over a second).
    // After a reset the view asks only for what it shows.
    beginResetModel();
    m_words = words;
    endResetModel();
}

bool SpaceFilterProxyModel::matchesDirectly(const QModelIndex &sourceIndex) const {
    if (m_words.isEmpty())
        return true;
    const QString &haystack = searchText(sourceIndex);
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool SpaceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_words.isEmpty())
        return true;
    return matchesDirectly(sourceModel()->index(sourceRow, 0, sourceParent));
}

const QString &SpaceFilterProxyModel::searchText(const QModelIndex &sourceIndex) const {
    const QString id = sourceIndex.data(SpaceTreeModel::SpaceIdRole).toString();
    auto found = m_cache.constFind(id);
    if (found != m_cache.constEnd())
        return found.value();
    const QString function = sourceIndex.data(SpaceTreeModel::FunctionRole).toString();
    QStringList parts{sourceIndex.data(Qt::DisplayRole).toString(), function};
    // The humanised form too, so a translated "Besprechungsraum" is found as well.
    if (!function.isEmpty())
        parts.append(SpaceTreeModel::functionText(function));
    parts.append(sourceIndex.data(SpaceTreeModel::LabelNamesRole).toStringList());
    return m_cache.insert(id, fold(parts.join(QLatin1Char(' ')))).value();
}

QString SpaceFilterProxyModel::fold(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed "é"
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c.isSpace())
            folded.append(QLatin1Char(' '));
        else
            folded.append(c.toCaseFolded());
    }
    return folded;
}

} // namespace Density
