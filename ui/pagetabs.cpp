#include "pagetabs.h"

#include "analyticspage.h"
#include "anomalypage.h"
#include "chartdatasource.h"
#include "datacompletenesspage.h"
#include "livepage.h"
#include "models/spacetreemodel.h"
#include "occupancypage.h"
#include "overviewpage.h"
#include "patternspage.h"
#include "querybar.h"
#include "sensorhealthpage.h"
#include "timeusedpage.h"
#include "utilizationpage.h"

#include <QFrame>
#include <QKeySequence>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace Density {
namespace {

//! The floor a space belongs to, walking up the tree: the Live page streams whole floors.
QString floorOf(const SpaceTreeModel *spaces, const QString &spaceId) {
    for (QModelIndex index = spaces->indexOf(spaceId); index.isValid(); index = index.parent()) {
        const Space *space = spaces->space(index);
        if (space && space->spaceType == QLatin1String("floor"))
            return space->id;
    }
    return QString();
}

} // namespace

PageTabs::PageTabs(const SpaceTreeModel *spaces, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_queryBar(new QueryBar(this))
    , m_stack(new QStackedWidget(this)) {
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setAccessibleName(tr("Pages"));

    addPage(DashboardPage::Overview, new OverviewPage(spaces, this));
    // One data source for the three chart pages: they chart the same query's buckets.
    auto *chartData = new ChartDataSource(this);
    addPage(DashboardPage::Occupancy, new OccupancyPage(spaces, chartData, this));
    addPage(DashboardPage::Utilization, new UtilizationPage(spaces, chartData, this));
    addPage(DashboardPage::TimeUsed, new TimeUsedPage(spaces, chartData, this));
    addPage(DashboardPage::Patterns, new PatternsPage(spaces, this));
    addPage(DashboardPage::Health, new SensorHealthPage(spaces, this));
    addPage(DashboardPage::Completeness, new DataCompletenessPage(spaces, this));
    addPage(DashboardPage::Anomalies, new AnomalyPage(spaces, this));
    auto *live = new LivePage(nullptr, this);
    live->setFloorResolver([spaces](const QString &spaceId) { return floorOf(spaces, spaceId); });
    addPage(DashboardPage::Live, live);
    connect(spaces, &QAbstractItemModel::modelReset, live,
            [live, spaces] { live->setSpaceNames(spaces->spaceNames()); });

    auto *header = new QWidget(this);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(8, 6, 8, 0);
    headerLayout->addWidget(m_queryBar);
    auto *rule = new QFrame(header); // sets the question apart from its answer below
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    headerLayout->addWidget(rule);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, &PageTabs::onPageChanged);
    connect(m_queryBar, &QueryBar::queryChanged, this, &PageTabs::pushQuery);
    onPageChanged(m_tabs->currentIndex());
    pushQuery();
}

void PageTabs::addPage(DashboardPage id, AnalyticsPage *page) {
    Q_ASSERT(int(id) == m_pages.size());
    m_pages.append(page);
    m_tabs->addTab(dashboardPageTitle(id));
    const QKeySequence shortcut(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + int(id))));
    m_tabs->setTabToolTip(int(id), tr("%1 (%2)").arg(dashboardPageTitle(id),
                                                     shortcut.toString(QKeySequence::NativeText)));
    m_stack->addWidget(page);
    // Only the visible page's work is shown; a hidden page's progress would confuse.
    connect(page, &AnalyticsPage::progressChanged, this,
            [this, page](int done, int total, const QString &text) {
                if (page == currentPageWidget())
                    Q_EMIT progressChanged(done, total, text);
            });
    connect(page, &AnalyticsPage::finished, this, [this, page] {
        if (page == currentPageWidget())
            Q_EMIT finished();
    });
    connect(page, &AnalyticsPage::failed, this, [this, page](const QString &sentence) {
        if (page == currentPageWidget())
            Q_EMIT failed(sentence);
    });
}

DashboardPage PageTabs::currentPage() const {
    return DashboardPage(std::max(0, m_tabs->currentIndex()));
}

void PageTabs::setCurrentPage(DashboardPage page) {
    m_tabs->setCurrentIndex(int(page));
}

AnalyticsPage *PageTabs::page(DashboardPage page) const {
    return m_pages.value(int(page));
}

AnalyticsPage *PageTabs::currentPageWidget() const {
    return page(currentPage());
}

void PageTabs::setSelection(const QList<Space> &spaces) {
    m_selection = spaces;
    QStringList zones;
    for (const Space &space : spaces)
        zones.append(space.timeZone);
    m_queryBar->setTimeZones(zones);
    for (AnalyticsPage *page : std::as_const(m_pages))
        page->setSelection(spaces);
    pushQuery();
}

void PageTabs::setClient(DensityClient *client) {
    for (AnalyticsPage *page : std::as_const(m_pages))
        page->setClient(client);
}

void PageTabs::setOrganization(const QString &name) {
    for (AnalyticsPage *page : std::as_const(m_pages))
        page->setOrganization(name);
}

void PageTabs::setClock(const std::function<QDateTime()> &clock) {
    m_queryBar->setClock(clock);
    for (AnalyticsPage *page : std::as_const(m_pages))
        page->setClock(clock);
}

void PageTabs::onPageChanged(int index) {
    if (index < 0)
        return;
    // The banner showed the page being left; its load goes on (the next chart page may
    // share it and reports again when shown), but the banner must not stay behind.
    if (auto *left = qobject_cast<AnalyticsPage *>(m_stack->currentWidget());
        left && left->isLoading())
        Q_EMIT finished();
    m_stack->setCurrentIndex(index);
    m_queryBar->parentWidget()->setVisible(m_pages.at(index)->usesQuery());
    Q_EMIT currentPageChanged(DashboardPage(index));
}

void PageTabs::pushQuery() {
    AnalyticsSelection query = m_queryBar->selection();
    query.spaceIds.clear();
    for (const Space &space : std::as_const(m_selection))
        query.spaceIds.append(space.id);
    for (AnalyticsPage *page : std::as_const(m_pages)) {
        if (page->usesQuery())
            page->setQuery(query);
    }
}

} // namespace Density

namespace Density {

void PageTabs::reloadCurrentPage() {
    if (AnalyticsPage *page = currentPageWidget())
        page->reload();
}

} // namespace Density
