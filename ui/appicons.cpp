#include "appicons.h"

#include "apptheme.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QPointer>

#include <algorithm>
#include <vector>

//! The .qrc lives in a static library: its registration must be pulled in explicitly, and
//! Q_INIT_RESOURCE only works outside any namespace (registering twice is harmless).
static void initAppIconResources() {
    static const bool done = [] {
        Q_INIT_RESOURCE(density);
        return true;
    }();
    Q_UNUSED(done)
}

namespace Density::AppIcons {

namespace {

QString iconPath(const QString &name, bool dark) {
    return QStringLiteral(":/density/icons/%1%2.svg")
        .arg(name, dark ? QStringLiteral("-dark") : QString());
}

//! QIcon is implicitly shared; caching keeps a table of thousands of rows from re-reading the
//! SVG files for every cell it paints.
QIcon cached(const QString &path) {
    initAppIconResources();
    static QHash<QString, QIcon> cache;
    auto found = cache.constFind(path);
    if (found != cache.constEnd())
        return found.value();
    const QIcon icon(path);
    cache.insert(path, icon);
    return icon;
}

//! Re-applies action icons when the application palette changes. One watcher for all bound
//! actions: an event filter on the application sees every event, so it must stay a single,
//! cheap type check.
class ActionIconFollower : public QObject {
public:
    explicit ActionIconFollower(QObject *parent)
        : QObject(parent) {
        QCoreApplication::instance()->installEventFilter(this);
    }

    void bind(QAction *target, Action name) {
        m_bindings.erase(std::remove_if(m_bindings.begin(), m_bindings.end(),
                                        [target](const Binding &binding) {
                                            return binding.target.isNull() ||
                                                   binding.target == target;
                                        }),
                         m_bindings.end());
        m_bindings.push_back({target, name});
        target->setIcon(action(name));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::ApplicationPaletteChange &&
            watched == QCoreApplication::instance()) {
            for (const Binding &binding : m_bindings) {
                if (binding.target)
                    binding.target->setIcon(action(binding.name));
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    struct Binding {
        QPointer<QAction> target;
        Action name = Action::Refresh;
    };
    std::vector<Binding> m_bindings;
};

} // namespace

QIcon application() {
    initAppIconResources();
    // A pixmap per size, each rasterised from the drawing made for it: the SVG icon engine
    // would scale the one 512 px drawing down, and its walls and dots blur below 32 px.
    static QIcon icon;
    if (icon.isNull()) {
        const QString small = QStringLiteral(":/density/icons/app/density-dashboard-16.svg");
        const QString medium = QStringLiteral(":/density/icons/app/density-dashboard-24.svg");
        const QString large = QStringLiteral(":/density/icons/app/density-dashboard.svg");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString &file = size <= 16 ? small : size <= 32 ? medium : large;
            icon.addPixmap(QIcon(file).pixmap(QSize(size, size), 1.0));
        }
    }
    return icon;
}

QString healthPath(HealthStatus status, bool dark) {
    switch (status) {
    case HealthStatus::Healthy:
        return iconPath(QStringLiteral("health-healthy"), dark);
    case HealthStatus::Degraded:
        return iconPath(QStringLiteral("health-degraded"), dark);
    case HealthStatus::Offline:
        return iconPath(QStringLiteral("health-offline"), dark);
    case HealthStatus::Unknown:
        break;
    }
    return iconPath(QStringLiteral("health-unknown"), dark);
}

QString availabilityPath(Availability availability, bool dark) {
    switch (availability) {
    case Availability::Available:
        return iconPath(QStringLiteral("availability-available"), dark);
    case Availability::Occupied:
        return iconPath(QStringLiteral("availability-occupied"), dark);
    case Availability::Unknown:
        break;
    }
    return iconPath(QStringLiteral("availability-unknown"), dark);
}

QString actionPath(Action name, bool dark) {
    switch (name) {
    case Action::Refresh:
        return iconPath(QStringLiteral("action-refresh"), dark);
    case Action::Export:
        return iconPath(QStringLiteral("action-export"), dark);
    case Action::Connect:
        return iconPath(QStringLiteral("action-connect"), dark);
    case Action::Settings:
        break;
    }
    return iconPath(QStringLiteral("action-settings"), dark);
}

QIcon health(HealthStatus status, const QPalette &palette) {
    return cached(healthPath(status, AppTheme::isDark(palette)));
}

QIcon health(HealthStatus status) {
    return health(status, QApplication::palette());
}

QIcon availability(Availability availability, const QPalette &palette) {
    return cached(availabilityPath(availability, AppTheme::isDark(palette)));
}

QIcon availability(Availability availability) {
    return AppIcons::availability(availability, QApplication::palette());
}

QIcon action(Action name, const QPalette &palette) {
    return cached(actionPath(name, AppTheme::isDark(palette)));
}

QIcon action(Action name) {
    return action(name, QApplication::palette());
}

void setActionIcon(QAction *target, Action name) {
    if (!target)
        return;
    // Parented to the application: gone with it, and made again for the next one (tests).
    static QPointer<ActionIconFollower> follower;
    if (!follower)
        follower = new ActionIconFollower(QCoreApplication::instance());
    follower->bind(target, name);
}

} // namespace Density::AppIcons
