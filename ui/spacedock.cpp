#include "spacedock.h"

#include "models/spacefilterproxymodel.h"
#include "models/spacetreemodel.h"
#include "spaceitemdelegate.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Density {

SpaceDock::SpaceDock(SpaceTreeModel *model, QWidget *parent)
    : QDockWidget(tr("Spaces"), parent)
    , m_model(model)
    , m_proxy(new SpaceFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_notice(new QLabel(this))
    , m_count(new QLabel(this))
    , m_filterDelay(new QTimer(this))
    , m_noticeTimeout(new QTimer(this)) {
    setObjectName(QStringLiteral("spaceDock")); // saveState() needs a name
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);

    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter by name, label or function"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter spaces"));

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new SpaceItemDelegate(m_view));
    // 50,000 rows: uniform heights let the view skip measuring every row.
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Space hierarchy"));
    m_view->setColumnHidden(SpaceTreeModel::TypeColumn, true); // the icon says it
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SpaceTreeModel::NameColumn, QHeaderView::Stretch);
    // Fixed starting widths rather than ResizeToContents, which would measure all rows.
    // Wide enough for typical content and the title, up to a cap: long translations are elided
    // (the title has a tooltip; columns can be widened) rather than squeezing the names, which
    // are what people scan.
    const QFontMetrics metrics = m_view->fontMetrics();
    auto fit = [&](int column, const QString &sample) {
        const int title =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        const int cap = metrics.averageCharWidth() * 14;
        const int content = std::min(metrics.horizontalAdvance(sample), cap);
        header->resizeSection(column, std::max(content, std::min(title, cap)) +
                                          metrics.averageCharWidth() * 3);
    };
    fit(SpaceTreeModel::CapacityColumn, QStringLiteral("000000"));
    fit(SpaceTreeModel::CountingModeColumn, SpaceTreeModel::countingModeText(QStringLiteral("oa")));
    fit(SpaceTreeModel::FunctionColumn,
        SpaceTreeModel::functionText(QStringLiteral("meeting_room")));
    m_view->setMinimumWidth(320);
    header->setMinimumSectionSize(48);

    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("selectionNotice"));
    m_notice->setStyleSheet(QStringLiteral("#selectionNotice { background: rgba(230, 162, 60, "
                                           "0.18); border-radius: 3px; padding: 4px; }"));
    m_notice->hide();
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_count);
    setWidget(content);
    setFocusProxy(m_filter);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &SpaceDock::applyFilter);
    m_noticeTimeout->setSingleShot(true);
    m_noticeTimeout->setInterval(10000);
    connect(m_noticeTimeout, &QTimer::timeout, m_notice, &QLabel::hide);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SpaceDock::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_order.clear();
        updateCount();
        if (m_proxy->isFiltering())
            expandMatches();
        else
            expandDefault();
        Q_EMIT selectionChanged({});
    });
}

QList<Space> SpaceDock::selectedSpaces() const {
    QList<Space> spaces;
    for (const QString &id : m_order) {
        if (const Space *space = m_model->spaceById(id))
            spaces.append(*space);
    }
    return spaces;
}

QStringList SpaceDock::selectSpaces(const QStringList &ids) {
    QStringList missing;
    QStringList order;
    for (const QString &id : ids) {
        const QModelIndex source = m_model->indexOf(id);
        if (!source.isValid()) {
            missing.append(id);
            continue;
        }
        if (order.contains(id) || order.size() >= MaxSelection)
            continue;
        order.append(id);
    }
    m_order = order;
    syncViewSelection();
    updateCount();
    const int unique = int(QSet<QString>(ids.cbegin(), ids.cend()).size() - missing.size());
    if (unique > MaxSelection)
        showNotice(tr("You can compare up to %1 spaces at a time; the first %1 were selected.")
                       .arg(MaxSelection));
    if (!order.isEmpty())
        m_view->selectionModel()->setCurrentIndex(
            m_proxy->mapFromSource(m_model->indexOf(order.first())), QItemSelectionModel::NoUpdate);
    revealSelection();
    Q_EMIT selectionChanged(selectedSpaces());
    return missing;
}

void SpaceDock::setFilterText(const QString &text) {
    if (m_filter->text() != text) {
        const QSignalBlocker blocker(m_filter);
        m_filter->setText(text);
    }
    m_filterDelay->stop();
    applyFilter();
}

QString SpaceDock::noticeText() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void SpaceDock::applyFilter() {
    const bool wasFiltering = m_proxy->isFiltering();
    // Rows the filter removes leave the view's selection, not the user's: keep m_order.
    m_adjusting = true;
    m_proxy->setFilterText(m_filter->text());
    if (m_proxy->isFiltering())
        expandMatches();
    else if (wasFiltering)
        expandDefault();
    m_adjusting = false;
    syncViewSelection();
    revealSelection();
    updateCount();
}

bool SpaceDock::isShownInTree(const QString &id) const {
    return m_proxy->mapFromSource(m_model->indexOf(id)).isValid();
}

void SpaceDock::syncViewSelection() {
    QItemSelection selection;
    for (const QString &id : std::as_const(m_order)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
        if (index.isValid())
            selection.select(index, index);
    }
    m_adjusting = true;
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    m_adjusting = false;
}

void SpaceDock::updateCount() {
    QString text = tr("%Ln space(s)", nullptr, m_model->spaceCount());
    if (!m_order.isEmpty()) {
        int hidden = 0;
        for (const QString &id : std::as_const(m_order))
            hidden += isShownInTree(id) ? 0 : 1;
        text = hidden > 0 ? tr("%1 · %2 selected, %3 hidden by the filter")
                                .arg(text)
                                .arg(m_order.size())
                                .arg(hidden)
                          : tr("%1 · %2 selected").arg(text).arg(m_order.size());
    }
    m_count->setText(text);
}

void SpaceDock::expandDefault() {
    // Campuses and buildings open, floors closed: the first screen shows the floors without
    // laying out tens of thousands of rooms, whether or not the portfolio has a campus level.
    m_view->setUpdatesEnabled(false);
    m_view->collapseAll();
    QList<QModelIndex> pending;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        pending.append(m_proxy->index(row, 0));
    while (!pending.isEmpty()) {
        const QModelIndex index = pending.takeLast();
        const QString type = index.data(SpaceTreeModel::SpaceTypeRole).toString();
        if (type != QLatin1String("campus") && type != QLatin1String("building"))
            continue;
        m_view->expand(index);
        for (int row = 0; row < m_proxy->rowCount(index); ++row)
            pending.append(m_proxy->index(row, 0, index));
    }
    m_view->setUpdatesEnabled(true);
}

void SpaceDock::expandMatches() {
    // Open the ancestors of every direct match (so each match is on screen), but not the
    // matches themselves: a matched building lists its floors only when asked.
    m_view->setUpdatesEnabled(false);
    m_view->collapseAll();
    QList<QModelIndex> pending;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        pending.append(m_proxy->index(row, 0));
    while (!pending.isEmpty()) {
        const QModelIndex index = pending.takeLast();
        if (m_proxy->matchesDirectly(m_proxy->mapToSource(index))) {
            for (QModelIndex up = index.parent(); up.isValid() && !m_view->isExpanded(up);
                 up = up.parent())
                m_view->expand(up);
        }
        for (int row = 0; row < m_proxy->rowCount(index); ++row)
            pending.append(m_proxy->index(row, 0, index));
    }
    m_view->setUpdatesEnabled(true);
}

void SpaceDock::revealSelection() {
    if (m_order.isEmpty())
        return;
    const QModelIndex first = m_proxy->mapFromSource(m_model->indexOf(m_order.first()));
    if (!first.isValid())
        return;
    for (const QString &id : m_order) {
        for (QModelIndex up = m_proxy->mapFromSource(m_model->indexOf(id)).parent(); up.isValid();
             up = up.parent())
            m_view->expand(up);
    }
    m_view->scrollTo(first);
}

void SpaceDock::onSelectionChanged() {
    if (m_adjusting)
        return;
    QStringList selected;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    selected.reserve(rows.size());
    for (const QModelIndex &row : rows)
        selected.append(row.data(SpaceTreeModel::SpaceIdRole).toString());
    // Keep the old order for what stays selected, then append new picks in view order. Sets,
    // because a Shift+click range can select tens of thousands of rows.
    const QSet<QString> selectedSet(selected.cbegin(), selected.cend());
    // Spaces hidden by the filter stay selected while the user adds to the selection
    // (Ctrl/Shift): filtering for "Floor 3", then "Floor 5" must be able to compare both.
    const bool adding =
        QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    QStringList order;
    for (const QString &id : std::as_const(m_order)) {
        if (selectedSet.contains(id) || (adding && !isShownInTree(id)))
            order.append(id);
    }
    QSet<QString> kept(order.cbegin(), order.cend());
    int dropped = 0;
    for (const QString &id : std::as_const(selected)) {
        if (kept.contains(id))
            continue;
        if (order.size() < MaxSelection) {
            order.append(id);
            kept.insert(id);
        } else {
            ++dropped;
        }
    }
    if (dropped > 0) {
        QItemSelection keep;
        for (const QString &id : std::as_const(order)) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
            keep.select(index, index);
        }
        m_adjusting = true;
        m_view->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
        m_adjusting = false;
        showNotice(tr("You can compare up to %1 spaces at a time. %2 more were not added; "
                      "deselect a space (Ctrl+click) to make room.")
                       .arg(MaxSelection)
                       .arg(dropped));
    } else {
        m_notice->hide();
    }
    if (order == m_order)
        return;
    m_order = order;
    updateCount();
    Q_EMIT selectionChanged(selectedSpaces());
}

void SpaceDock::showNotice(const QString &text) {
    m_notice->setText(text);
    m_notice->show();
    m_noticeTimeout->start();
}

} // namespace Density
