// Decoders fed the example bodies of the API reference and seed text, in both documented
// shapes where there are two, with unknown fields and with null versus missing.
#include "model/datastatus.h"
#include "model/label.h"
#include "model/metrics.h"
#include "model/presence.h"
#include "model/sessions.h"
#include "model/space.h"
#include "model/tokens.h"
#include "model/user.h"
#include "testdata.h"

#include <QtTest>

using namespace Density;

class TestDecoders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void currentOccupancyAcceptsBothShapes() {
        const CurrentCounts wrapped =
            currentCountsFromJson(exampleObject(QStringLiteral("current-occupancy-wrapped.json")));
        const CurrentCounts bare =
            currentCountsFromJson(exampleObject(QStringLiteral("current-occupancy-bare.json")));
        QCOMPARE(wrapped.size(), 2);
        QCOMPARE(bare.size(), 2);
        QCOMPARE(wrapped.value(QStringLiteral("spc_12345")).count, 4);
        QCOMPARE(bare.value(QStringLiteral("spc_1678910")).count, 3);
        QCOMPARE(bare.value(QStringLiteral("spc_1678910")).health, HealthStatus::Degraded);
        QVERIFY(wrapped.value(QStringLiteral("spc_1678910")).isCapped.valueOr(false));
    }

    void rawSessionsAcceptBothShapes() {
        const SessionsBySpace keyed =
            sessionsFromJson(exampleObject(QStringLiteral("raw-sessions-keyed.json")));
        QCOMPARE(keyed.size(), 1);
        const QList<RawSession> sessions = keyed.value(QStringLiteral("spc_2007812342638969000"));
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().startTime, QStringLiteral("2024-05-01T09:12:30-07:00"));
        QVERIFY(sessions.first().isOccupied());

        const SessionsBySpace bare =
            sessionsFromJson(exampleObject(QStringLiteral("raw-sessions-bare.json")));
        QCOMPARE(bare.size(), 1);
        QVERIFY(bare.contains(QString())); // "space unknown"
        QCOMPARE(bare.value(QString()).first().sessionType, QStringLiteral("0"));
    }

    void metricsKeepNullDistinctFromZeroAndMissing() {
        const MetricsBySpace metrics =
            metricsFromJson(exampleObject(QStringLiteral("all-metrics.json")));
        QCOMPARE(metrics.size(), 2);
        const MetricBucket unset = metrics.value(QStringLiteral("spc_12345678901")).first();
        QVERIFY(unset.utilizationAvg.isNull());
        QVERIFY(!unset.utilizationAvg.isMissing());
        QCOMPARE(unset.timeUsedRaw.value(), 2421000);
        QVERIFY(unset.entrances.isMissing());
        QVERIFY(unset.occupancyMin.hasValue());
        QCOMPARE(unset.cappedCountLimit.value(), 3);
        const MetricBucket zero = metrics.value(QStringLiteral("spc_10987654321")).first();
        QVERIFY(zero.utilizationAvg.hasValue());
        QCOMPARE(zero.utilizationAvg.value(), 0.0);
        QVERIFY(zero.cappedCountLimit.isNull());
        QVERIFY(zero.occupancyMin.isMissing());

        // Round trip keeps the three states apart.
        const MetricsBySpace again = metricsFromJson(metricsToJson(metrics));
        QVERIFY(again.value(QStringLiteral("spc_12345678901")).first().utilizationAvg.isNull());
        QVERIFY(again.value(QStringLiteral("spc_10987654321")).first().occupancyMin.isMissing());
    }

    void presenceAndHealthPresence() {
        const PresenceBySpace presence =
            presenceFromJson(exampleObject(QStringLiteral("presence.json")));
        QCOMPARE(presence.value(QStringLiteral("spc_12345678901")), true);
        QCOMPARE(presence.value(QStringLiteral("spc_10987654321")), false);
        const HealthPresenceBySpace health =
            healthPresenceFromJson(exampleObject(QStringLiteral("presence-health-wrapped.json")));
        QCOMPARE(health.size(), 3);
        QCOMPARE(health.value(QStringLiteral("spc_2")).health, HealthStatus::Offline);
        // An unknown status string must never read as healthy.
        QCOMPARE(health.value(QStringLiteral("spc_3")).health, HealthStatus::Unknown);
        QCOMPARE(health.value(QStringLiteral("spc_3")).healthText, QStringLiteral("something_new"));
    }

    void shortTermPointsAreSortedOldestFirst() {
        const ShortTermPresenceBySpace series =
            shortTermPresenceFromJson(exampleObject(QStringLiteral("short-term.json")));
        const QList<PresencePoint> points = series.value(QStringLiteral("spc_1234567890"));
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.first().timestamp, QStringLiteral("2023-05-17T00:00:00Z"));
        QVERIFY(points.first().presence);
    }

    void tokenExpiryAsStringOrInteger() {
        const AccessToken oauth =
            AccessToken::fromJson(exampleObject(QStringLiteral("oauth-token.json")));
        QCOMPARE(oauth.expiresInSeconds, 86400);
        const AccessToken display =
            AccessToken::fromJson(exampleObject(QStringLiteral("display-token.json")));
        QCOMPARE(display.expiresInSeconds, 3600);
        QCOMPARE(display.scope, QStringLiteral("display:lobby-1"));
    }

    void labelGroupSkipsPlaceholderEntries() {
        const LabelGroup group =
            LabelGroup::fromJson(exampleObject(QStringLiteral("label-group.json")));
        QCOMPARE(group.labels.size(), 1);
        QCOMPARE(group.labels.first().groupId, QStringLiteral("lg_1"));
        QCOMPARE(group.labels.first().spaces.first().currentCount, 2);
    }

    void spaceNullCapacityAndFunction() {
        const Space space = Space::fromJson(exampleObject(QStringLiteral("space.json")));
        QVERIFY(space.capacity.isNull());
        QVERIFY(space.function.isNull());
        QVERIFY(!space.hasUsableCapacity());
        QCOMPARE(space.labels.first().groupName, QStringLiteral("Neighborhood"));
        QCOMPARE(space.childrenIds, QStringList{QStringLiteral("spc_1")});
        QVERIFY(Space::fromJson(space.toJson()).capacity.isNull());

        SpaceUpdate update;
        update.capacity = 0;
        const QJsonObject body = update.toJson();
        QCOMPARE(body.size(), 1); // untouched fields are not sent
        QCOMPARE(body.value(QLatin1String("capacity")).toInt(-1), 0);
    }

    void userRequestBodies() {
        const User user = User::fromJson(exampleObject(QStringLiteral("user.json")));
        QCOMPARE(user.role, QStringLiteral("owner"));
        QVERIFY(user.toRequestJson(true).contains(QLatin1String("email")));
        QVERIFY(!user.toRequestJson(false).contains(QLatin1String("email")));
    }

    void dataStatusNamedOrFirstNumber() {
        const QMap<QString, double> status =
            dataStatusFromJson(exampleObject(QStringLiteral("data-status.json")));
        QCOMPARE(status.value(QStringLiteral("spc_12345678901")), 0.5);
        QCOMPARE(status.value(QStringLiteral("spc_10987654321")), 1.0);
    }

    void garbageDecodesToNothingRatherThanCrashing() {
        const QJsonObject garbage{{QLatin1String("spc_1"), QLatin1String("not an object")},
                                  {QLatin1String("data"), 42}};
        QVERIFY(metricsFromJson(garbage).isEmpty());
        QVERIFY(currentCountsFromJson(garbage).isEmpty());
        QVERIFY(sessionsFromJson(garbage).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecoders)
#include "tst_decoders.moc"
