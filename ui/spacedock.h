#pragma once

#include "model/space.h"

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace Density {

class SpaceFilterProxyModel;
class SpaceTreeModel;

//! The left dock: the portfolio tree with a filter box and multi-selection for comparison.
//! Selection order is kept (the first selected space comes first on every page) and capped at
//! MaxSelection; extra picks are dropped with a note in the dock, never a modal dialog.
class SpaceDock : public QDockWidget {
    Q_OBJECT
public:
    static constexpr int MaxSelection = 8;

    SpaceDock(SpaceTreeModel *model, QWidget *parent = nullptr);

    //! In selection order.
    QList<Space> selectedSpaces() const;
    QStringList selectedIds() const { return m_order; }
    //! Selects the spaces that exist (at most MaxSelection), reveals and scrolls to them.
    //! Returns the ids that were not found.
    QStringList selectSpaces(const QStringList &ids);

    //! Applies a filter at once (typing in the box applies it after a short pause).
    void setFilterText(const QString &text);
    QString noticeText() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    SpaceFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void selectionChanged(const QList<Density::Space> &spaces);

private:
    void applyFilter();
    void expandDefault();
    void expandMatches();
    void onSelectionChanged();
    void showNotice(const QString &text);
    void revealSelection();
    void syncViewSelection();
    void updateCount();
    bool isShownInTree(const QString &id) const;

    SpaceTreeModel *m_model;
    SpaceFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_notice;
    QLabel *m_count;
    QTimer *m_filterDelay;
    QTimer *m_noticeTimeout;
    QStringList m_order; //!< selected ids, oldest first
    bool m_adjusting = false;
};

} // namespace Density
