#include "dashboardpage.h"

#include <QCoreApplication>

namespace Density {

QString dashboardPageName(DashboardPage page) {
    switch (page) {
    case DashboardPage::Overview:
        return QStringLiteral("overview");
    case DashboardPage::Occupancy:
        return QStringLiteral("occupancy");
    case DashboardPage::Utilization:
        return QStringLiteral("utilization");
    case DashboardPage::TimeUsed:
        return QStringLiteral("time-used");
    case DashboardPage::Patterns:
        return QStringLiteral("patterns");
    case DashboardPage::Health:
        return QStringLiteral("health");
    case DashboardPage::Completeness:
        return QStringLiteral("completeness");
    case DashboardPage::Anomalies:
        return QStringLiteral("anomalies");
    case DashboardPage::Live:
        return QStringLiteral("live");
    }
    return {};
}

std::optional<DashboardPage> dashboardPageFromName(const QString &name) {
    const QString wanted = name.trimmed().toLower();
    for (int i = 0; i < DashboardPageCount; ++i) {
        const auto page = DashboardPage(i);
        if (dashboardPageName(page) == wanted)
            return page;
    }
    return std::nullopt;
}

QStringList dashboardPageNames() {
    QStringList names;
    for (int i = 0; i < DashboardPageCount; ++i)
        names.append(dashboardPageName(DashboardPage(i)));
    return names;
}

QString dashboardPageTitle(DashboardPage page) {
    switch (page) {
    case DashboardPage::Overview:
        return QCoreApplication::translate("Density::DashboardPage", "Overview");
    case DashboardPage::Occupancy:
        return QCoreApplication::translate("Density::DashboardPage", "Occupancy");
    case DashboardPage::Utilization:
        return QCoreApplication::translate("Density::DashboardPage", "Utilization");
    case DashboardPage::TimeUsed:
        return QCoreApplication::translate("Density::DashboardPage", "Time used");
    case DashboardPage::Patterns:
        return QCoreApplication::translate("Density::DashboardPage", "Patterns");
    case DashboardPage::Health:
        return QCoreApplication::translate("Density::DashboardPage", "Sensor health");
    case DashboardPage::Completeness:
        return QCoreApplication::translate("Density::DashboardPage", "Data completeness");
    case DashboardPage::Anomalies:
        return QCoreApplication::translate("Density::DashboardPage", "Anomalies");
    case DashboardPage::Live:
        return QCoreApplication::translate("Density::DashboardPage", "Live");
    }
    return {};
}

} // namespace Density
