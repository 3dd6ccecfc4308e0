#pragma once

#include "dashboardpage.h"
#include "model/space.h"

#include <QWidget>
#include <functional>

class QStackedWidget;
class QTabBar;

namespace Density {

class AnalyticsPage;
class DensityClient;
class QueryBar;
class SpaceTreeModel;

//! The centre: a tab bar over the pages, with the shared query bar between them for the
//! pages that chart data. Hand-built from QTabBar + QStackedWidget (not QTabWidget) so one
//! query bar serves all chart pages and keeps its state when the user switches pages.
class PageTabs : public QWidget {
    Q_OBJECT
public:
    explicit PageTabs(const SpaceTreeModel *spaces, QWidget *parent = nullptr);

    DashboardPage currentPage() const;
    void setCurrentPage(DashboardPage page);
    //! Refresh (F5) for the visible page: re-runs its query.
    void reloadCurrentPage();
    void setSelection(const QList<Space> &spaces);
    //! The connection the data pages load from (not owned). Until set, the chart pages use the
    //! one the space tree was loaded from.
    void setClient(DensityClient *client);
    //! The organization or connection named in the pages' CSV exports.
    void setOrganization(const QString &name);
    //! "Now" for the query bar's presets and the pages' ranges; the wall clock by default.
    void setClock(const std::function<QDateTime()> &clock);

    AnalyticsPage *page(DashboardPage page) const;
    AnalyticsPage *currentPageWidget() const;
    QueryBar *queryBar() const { return m_queryBar; }
    QTabBar *tabBar() const { return m_tabs; }

Q_SIGNALS:
    void currentPageChanged(Density::DashboardPage page);
    void progressChanged(int done, int total, const QString &text);
    void finished();
    void failed(const QString &sentence);

private:
    void addPage(DashboardPage id, AnalyticsPage *page);
    void onPageChanged(int index);
    void pushQuery();

    QTabBar *m_tabs;
    QueryBar *m_queryBar;
    QStackedWidget *m_stack;
    QList<AnalyticsPage *> m_pages; //!< indexed by DashboardPage
    QList<Space> m_selection;
};

} // namespace Density
