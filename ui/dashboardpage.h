#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace Density {

//! The centre's pages, in tab order; Ctrl+1..9 follow this order.
enum class DashboardPage {
    Overview,
    Occupancy,
    Utilization,
    TimeUsed,
    Patterns,
    Health,
    Completeness,
    Anomalies,
    Live
};

constexpr int DashboardPageCount = 9;

//! Command-line and settings name: "overview", "time-used", ...
QString dashboardPageName(DashboardPage page);
std::optional<DashboardPage> dashboardPageFromName(const QString &name);
QStringList dashboardPageNames();
//! The tab title, translated.
QString dashboardPageTitle(DashboardPage page);

} // namespace Density
