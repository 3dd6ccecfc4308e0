#pragma once

#include "live/livefeed.h"
#include "simfixture.h"

#include <QJsonDocument>
#include <QJsonObject>

//! A simulator streaming fast (refresh every 200 ms, no random live changes unless a test asks)
//! and helpers to build frames the tests inject through it.
struct LiveFixture : SimFixture {
    static Density::Sim::SimOptions fastOptions() {
        Density::Sim::SimOptions options;
        options.refreshIntervalSeconds = 0.2;
        options.liveRate = 0;
        options.rateLimitEnabled = false; // reconnect storms are what some tests provoke
        return options;
    }

    LiveFixture()
        : SimFixture(fastOptions()) {
        const auto spaces =
            await<QList<Density::Space>>([this](auto done) { client.spaces(nullptr, done); });
        for (const Density::Space &space : spaces.value()) {
            if (space.spaceType == QLatin1String("floor") && floorId.isEmpty() &&
                !space.childrenIds.isEmpty())
                floorId = space.id;
        }
    }

    static Density::LiveFeed::Timing fastTiming() {
        Density::LiveFeed::Timing timing;
        timing.refreshIntervalMs = 200;
        timing.reconnectBaseMs = 20;
        timing.reconnectMaxMs = 100;
        return timing;
    }

    //! One entry of a presence frame.
    static QJsonObject presenceEntry(const QDateTime &timestamp, bool present,
                                     const QString &health = QStringLiteral("healthy")) {
        return {{QLatin1String("timestamp"), timestamp.toString(Qt::ISODate)},
                {QLatin1String("presence"), present},
                {QLatin1String("counting_mode"), QLatin1String("oa")},
                {QLatin1String("space_health_status"), health}};
    }

    static QByteArray frame(const char *type, const QJsonObject &data) {
        return QJsonDocument(QJsonObject{{QLatin1String("update_type"), QLatin1String(type)},
                                         {QLatin1String("data"), data}})
            .toJson(QJsonDocument::Compact);
    }

    void sendToFloor(const QByteArray &text) {
        server->sendLiveFrame(QStringLiteral("floor"), floorId, text);
    }

    //! A feed on the fixture's floor with the fast timing, owned by the fixture (and so
    //! destroyed before the client and the server it talks to).
    Density::LiveFeed &feed(Density::LiveFeed::Kind kind = Density::LiveFeed::Kind::FloorPresence) {
        m_feed = std::make_unique<Density::LiveFeed>(&client, kind, floorId);
        m_feed->setTiming(fastTiming());
        return *m_feed;
    }

    QString floorId;

private:
    std::unique_ptr<Density::LiveFeed> m_feed;
};
