// Every endpoint of the v3 API through DensityClient, against the simulator over loopback.
#include "simfixture.h"

using namespace Density;

namespace {

TimeRange utcRange(const char *start, const char *end) {
    QString error;
    return *TimeRange::parse(QString::fromLatin1(start), QString::fromLatin1(end), &error);
}

} // namespace

class TestClientEndpoints : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<SimFixture> sim;
    std::unique_ptr<OAuthTokenProvider> oauth;
    QList<Space> spaces;
    QSet<int> called;

    DensityClient &client() { return sim->client; }
    void mark(Endpoint endpoint) { called.insert(int(endpoint)); }
    QStringList idsOfType(const QString &type, int limit = 1000) const {
        QStringList ids;
        for (const Space &space : spaces) {
            if (space.spaceType == type && ids.size() < limit)
                ids.append(space.id);
        }
        return ids;
    }
    const Space *find(std::function<bool(const Space &)> predicate) const {
        for (const Space &space : spaces) {
            if (predicate(space))
                return &space;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        sim = std::make_unique<SimFixture>();
        oauth = std::make_unique<OAuthTokenProvider>(&client(), QStringLiteral("demo-client"),
                                                     QStringLiteral("demo-secret"));
        const auto result = await<QList<Space>>([this](auto done) { client().spaces(this, done); });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        spaces = result.value();
        QVERIFY(spaces.size() > 300);
        mark(Endpoint::ListSpaces);
    }

    void tableOrderMatchesEnum() {
        QCOMPARE(endpointCount(), 34); // the 33 of REFERENCE §2 and the proposed doorway stream
        for (int i = 0; i < endpointCount(); ++i)
            QCOMPARE(int(endpointAt(i).endpoint), i);
    }

    void helloWorld() {
        const auto result = await<QString>([this](auto done) { client().helloWorld(this, done); });
        QVERIFY(result.ok());
        QCOMPARE(result.value(), QStringLiteral("Do… or do not. There is no try. - Yoda"));
        mark(Endpoint::HelloWorld);
    }

    void tokens() {
        const auto token = await<AccessToken>([this](auto done) {
            client().requestOAuthToken(QStringLiteral("demo-client"), QStringLiteral("demo-secret"),
                                       this, done);
        });
        QVERIFY(token.ok());
        QVERIFY(token.value().accessToken.startsWith(QLatin1String("eyJ")));
        QVERIFY(token.value().expiresInSeconds > 0);
        mark(Endpoint::OAuthToken);

        const auto display = await<AccessToken>([this](auto done) {
            client().requestDisplayToken(QStringLiteral("demo-display"),
                                         QStringLiteral("demo-display-secret"),
                                         QStringLiteral("lobby 1+2"), this, done);
        });
        QVERIFY2(display.ok(), qPrintable(display.ok() ? QString() : display.error().message()));
        QVERIFY(display.value().expiresInSeconds > 0);
        QVERIFY(display.value().scope.contains(QLatin1String("lobby 1+2")));
        mark(Endpoint::DisplayToken);

        const auto refused = await<AccessToken>([this](auto done) {
            client().requestOAuthToken(QStringLiteral("demo-client"), QStringLiteral("wrong"), this,
                                       done);
        });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus(), 401);
    }

    void historicalMetrics() {
        const QStringList floors = idsOfType(QStringLiteral("floor"), 2);
        AnalyticsQuery query;
        query.range = utcRange("2026-11-16T00:00:00Z", "2026-11-20T23:59:59Z");
        query.spaceIds = floors;
        query.resolution = TimeResolution::Day;
        query.operatingHours = OperatingHours{};

        using Call = RequestHandle (DensityClient::*)(const AnalyticsQuery &, QObject *,
                                                      Handler<MetricsBySpace>);
        const QList<std::pair<Endpoint, Call>> calls{
            {Endpoint::AllMetrics, &DensityClient::allMetrics},
            {Endpoint::Occupancy, &DensityClient::occupancy},
            {Endpoint::TimeUsed, &DensityClient::timeUsed},
            {Endpoint::Utilization, &DensityClient::utilization}};
        for (const auto &[endpoint, call] : calls) {
            const auto result = await<MetricsBySpace>(
                [&, call = call](auto done) { (client().*call)(query, this, done); });
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
            QVERIFY(!result.value().isEmpty()); // floors fan out to their spaces
            for (const MetricSeries &series : result.value())
                QCOMPARE(series.size(), 5);
            mark(endpoint);
        }
    }

    void utilizationNullVersusZero() {
        const Space *unset = find([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.capacity.isNull();
        });
        const Space *zero = find([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.capacity.hasValue() &&
                   s.capacity.value() == 0;
        });
        QVERIFY(unset && zero);
        AnalyticsQuery query;
        query.range = utcRange("2026-11-17T00:00:00Z", "2026-11-17T23:59:59Z");
        query.spaceIds = {unset->id, zero->id};
        const auto result =
            await<MetricsBySpace>([&](auto done) { client().utilization(query, this, done); });
        QVERIFY(result.ok());
        QVERIFY(result.value().value(unset->id).first().utilizationAvg.isNull());
        QCOMPARE(result.value().value(zero->id).first().utilizationAvg.value(), 0.0);
    }

    void rawSessions() {
        QString error;
        const TimeRange range = *TimeRange::parse(QStringLiteral("2026-11-17T00:00:00"),
                                                  QStringLiteral("2026-11-18T23:59:59"), &error);
        const QStringList rooms = idsOfType(QStringLiteral("space"), 20);
        const auto result = await<SessionsBySpace>(
            [&](auto done) { client().rawSessions(range, rooms, this, done); });
        QVERIFY(result.ok());
        int sessions = 0;
        for (const auto &list : result.value())
            sessions += int(list.size());
        QVERIFY(sessions > 0);
        mark(Endpoint::RawSessions);
    }

    void dataStatus() {
        const auto result = await<QList<DataStatusWindow>>([&](auto done) {
            client().dataStatus(utcRange("2026-11-20T00:00:00Z", "2026-11-24T23:59:59Z"),
                                idsOfType(QStringLiteral("floor")), this, done);
        });
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 1);
        for (double fraction : result.value().first().completionByFloor)
            QVERIFY(fraction >= 0 && fraction <= 1);
        QVERIFY(!result.value().first().completionByFloor.isEmpty());
        mark(Endpoint::DataStatus);
    }

    void liveReads() {
        const QStringList rooms = idsOfType(QStringLiteral("space"), 30);
        const auto counts =
            await<CurrentCounts>([&](auto done) { client().currentOccupancy(rooms, this, done); });
        QVERIFY(counts.ok());
        QVERIFY(!counts.value().isEmpty());
        mark(Endpoint::CurrentOccupancy);

        const auto presence =
            await<PresenceBySpace>([&](auto done) { client().presence(rooms, this, done); });
        QVERIFY(presence.ok());
        mark(Endpoint::Presence);

        const auto health = await<HealthPresenceBySpace>(
            [&](auto done) { client().presenceHealth(rooms, this, done); });
        QVERIFY(health.ok());
        QVERIFY(!health.value().isEmpty());
        mark(Endpoint::PresenceHealth);

        const auto shortTerm = await<ShortTermPresenceBySpace>([&](auto done) {
            client().shortTermPresence(30, idsOfType(QStringLiteral("floor"), 1), this, done);
        });
        QVERIFY2(shortTerm.ok(),
                 qPrintable(shortTerm.ok() ? QString() : shortTerm.error().message()));
        mark(Endpoint::ShortTermPresence);
    }

    void streamBrokers() {
        const QString floor = idsOfType(QStringLiteral("floor"), 1).value(0);
        const auto floorTicket = await<WebSocketTicket>(
            [&](auto done) { client().floorPresenceStream(floor, this, done); });
        QVERIFY(floorTicket.ok());
        QVERIFY(floorTicket.value().wsUrl.startsWith(QLatin1String("ws")));
        mark(Endpoint::FloorPresenceBroker);
        const auto spaceTicket = await<WebSocketTicket>(
            [&](auto done) { client().spaceCountStream(floor, this, done); });
        QVERIFY(spaceTicket.ok());
        mark(Endpoint::SpaceCountBroker);
        // The doorway events stream is a proposal, off unless the server enables it.
        const auto doorway = await<WebSocketTicket>(
            [&](auto done) { client().doorwayEventsStream(QStringLiteral("dw_1"), this, done); });
        QCOMPARE(doorway.error().httpStatus(), 404);
        mark(Endpoint::DoorwayEventsBroker);
        const auto missing = await<WebSocketTicket>(
            [&](auto done) { client().floorPresenceStream(QStringLiteral("spc_0"), this, done); });
        QCOMPARE(missing.error().httpStatus(), 404);
    }

    void labelsAndGroups() {
        const auto groups =
            await<QList<LabelGroup>>([&](auto done) { client().labelGroups(this, done); });
        QVERIFY(groups.ok() && !groups.value().isEmpty());
        mark(Endpoint::ListLabelGroups);
        const auto group = await<LabelGroup>([&](auto done) {
            client().createLabelGroup(QStringLiteral("Floors wing"), this, done);
        });
        QVERIFY(group.ok());
        mark(Endpoint::CreateLabelGroup);
        const auto renamed = await<LabelGroup>([&](auto done) {
            client().updateLabelGroup(group.value().id, QStringLiteral("Wings"), this, done);
        });
        QCOMPARE(renamed.value().name, QStringLiteral("Wings"));
        mark(Endpoint::UpdateLabelGroup);

        const auto label = await<Label>(
            [&](auto done) { client().createLabel(QStringLiteral("East wing"), this, done); });
        QVERIFY(label.ok());
        mark(Endpoint::CreateLabel);
        const auto moved = await<Label>([&](auto done) {
            client().updateLabel(label.value().id, QStringLiteral("East"), group.value().id, this,
                                 done);
        });
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message()));
        QCOMPARE(moved.value().name, QStringLiteral("East"));
        QCOMPARE(moved.value().groupId, group.value().id);
        mark(Endpoint::UpdateLabel);

        const auto labels = await<QList<Label>>([&](auto done) { client().labels(this, done); });
        QVERIFY(labels.ok());
        bool found = false;
        for (const Label &l : labels.value())
            found = found || (l.id == label.value().id && l.name == QLatin1String("East"));
        QVERIFY(found); // mutations persist
        mark(Endpoint::ListLabels);

        const QString room = idsOfType(QStringLiteral("space"), 1).value(0);
        SpaceLabelsChange change;
        change.add = {label.value().id};
        change.create = {QStringLiteral("Quiet zone")};
        const auto after = await<QList<Label>>(
            [&](auto done) { client().updateSpaceLabels(room, change, this, done); });
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message()));
        QStringList names;
        for (const Label &l : after.value())
            names.append(l.name);
        QVERIFY(names.contains(QStringLiteral("East")));
        QVERIFY(names.contains(QStringLiteral("Quiet zone")));
        SpaceLabelsChange removal;
        removal.remove = {label.value().id};
        const auto removed = await<QList<Label>>(
            [&](auto done) { client().updateSpaceLabels(room, removal, this, done); });
        QVERIFY(removed.ok());
        for (const Label &l : removed.value())
            QVERIFY(l.id != label.value().id);
        mark(Endpoint::UpdateSpaceLabels);
    }

    void updateSpace() {
        const QString room = idsOfType(QStringLiteral("space"), 1).value(0);
        SpaceUpdate update;
        update.capacity = qint64(12);
        update.timeZone = QStringLiteral("Europe/Berlin");
        const auto result =
            await<Space>([&](auto done) { client().updateSpace(room, update, this, done); });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        QCOMPARE(result.value().capacity.value(), 12);
        mark(Endpoint::UpdateSpace);

        SpaceUpdate invalid;
        invalid.timeZone = QStringLiteral("Mars/Olympus_Mons");
        const auto refused =
            await<Space>([&](auto done) { client().updateSpace(room, invalid, this, done); });
        QCOMPARE(refused.error().httpStatus(), 400);
        QVERIFY(!refused.error().message().isEmpty());

        const auto missing = await<Space>(
            [&](auto done) { client().updateSpace(QStringLiteral("spc_1"), update, this, done); });
        QCOMPARE(missing.error().httpStatus(), 404);
        QVERIFY(missing.error().message().contains(QLatin1String("not found")));
    }

    void doorways() {
        const auto result =
            await<QList<Doorway>>([&](auto done) { client().doorways(this, done); });
        QVERIFY(result.ok() && !result.value().isEmpty());
        QVERIFY(!result.value().first().spaces.isEmpty());
        mark(Endpoint::ListDoorways);
    }

    void sensors() {
        const auto all = await<QList<Sensor>>([&](auto done) { client().sensors({}, this, done); });
        QVERIFY(all.ok() && !all.value().isEmpty());
        mark(Endpoint::ListSensors);
        SensorFilter bySerial;
        bySerial.serialNumbers = {all.value().first().serialNumber};
        const auto health = await<QList<SensorHealth>>(
            [&](auto done) { client().sensorHealth(bySerial, this, done); });
        QVERIFY(health.ok());
        QCOMPARE(health.value().size(), 1);
        mark(Endpoint::SensorHealth);

        // 25 days of history: three 10-day windows, stitched in time order.
        ResponseLog log(&client());
        const auto history = await<QMap<QString, QList<SensorHealthChange>>>([&](auto done) {
            client().sensorHealthHistory(utcRange("2026-10-30T00:00:00Z", "2026-11-23T23:59:59Z"),
                                         {}, this, done);
        });
        QVERIFY(history.ok());
        QCOMPARE(log.count(Endpoint::SensorHealthHistory, 200), 3);
        for (const auto &changes : history.value()) {
            for (int i = 1; i < changes.size(); ++i)
                QVERIFY(changes.at(i - 1).timestamp <= changes.at(i).timestamp);
        }
        mark(Endpoint::SensorHealthHistory);

        SensorFilter both = bySerial;
        both.spaceIds = {QStringLiteral("spc_1")};
        const auto refused =
            await<QList<Sensor>>([&](auto done) { client().sensors(both, this, done); });
        QCOMPARE(refused.error().kind(), ApiError::Kind::Validation);
    }

    void usersNeedMachineToMachineToken() {
        const auto refused = await<QList<User>>([&](auto done) { client().users(this, done); });
        QCOMPARE(refused.error().httpStatus(), 403);
        QVERIFY(refused.error().message().contains(QLatin1String("machine-to-machine")));

        client().setTokenProvider(oauth.get());
        const auto list = await<QList<User>>([&](auto done) { client().users(this, done); });
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().message()));
        mark(Endpoint::ListUsers);

        User draft;
        draft.email = QStringLiteral("grace@example.com");
        draft.fullName = QStringLiteral("Grace Hopper");
        draft.role = QStringLiteral("editor");
        draft.spaceIds = idsOfType(QStringLiteral("floor"), 1);
        const auto created =
            await<User>([&](auto done) { client().createUser(draft, this, done); });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message()));
        mark(Endpoint::CreateUser);

        User changed = created.value();
        changed.role = QStringLiteral("admin");
        const auto updated =
            await<User>([&](auto done) { client().updateUser(changed, this, done); });
        QCOMPARE(updated.value().role, QStringLiteral("admin"));
        mark(Endpoint::UpdateUser);

        const auto fetched = await<User>([&](auto done) { client().user(changed.id, this, done); });
        QCOMPARE(fetched.value().role, QStringLiteral("admin"));
        QCOMPARE(fetched.value().email, draft.email);
        mark(Endpoint::GetUser);

        const auto deleted =
            await<StatusMessage>([&](auto done) { client().deleteUser(changed.id, this, done); });
        QVERIFY(deleted.ok());
        mark(Endpoint::DeleteUser);
        const auto gone = await<User>([&](auto done) { client().user(changed.id, this, done); });
        QCOMPARE(gone.error().httpStatus(), 404);
        client().setTokenProvider(&sim->staticToken);
    }

    void everyEndpointWasExercised() {
        QStringList missing;
        for (int i = 0; i < endpointCount(); ++i) {
            if (!called.contains(i))
                missing.append(QLatin1String(endpointAt(i).name));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestClientEndpoints)
#include "tst_client_endpoints.moc"
