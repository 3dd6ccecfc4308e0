#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace Density {

//! Filters the space tree by name, label names and function. Matching is case- and
//! accent-insensitive ("cafe" finds "Café", "meeting room" finds "meeting_room"), and every
//! word of the filter must appear somewhere in the space's text. Ancestors of a match stay
//! visible (recursive filtering) so the user sees where a match lives, and the children of a
//! matched building or floor stay reachable under it.
class SpaceFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SpaceFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    //! Empty or blank text shows everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    bool isFiltering() const { return !m_words.isEmpty(); }

    //! True when the source row matches by itself, not only as an ancestor of a match or a
    //! child of one; the view expands the ancestors of these.
    bool matchesDirectly(const QModelIndex &sourceIndex) const;

    //! Lower case, no accents, '_' and '-' as spaces: the form both sides are compared in.
    static QString fold(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const QString &searchText(const QModelIndex &sourceIndex) const;

    QString m_text;
    QStringList m_words;
    //! Folded text per space id. Folding 50,000 names on every keystroke would dominate the
    //! filter's cost; the cache makes a keystroke a hash lookup per row.
    mutable QHash<QString, QString> m_cache;
};

} // namespace Density
