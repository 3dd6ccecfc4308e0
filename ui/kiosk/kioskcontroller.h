#pragma once

#include "api/pendingcall.h"
#include "kioskconfig.h"
#include "kioskfloorview.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Density {

class DensityClient;
struct Space;

//! Runs the wall screen's floors: finds them (the configured ids, or the first building's
//! floors), keeps a live KioskFloorModel per floor so a floor is current when its turn comes,
//! rotates the view through them, and switches the wall theme between light and dark on the
//! configured schedule. The window, lock and screen hygiene are KioskShell's job.
class KioskController : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    //! Uses \a client (not owned), which must already sign in with display credentials.
    KioskController(DensityClient *client, KioskConfig config, QObject *parent = nullptr);
    ~KioskController() override;

    //! The view to host in the shell; whoever hosts it owns it.
    KioskFloorView *view() const { return m_view; }

    // --- configuration (before start) ----------------------------------------------------
    void setClock(Clock clock);
    //! Each floor's model is passed here before it starts (tests: timing, cache path).
    void setModelSetup(std::function<void(KioskFloorModel &)> setup);
    //! Overrides the rotation interval (the config's seconds) in milliseconds, for tests.
    void setRotateIntervalMs(int milliseconds);
    //! Retry delay for finding the floors: base doubling up to max (default 5 s .. 5 min).
    void setDiscoveryRetry(int baseMs, int maxMs);

    //! Finds the floors (or takes the configured ones), starts their models, shows the first.
    //! Host view() in its window first: the wall theme is set on that window.
    void start();
    //! Shown instead of a floor when the kiosk cannot run (no credentials, no floors).
    void showProblem(const QString &message);

    QStringList floorIds() const;
    int floorCount() const { return int(m_models.size()); }
    int currentIndex() const { return m_index; }
    KioskFloorModel *model(int index) const;
    KioskFloorModel *currentModel() const { return model(m_index); }
    bool isDark() const { return m_dark; }
    QString problem() const { return m_problem; }
    int rotateIntervalMs() const { return m_rotate.interval(); }

    //! Buildings by name, the first with floors; its floors by name. Exposed for tests.
    static QStringList defaultFloors(const QList<Space> &spaces);

public slots:
    void showNext();
    void showFloor(int index);
    //! Applies the wall theme for the clock's local time (the theme timer calls this).
    void evaluateTheme();

signals:
    void floorsReady(const QStringList &floorIds);
    void currentFloorChanged(int index);
    void themeChanged(bool dark);

private:
    void discoverFloors();
    void startFloors(const QStringList &floorIds);

    QPointer<DensityClient> m_client;
    KioskConfig m_config;
    Clock m_clock;
    std::function<void(KioskFloorModel &)> m_setup;
    QPointer<KioskFloorView> m_view;
    QList<KioskFloorModel *> m_models;
    int m_index = 0;
    bool m_dark = false;
    bool m_themeApplied = false;
    QString m_problem;
    QTimer m_rotate;
    QTimer m_theme;
    QTimer m_discoveryRetry;
    int m_discoveryBaseMs = 5000;
    int m_discoveryMaxMs = 5 * 60 * 1000;
    int m_discoveryAttempt = 0;
    RequestHandle m_spacesCall;
};

} // namespace Density
