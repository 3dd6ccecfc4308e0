#pragma once

#include "dashboardpage.h"

#include <QStringList>
#include <QUrl>
#include <optional>

class QMainWindow;

namespace Density {

//! What the dashboard remembers between runs, in QSettings: the API base URL, the window's
//! geometry and dock layout, the page and the selected spaces (per connection, because the
//! demo's ids mean nothing to an account). Never a token: tokens stay in memory until the
//! keychain work lands.
class SessionSettings {
public:
    static QUrl baseUrl();
    static void setBaseUrl(const QUrl &url);

    //! `withState` false keeps the saved dock layout (the welcome screen hides the dock).
    static void saveWindow(const QMainWindow *window, bool withState = true);
    static bool restoreWindow(QMainWindow *window);

    static QStringList selection(const QString &connectionKey);
    static void setSelection(const QString &connectionKey, const QStringList &spaceIds);

    static std::optional<DashboardPage> page();
    static void setPage(DashboardPage page);
};

} // namespace Density
