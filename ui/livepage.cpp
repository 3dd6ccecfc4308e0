#include "livepage.h"

#include "liveavailabilitydelegate.h"
#include "liveconnectionindicator.h"
#include "livetiledelegate.h"
#include "livevaluedelegate.h"
#include "models/livepresencemodel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Density {

namespace {

//! The tiles show one column (the name) and paint the rest; a screen reader reads the item's
//! text, so each tile's text is what it paints: name, state, value, age.
class TileTextProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::AccessibleTextRole && index.column() == LivePresenceModel::SpaceColumn)
            return LiveTileDelegate::lines(index).join(QStringLiteral(", "));
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

LivePage::LivePage(DensityClient *client, QWidget *parent)
    : AnalyticsPage(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_indicator(new LiveConnectionIndicator(this))
    , m_model(new LivePresenceModel(this))
    , m_view(new QTableView(this))
    , m_grid(new QListView(this))
    , m_views(new QStackedWidget(this))
    , m_listButton(new QToolButton(this))
    , m_gridButton(new QToolButton(this))
    , m_legend(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    top->addWidget(m_title, 1);
    // Grid for a wall screen or a glance, list for reading health and counting mode.
    auto *modes = new QButtonGroup(this);
    for (QAbstractButton *button : {m_listButton, m_gridButton}) {
        button->setCheckable(true);
        static_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(button);
        top->addWidget(button, 0, Qt::AlignVCenter);
    }
    m_listButton->setText(tr("List"));
    m_listButton->setToolTip(tr("Show the spaces as a table with health and counting mode"));
    m_gridButton->setText(tr("Grid"));
    m_gridButton->setToolTip(tr("Show the spaces as tiles"));
    m_listButton->setChecked(true);
    connect(m_listButton, &QAbstractButton::clicked, this, [this] { setViewMode(ViewMode::List); });
    connect(m_gridButton, &QAbstractButton::clicked, this, [this] { setViewMode(ViewMode::Grid); });
    top->addSpacing(8);
    top->addWidget(m_indicator, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(top);

    //! Rows in name order, so people find a room where they expect it; the model keeps id
    //! order (stable across refreshes) and its row-precise repaints pass through the proxy.
    auto *byName = new QSortFilterProxyModel(this);
    byName->setSourceModel(m_model);
    byName->setSortLocaleAware(true);
    byName->sort(LivePresenceModel::SpaceColumn);
    m_view->setModel(byName);
    m_view->setAccessibleName(tr("Spaces right now"));
    m_view->setItemDelegateForColumn(LivePresenceModel::AvailabilityColumn,
                                     new LiveAvailabilityDelegate(m_view));
    m_view->setItemDelegateForColumn(LivePresenceModel::ValueColumn, new LiveValueDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LivePresenceModel::SpaceColumn, QHeaderView::Stretch);

    // The same sorted rows as tiles; each tile reads its row's other columns.
    auto *tiles = new TileTextProxy(this);
    tiles->setSourceModel(byName);
    m_grid->setModel(tiles);
    m_grid->setAccessibleName(tr("Spaces right now, as tiles"));
    m_grid->setModelColumn(LivePresenceModel::SpaceColumn);
    m_grid->setItemDelegate(new LiveTileDelegate(m_grid));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setWrapping(true);
    m_grid->setUniformItemSizes(true);
    m_grid->setSpacing(4);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_views->addWidget(m_view);
    m_views->addWidget(m_grid);
    layout->addWidget(m_views, 1);

    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::PlainText);
    m_legend->setText(legendText());
    layout->addWidget(m_legend);

    updateTitle();
}

LivePage::~LivePage() {
    // The model follows the feed through a QPointer; detach first so no repaint reaches a
    // half-destroyed feed.
    m_model->setFeed(nullptr);
}

void LivePage::setViewMode(ViewMode mode) {
    m_mode = mode;
    m_views->setCurrentWidget(mode == ViewMode::Grid ? static_cast<QWidget *>(m_grid) : m_view);
    (mode == ViewMode::Grid ? m_gridButton : m_listButton)->setChecked(true);
}

void LivePage::setFloorResolver(FloorResolver resolver) {
    m_resolver = std::move(resolver);
}

void LivePage::setSpaceNames(const QHash<QString, QString> &names) {
    m_names = names;
    m_model->setSpaceNames(names);
    updateTitle();
}

void LivePage::setFeedTiming(const LiveFeed::Timing &timing) {
    m_timing = timing;
}

void LivePage::setSelection(const QList<Space> &spaces) {
    QString floor;
    if (!spaces.isEmpty()) {
        const Space &first = spaces.constFirst();
        if (first.spaceType == QLatin1String("floor"))
            floor = first.id;
        else if (m_resolver)
            floor = m_resolver(first.id);
        if (!first.name.isEmpty() && !m_names.contains(first.id))
            m_names.insert(first.id, first.name);
    }
    setFloor(floor);
}

void LivePage::setClient(DensityClient *client) {
    if (client == m_client)
        return;
    m_client = client;
    const QString floor = std::exchange(m_floorId, QString());
    m_model->setFeed(nullptr);
    m_feed.reset();
    setFloor(floor);
}

void LivePage::setFloor(const QString &floorId) {
    if (floorId == m_floorId && (m_feed || floorId.isEmpty()))
        return;
    m_floorId = floorId;
    // The old stream stops before the new one opens: one floor streams at a time.
    m_model->setFeed(nullptr);
    m_feed.reset();
    if (!floorId.isEmpty() && m_client) {
        m_feed = std::make_unique<LiveFeed>(m_client, LiveFeed::Kind::FloorPresence, floorId);
        m_feed->setTiming(m_timing);
        connect(m_feed.get(), &LiveFeed::stateChanged, this, &LivePage::onFeedState);
        m_model->setFeed(m_feed.get());
        if (isVisible())
            m_feed->start();
    }
    m_indicator->setState(m_feed ? m_feed->state() : LiveFeed::State::Idle);
    updateTitle();
}

QString LivePage::titleText() const {
    return m_title->text();
}

QString LivePage::legendText() const {
    return tr("\u2713 Available and \u25A0 Occupied show whether a sensor sees anyone right "
              "now: availability is occupancy, not booking. ? Unknown means the sensor is "
              "offline or degraded, or the data is stale (two refreshes missed); such a space "
              "is never shown as available, and its last reading reads \u201Clast: \u2026\u201D, "
              "dimmed.");
}

void LivePage::showEvent(QShowEvent *event) {
    AnalyticsPage::showEvent(event);
    if (m_feed)
        m_feed->start();
}

void LivePage::hideEvent(QHideEvent *event) {
    AnalyticsPage::hideEvent(event);
    // Nobody is looking: release the socket. The last known state stays in the table.
    if (m_feed)
        m_feed->stop();
}

void LivePage::onFeedState(LiveFeed::State state, const QString &reason) {
    m_indicator->setState(state, reason);
    // The indicator shows it beside the title; the window's error banner says it as well, once
    // per failure, because a wall screen's viewer may not be looking at the indicator.
    if (state == LiveFeed::State::Failed)
        Q_EMIT failed(
            reason.isEmpty()
                ? tr("The live view of %1 stopped.").arg(m_names.value(m_floorId, m_floorId))
                : tr("The live view of %1 stopped. %2")
                      .arg(m_names.value(m_floorId, m_floorId), reason));
}

void LivePage::updateTitle() {
    if (m_floorId.isEmpty()) {
        m_title->setText(tr("Select a floor, or a room on it, to see its spaces live."));
        return;
    }
    m_title->setText(tr("Live: %1").arg(m_names.value(m_floorId, m_floorId)));
}

} // namespace Density
