#pragma once

// A wall screen as `density-dashboard --kiosk` builds it (KioskApp), signed in with the display
// credentials of an in-process simulator on loopback, with fast feeds and no shared cache file.
#include "../core/simfixture.h"
#include "ui/kiosk/kioskapp.h"

inline Density::Sim::SimOptions kioskSimOptions() {
    Density::Sim::SimOptions options;
    options.buildings = 1;
    options.floorsPerBuilding = 3;
    options.spaces = 90;
    options.refreshIntervalSeconds = 0.2;
    options.liveRate = 0;
    options.rateLimitEnabled = false;
    return options;
}

inline Density::LiveFeed::Timing fastTiming() {
    Density::LiveFeed::Timing timing;
    timing.refreshIntervalMs = 200;
    timing.reconnectBaseMs = 20;
    timing.reconnectMaxMs = 100;
    timing.missedRefreshesForStale = 4;
    timing.missedRefreshesForReconnect = 6;
    return timing;
}

//! A kiosk on the simulator, signed in with the simulator's display credentials.
struct KioskRig {
    //! \a cacheDir: where the floors keep their last known state ("" = no cache).
    explicit KioskRig(Density::KioskConfig config = {},
                      Density::Sim::SimOptions options = kioskSimOptions(),
                      const QString &cacheDir = {})
        : server(std::make_unique<Density::Sim::SimServer>(options))
        , app(std::move(config)) {
        server->listen(QHostAddress::LocalHost, 0);
        app.client()->setRetryPolicy(Density::RetryPolicy{4, 20, 200});
        app.controller()->setModelSetup([cacheDir](Density::KioskFloorModel &model) {
            model.setFeedTiming(fastTiming());
            model.setCachePath(cacheDir.isEmpty() ? QString()
                                                  : cacheDir + QLatin1Char('/') + model.floorId() +
                                                        QLatin1String(".json"));
            model.setCacheThrottleMs(0);
            model.setFailedRetry(20, 100);
        });
        app.controller()->setDiscoveryRetry(20, 100);
    }

    bool start() {
        app.shell()->resize(1920, 1080);
        app.show();
        return app.start(server->baseUrl(), server->options().displayClientId,
                         server->options().displayClientSecret, QStringLiteral("lobby-1"));
    }

    //! The shown floor is live, named and has its busiest hours.
    bool currentFloorSettled() const {
        const Density::KioskFloorModel *model = app.controller()->currentModel();
        return model && model->feedState() == Density::LiveFeed::State::Live &&
               !model->isOffline() && model->rowCount() > 0 && !model->floorName().isEmpty();
    }

    std::unique_ptr<Density::Sim::SimServer> server;
    Density::KioskApp app;
};
