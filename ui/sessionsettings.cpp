#include "sessionsettings.h"

#include <QMainWindow>
#include <QSettings>

namespace Density {
namespace {

QString selectionKey(const QString &connectionKey) {
    // Hosts contain no '/', but a key must never open an unexpected settings group.
    QString key = connectionKey;
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("selection/%1").arg(key);
}

} // namespace

QUrl SessionSettings::baseUrl() {
    return QSettings().value(QStringLiteral("connection/baseUrl")).toUrl();
}

void SessionSettings::setBaseUrl(const QUrl &url) {
    QSettings().setValue(QStringLiteral("connection/baseUrl"), url);
}

void SessionSettings::saveWindow(const QMainWindow *window, bool withState) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    if (withState)
        settings.setValue(QStringLiteral("window/state"), window->saveState());
}

bool SessionSettings::restoreWindow(QMainWindow *window) {
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !window->restoreGeometry(geometry))
        return false;
    window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    return true;
}

QStringList SessionSettings::selection(const QString &connectionKey) {
    return QSettings().value(selectionKey(connectionKey)).toStringList();
}

void SessionSettings::setSelection(const QString &connectionKey, const QStringList &spaceIds) {
    QSettings().setValue(selectionKey(connectionKey), spaceIds);
}

std::optional<DashboardPage> SessionSettings::page() {
    return dashboardPageFromName(QSettings().value(QStringLiteral("window/page")).toString());
}

void SessionSettings::setPage(DashboardPage page) {
    QSettings().setValue(QStringLiteral("window/page"), dashboardPageName(page));
}

} // namespace Density
