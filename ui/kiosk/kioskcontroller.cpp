#include "kioskcontroller.h"

#include "api/densityclient.h"
#include "api/logging.h"
#include "model/space.h"
#include "ui/apptheme.h"

#include <algorithm>

namespace Density {

KioskController::KioskController(DensityClient *client, KioskConfig config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(std::move(config))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_view(new KioskFloorView) {
    m_rotate.setInterval(m_config.rotateSeconds * 1000);
    connect(&m_rotate, &QTimer::timeout, this, &KioskController::showNext);
    m_theme.setInterval(60 * 1000);
    connect(&m_theme, &QTimer::timeout, this, &KioskController::evaluateTheme);
    m_discoveryRetry.setSingleShot(true);
    connect(&m_discoveryRetry, &QTimer::timeout, this, &KioskController::discoverFloors);
}

KioskController::~KioskController() {
    m_spacesCall.abort();
    if (m_view)
        m_view->setModel(nullptr); // the models go with this object; the view may outlive it
    if (m_view && !m_view->parent())
        delete m_view;
}

void KioskController::setClock(Clock clock) {
    m_clock = std::move(clock);
    m_view->setClock(m_clock);
}

void KioskController::setModelSetup(std::function<void(KioskFloorModel &)> setup) {
    m_setup = std::move(setup);
}

void KioskController::setRotateIntervalMs(int milliseconds) {
    m_rotate.setInterval(std::max(1, milliseconds));
}

void KioskController::setDiscoveryRetry(int baseMs, int maxMs) {
    m_discoveryBaseMs = std::max(1, baseMs);
    m_discoveryMaxMs = std::max(m_discoveryBaseMs, maxMs);
}

void KioskController::start() {
    evaluateTheme();
    m_theme.start();
    if (!m_config.floorIds.isEmpty())
        startFloors(m_config.floorIds);
    else
        discoverFloors();
}

void KioskController::showProblem(const QString &message) {
    m_problem = message;
    m_view->setModel(nullptr);
    m_view->setMessage(message);
}

QStringList KioskController::defaultFloors(const QList<Space> &spaces) {
    QHash<QString, const Space *> byId;
    QList<const Space *> buildings;
    for (const Space &space : spaces) {
        byId.insert(space.id, &space);
        if (space.spaceType == QLatin1String("building"))
            buildings.append(&space);
    }
    const auto byName = [](const Space *a, const Space *b) {
        const int order = QString::localeAwareCompare(a->name, b->name);
        return order != 0 ? order < 0 : a->id < b->id;
    };
    std::sort(buildings.begin(), buildings.end(), byName);
    for (const Space *building : std::as_const(buildings)) {
        QList<const Space *> floors;
        for (const QString &childId : building->childrenIds) {
            const Space *child = byId.value(childId);
            if (child && child->spaceType == QLatin1String("floor"))
                floors.append(child);
        }
        if (floors.isEmpty())
            continue;
        std::sort(floors.begin(), floors.end(), byName);
        QStringList ids;
        for (const Space *floor : std::as_const(floors))
            ids.append(floor->id);
        return ids;
    }
    return {};
}

void KioskController::discoverFloors() {
    if (!m_client)
        return;
    m_view->setMessage(tr("Looking for this screen's floors\u2026"));
    m_spacesCall = m_client->spaces(this, [this](const Result<QList<Space>> &result) {
        QStringList floors;
        if (result)
            floors = defaultFloors(result.value());
        if (!floors.isEmpty()) {
            m_discoveryAttempt = 0;
            startFloors(floors);
            return;
        }
        // A wall screen cannot ask anyone: say what is wrong and try again, ever more slowly.
        const QString why =
            result ? tr("No building with floors was found.") : result.error().message();
        showProblem(tr("The floors to show could not be found: %1 Trying again.").arg(why));
        const qint64 delay = std::min<qint64>(
            m_discoveryMaxMs, qint64(m_discoveryBaseMs) << std::min(m_discoveryAttempt, 16));
        ++m_discoveryAttempt;
        qCWarning(lcLive) << "kiosk: floors not found; retrying in" << delay << "ms:" << why;
        m_discoveryRetry.start(int(delay));
    });
}

void KioskController::startFloors(const QStringList &floorIds) {
    m_problem.clear();
    for (const QString &id : floorIds) {
        auto *model = new KioskFloorModel(m_client, id, this);
        model->setClock(m_clock);
        if (m_setup)
            m_setup(*model);
        model->start();
        m_models.append(model);
    }
    Q_EMIT floorsReady(floorIds);
    showFloor(0);
    if (m_models.size() > 1)
        m_rotate.start();
}

QStringList KioskController::floorIds() const {
    QStringList ids;
    for (const KioskFloorModel *model : m_models)
        ids.append(model->floorId());
    return ids;
}

KioskFloorModel *KioskController::model(int index) const {
    return index >= 0 && index < m_models.size() ? m_models[index] : nullptr;
}

void KioskController::showNext() {
    if (!m_models.isEmpty())
        showFloor((m_index + 1) % int(m_models.size()));
}

void KioskController::showFloor(int index) {
    if (index < 0 || index >= m_models.size())
        return;
    m_index = index;
    m_view->setModel(m_models[index]);
    m_view->setPosition(index, int(m_models.size()));
    Q_EMIT currentFloorChanged(index);
}

void KioskController::evaluateTheme() {
    const bool dark = m_config.isDarkAt(m_clock().toLocalTime());
    if (m_themeApplied && dark == m_dark)
        return;
    m_themeApplied = true;
    m_dark = dark;
    // On the window, so the PIN prompt and dim overlay follow; before the view is hosted, on it.
    QWidget *target = m_view->window();
    target->setPalette(dark ? AppTheme::darkPalette() : AppTheme::lightPalette());
    Q_EMIT themeChanged(dark);
}

} // namespace Density
