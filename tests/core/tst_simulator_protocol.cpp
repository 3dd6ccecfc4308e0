// The simulator's protocol: auth, validation, mutations, rate limits, faults, access log.

#include "simtesthttp.h"

using namespace SimTest;

class TstSimulatorProtocol : public SimServerFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { start(); }

    void authRules() {
        Http &h = *m_http;
        QCOMPARE(h.call("GET", u"/v3/spaces"_s, {}, QString()).status, 403);
        QCOMPARE(h.call("GET", u"/v3/spaces"_s, {}, u"tok_not_a_token"_s).status, 401);
        // Not of the form "Bearer <x>".
        QUrl url = m_server->baseUrl();
        url.setPath(u"/v3/spaces"_s);
        QNetworkAccessManager nam;
        QNetworkRequest basic(url);
        basic.setRawHeader("Authorization", "Basic dG9rX2RlbW8=");
        QCOMPARE(Http::finish(nam.get(basic)).status, 403);
        const HttpResult noAuth = h.call("GET", u"/v3/hello-world"_s, {}, QString());
        QCOMPARE(noAuth.object().value(u"code"_s).toInt(), 403);
        QVERIFY(!noAuth.object().value(u"message"_s).toString().isEmpty());

        // Users: machine-to-machine tokens only.
        QCOMPARE(h.call("GET", u"/v3/users"_s).status, 403);
        const QString m2m = m2mToken(h);
        QVERIFY(m2m.startsWith(u"eyJ"_s));
        QCOMPARE(h.call("GET", u"/v3/users"_s, {}, m2m).status, 200);
        QCOMPARE(h.call("GET", u"/v3/spaces"_s, {}, m2m).status, 200);

        // Display tokens: presence reads and brokers only.
        const HttpResult display = h.call(
            "POST", u"/v3/oauth/display-token"_s,
            "grant_type=client_credentials&client_id=demo-display&client_secret=demo-display-secret"
            "&display_id=lobby-1",
            QString(), "application/x-www-form-urlencoded");
        QCOMPARE(display.status, 200);
        QVERIFY(display.object().value(u"expires_in"_s).isDouble()); // integer here
        QCOMPARE(display.object().value(u"scope"_s).toString(), u"display:lobby-1"_s);
        const QString displayToken = display.object().value(u"access_token"_s).toString();
        QCOMPARE(h.post(u"/v3/analytics/presence-health"_s, {}, displayToken).status, 200);
        const QString floor = firstSpace(
            [](const QJsonObject &s) { return s.value(u"space_type"_s).toString() == "floor"_L1; });
        QCOMPARE(
            h.call("POST", u"/v3/analytics/ws/floor/%1/presence"_s.arg(floor), {}, displayToken)
                .status,
            200);
        QCOMPARE(h.call("GET", u"/v3/spaces"_s, {}, displayToken).status, 200); // names for signage
        QCOMPARE(h.call("GET", u"/v3/labels"_s, {}, displayToken).status, 403);
        QCOMPARE(h.call("GET", u"/v3/users"_s, {}, displayToken).status, 403);

        // Expired and revoked tokens are 401; static tokens survive expireAllTokens().
        m_server->expireAllTokens();
        QCOMPARE(h.call("GET", u"/v3/users"_s, {}, m2m).status, 401);
        QCOMPARE(h.call("GET", u"/v3/hello-world"_s).status, 200);
        const QString second = m2mToken(h);
        QCOMPARE(h.call("GET", u"/v3/users"_s, {}, second).status, 200);
        m_server->revokeToken(second);
        QCOMPARE(h.call("GET", u"/v3/users"_s, {}, second).status, 401);
    }

    void oauthTokenEndpoint() {
        Http &h = *m_http;
        const QJsonObject good{{u"client_id"_s, u"demo-client"_s},
                               {u"client_secret"_s, u"demo-secret"_s},
                               {u"grant_type"_s, u"client_credentials"_s},
                               {u"token_duration"_s, 120}};
        const HttpResult ok = h.post(u"/v3/oauth/token"_s, good, QString());
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value(u"expires_in"_s).toString(), u"120"_s); // a string
        QCOMPARE(ok.object().value(u"token_type"_s).toString(), u"Bearer"_s);
        QJsonObject bad = good;
        bad.insert(u"client_secret"_s, u"wrong"_s);
        QCOMPARE(h.post(u"/v3/oauth/token"_s, bad, QString()).status, 401);
        bad = good;
        bad.remove(u"grant_type"_s);
        QCOMPARE(h.post(u"/v3/oauth/token"_s, bad, QString()).status, 400);
        QCOMPARE(h.call("POST", u"/v3/oauth/display-token"_s,
                        "grant_type=client_credentials&client_id=demo-display&client_secret=x&"
                        "display_id=d",
                        QString(), "application/x-www-form-urlencoded")
                     .status,
                 401);
    }

    void helloWorldIsExactPlainText() {
        const HttpResult r = m_http->call("GET", u"/v3/hello-world"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/plain"));
        QCOMPARE(QString::fromUtf8(r.body), u"Do\u2026 or do not. There is no try. - Yoda"_s);
    }

    // --- validation ---------------------------------------------------------------------------

    void validationRules_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");

        const auto range = [](const char *start, const char *end, const char *res = nullptr) {
            QJsonObject o{{u"start_date"_s, QLatin1String(start)},
                          {u"end_date"_s, QLatin1String(end)}};
            if (res)
                o.insert(u"time_resolution"_s, QLatin1String(res));
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        const QString occ = u"/v3/analytics/occupancy"_s;
        QTest::newRow("minute 1 day")
            << occ << range("2026-11-23T00:00:00", "2026-11-24T00:00:00", "minute") << 400
            << u"shorter than 1 day"_s;
        QTest::newRow("10minute 1 day")
            << occ << range("2026-11-23T00:00:00", "2026-11-24T00:00:00", "10minute") << 400
            << u"shorter than 1 day"_s;
        QTest::newRow("hour 7 days")
            << occ << range("2026-11-17T00:00:00", "2026-11-24T00:00:00", "hour") << 400
            << u"shorter than 7 days"_s;
        QTest::newRow("hour_of_day 7 days")
            << occ << range("2026-11-17T00:00:00Z", "2026-11-24T00:00:00Z", "hour_of_day") << 400
            << u"shorter than 7 days"_s;
        QTest::newRow("day 31 days")
            << occ << range("2026-10-01T00:00:00", "2026-11-01T00:00:00", "day") << 400
            << u"shorter than 31 days"_s;
        QTest::newRow("weekday 31 days")
            << occ << range("2026-10-01T00:00:00", "2026-11-01T00:00:00", "weekday") << 400
            << u"shorter than 31 days"_s;
        QTest::newRow("total 1 year") << occ << range("2025-11-01T00:00:00", "2026-11-01T00:00:00")
                                      << 400 << u"shorter than 1 year"_s;
        QTest::newRow("month 1 year")
            << occ << range("2025-11-01T00:00:00", "2026-11-01T00:00:00", "month") << 400
            << u"shorter than 1 year"_s;
        QTest::newRow("shorthand 1h")
            << occ << range("2026-11-23T00:00:00", "2026-11-23T23:59:59", "1h") << 400
            << u"Unknown time_resolution \"1h\""_s;
        QTest::newRow("unknown resolution")
            << occ << range("2026-11-23T00:00:00", "2026-11-23T23:59:59", "hourly") << 400
            << u"Unknown time_resolution"_s;
        QTest::newRow("date-only")
            << occ << range("2026-11-23", "2026-11-23T23:59:59") << 400 << u"must include a time"_s;
        QTest::newRow("unparsable") << occ << range("yesterday", "2026-11-23T23:59:59") << 400
                                    << u"is not an ISO-8601 date-time"_s;
        QTest::newRow("bad offset") << occ << range("2026-11-23T00:00:00+5", "2026-11-23T23:59:59")
                                    << 400 << u"is not an ISO-8601 date-time"_s;
        QTest::newRow("start after end")
            << occ << range("2026-11-24T00:00:00", "2026-11-23T00:00:00") << 400
            << u"start_date must not be after end_date"_s;
        QTest::newRow("missing start")
            << occ << QByteArray("{\"end_date\":\"2026-11-23T00:00:00\"}") << 400
            << u"start_date is required"_s;
        QTest::newRow("missing end")
            << occ << QByteArray("{\"start_date\":\"2026-11-23T00:00:00\"}") << 400
            << u"end_date is required"_s;
        QTest::newRow("malformed JSON") << occ << QByteArray("{\"start_date\": \"2026-11-23T00")
                                        << 400 << u"Malformed JSON body"_s;
        QTest::newRow("no body") << occ << QByteArray() << 400 << u"body is required"_s;
        QTest::newRow("bad operating hours")
            << occ
            << QByteArray(
                   "{\"start_date\":\"2026-11-23T00:00:00\",\"end_date\":\"2026-11-23T23:59:59\","
                   "\"operating_hours\":{\"days\":[7],\"start_hour\":8,\"end_hour\":18}}")
            << 400 << u"operating_hours.days"_s;
        QTest::newRow("unknown metric")
            << u"/v3/analytics/metrics"_s
            << QByteArray(
                   "{\"start_date\":\"2026-11-23T00:00:00\",\"end_date\":\"2026-11-23T23:59:59\","
                   "\"metrics\":[\"occupancy\",\"saturation\"]}")
            << 400 << u"Unknown metric"_s;
        QTest::newRow("unknown space")
            << occ
            << QByteArray(
                   "{\"start_date\":\"2026-11-23T00:00:00\",\"end_date\":\"2026-11-23T23:59:59\","
                   "\"space_ids\":[\"spc_1\"]}")
            << 404 << u"Space spc_1 not found"_s;
        QTest::newRow("raw sessions 61 days")
            << u"/v3/analytics/sessions/raw"_s
            << range("2026-09-01T00:00:00", "2026-11-01T00:00:00") << 400
            << u"Raw sessions accept at most 60 days per request"_s;
        QTest::newRow("data status 10 days")
            << u"/v3/analytics/data-status"_s
            << range("2026-11-01T00:00:00Z", "2026-11-11T00:00:01Z") << 400 << u"at most 10 days"_s;
        QTest::newRow("data status 5 minutes")
            << u"/v3/analytics/data-status"_s
            << range("2026-11-01T00:00:00Z", "2026-11-01T00:04:59Z") << 400
            << u"at least 5 minutes"_s;
        QTest::newRow("data status before June 2024")
            << u"/v3/analytics/data-status"_s
            << range("2024-05-31T00:00:00Z", "2024-06-01T00:00:00Z") << 400
            << u"after 2024-06-01T00:00:00Z"_s;
        QTest::newRow("health history 10 days")
            << u"/v3/sensors/health/history"_s
            << range("2026-11-01T00:00:00Z", "2026-11-12T00:00:00Z") << 400 << u"at most 10 days"_s;
        QTest::newRow("sensors both filters")
            << u"/v3/sensors"_s
            << QByteArray("{\"serial_numbers\":[\"A1B6Z10\"],\"space_ids\":[\"spc_1\"]}") << 400
            << u"not both"_s;
        QTest::newRow("sensor health both filters")
            << u"/v3/sensors/health"_s
            << QByteArray("{\"serial_numbers\":[\"A1B6Z10\"],\"space_ids\":[\"spc_1\"]}") << 400
            << u"not both"_s;
        QTest::newRow("history both filters")
            << u"/v3/sensors/health/history"_s
            << QByteArray(
                   "{\"start_date\":\"2026-11-20T00:00:00Z\",\"end_date\":\"2026-11-21T00:00:00Z\","
                   "\"serial_numbers\":[\"A1B6Z10\"],\"space_ids\":[\"spc_1\"]}")
            << 400 << u"not both"_s;
        QTest::newRow("short-term lookback 0")
            << u"/v3/analytics/short-term"_s << QByteArray("{\"minutes_lookback\":0}") << 400
            << u"minutes_lookback"_s;
    }

    void validationRules() {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const HttpResult r = m_http->call("POST", path, body);
        QCOMPARE(r.status, status);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QCOMPARE(r.object().value(u"code"_s).toInt(), status);
        const QString text = r.object().value(u"message"_s).toString();
        QVERIFY2(text.contains(message), qPrintable(text));
    }

    void acceptedTimestampsAndLimits_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("Z with fraction")
            << u"/v3/analytics/occupancy"_s
            << window(u"2026-11-23T00:00:00.250Z"_s, u"2026-11-23T23:59:59.999Z"_s, u"hour"_s);
        QTest::newRow("offset") << u"/v3/analytics/occupancy"_s
                                << window(u"2026-11-23T00:00:00+01:00"_s,
                                          u"2026-11-23T23:59:59-05:30"_s);
        QTest::newRow("hour just under 7 days")
            << u"/v3/analytics/time-used"_s
            << window(u"2026-11-17T00:00:00"_s, u"2026-11-23T23:59:59"_s, u"hour"_s);
        QTest::newRow("minute just under a day")
            << u"/v3/analytics/metrics"_s
            << window(u"2026-11-24T00:00:00"_s, u"2026-11-24T23:59:59"_s, u"minute"_s);
        QTest::newRow("raw sessions exactly 60 days")
            << u"/v3/analytics/sessions/raw"_s
            << window(u"2026-09-01T00:00:00"_s, u"2026-10-31T00:00:00"_s);
        QTest::newRow("unknown fields ignored")
            << u"/v3/analytics/utilization"_s
            << QJsonObject{{u"start_date"_s, u"2026-11-23T00:00:00"_s},
                           {u"end_date"_s, u"2026-11-23T23:59:59"_s},
                           {u"page_size"_s, 1000}};
    }

    void acceptedTimestampsAndLimits() {
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        const HttpResult r = m_http->post(path, body);
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(r.object().size() > 0);
    }

    // --- numbers agree (REFERENCE §12.1) ----------------------------------------------------

    void labelMutationsPersist() {
        Http &h = *m_http;
        const HttpResult created = h.post(u"/v3/labels"_s, {{u"name"_s, u"Test Label"_s}});
        QCOMPARE(created.status, 200);
        const QString labelId = created.object().value(u"id"_s).toString();
        QVERIFY(!labelId.isEmpty());
        QCOMPARE(h.post(u"/v3/labels"_s, {{u"name"_s, u""_s}}).status, 400);
        QCOMPARE(h.post(u"/v3/labels"_s, {{u"name"_s, QString(256, u'x')}}).status, 400);

        const HttpResult group = h.post(u"/v3/label-groups"_s, {{u"name"_s, u"Floors"_s}});
        QCOMPARE(group.status, 200);
        const QString groupId = group.object().value(u"id"_s).toString();
        const QByteArray move =
            QJsonDocument(QJsonObject{{u"name"_s, u"Renamed"_s}, {u"group"_s, groupId}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(h.call("PATCH", u"/v3/labels/%1"_s.arg(labelId), move).status, 200);
        QCOMPARE(h.call("PUT", u"/v3/labels/%1"_s.arg(labelId), move).status, 200);
        QCOMPARE(h.call("PUT", u"/v3/labels/lbl_nope"_s, move).status, 404);
        QCOMPARE(
            h.call("PUT", u"/v3/label-groups/%1"_s.arg(groupId), "{\"name\":\"Levels\"}").status,
            200);
        QCOMPARE(h.call("PATCH", u"/v3/label-groups/lgr_nope"_s, "{\"name\":\"x\"}").status, 404);

        bool found = false;
        for (const QJsonValue &v : h.call("GET", u"/v3/labels"_s).array()) {
            const QJsonObject label = v.toObject();
            if (label.value(u"id"_s).toString() != labelId)
                continue;
            found = true;
            QCOMPARE(label.value(u"name"_s).toString(), u"Renamed"_s);
            QCOMPARE(label.value(u"group"_s).toObject().value(u"id"_s).toString(), groupId);
            QCOMPARE(label.value(u"group"_s).toObject().value(u"name"_s).toString(), u"Levels"_s);
        }
        QVERIFY(found);
        bool groupListed = false;
        for (const QJsonValue &v : h.call("GET", u"/v3/label-groups"_s).array())
            groupListed = groupListed || v.toObject().value(u"name"_s).toString() == "Levels"_L1;
        QVERIFY(groupListed);

        // Space labels: add an existing id, create by name, then delete.
        const QString room = firstSpace([](const QJsonObject &s) {
            return s.value(u"function"_s).toString() == "phone_booth"_L1;
        });
        const QByteArray change = QJsonDocument(QJsonObject{{u"add"_s, ids({labelId})},
                                                            {u"create"_s, ids({u"Fresh"_s})},
                                                            {u"delete"_s, QJsonArray()}})
                                      .toJson(QJsonDocument::Compact);
        const HttpResult after = h.call("PUT", u"/v3/spaces/%1/labels"_s.arg(room), change);
        QCOMPARE(after.status, 200);
        QStringList names;
        for (const QJsonValue &v : after.array())
            names.append(v.toObject().value(u"name"_s).toString());
        QVERIFY(names.contains(u"Renamed"_s) && names.contains(u"Fresh"_s));
        QCOMPARE(h.call("PATCH", u"/v3/spaces/%1/labels"_s.arg(room),
                        QJsonDocument(QJsonObject{{u"delete"_s, ids({labelId})}}).toJson())
                     .status,
                 200);
        QCOMPARE(
            h.call("PUT", u"/v3/spaces/%1/labels"_s.arg(room), "{\"add\":[\"lbl_nope\"]}").status,
            404);
        for (const QJsonValue &v : h.call("GET", u"/v3/spaces"_s).array()) {
            if (v.toObject().value(u"id"_s).toString() != room)
                continue;
            QStringList now;
            for (const QJsonValue &l : v.toObject().value(u"labels"_s).toArray())
                now.append(l.toObject().value(u"name"_s).toString());
            QVERIFY(now.contains(u"Fresh"_s));
            QVERIFY(!now.contains(u"Renamed"_s));
        }
    }

    void spaceUpdatesValidateAndPersist() {
        Http &h = *m_http;
        const QString room = firstSpace([](const QJsonObject &s) {
            return s.value(u"function"_s).toString() == "meeting_room"_L1 &&
                   s.value(u"capacity"_s).toInt() > 0 &&
                   s.value(u"status"_s).toString() == "live"_L1;
        });
        const QString path = u"/v3/spaces/%1"_s.arg(room);
        QCOMPARE(h.call("PUT", path, "{\"capacity\":-1}").status, 400);
        QCOMPARE(h.call("PUT", path, "{\"capacity\":\"four\"}").status, 400);
        QCOMPARE(h.call("PUT", path, "{\"name\":\"\"}").status, 400);
        QCOMPARE(
            h.call("PUT", path, QByteArray("{\"name\":\"") + QByteArray(256, 'n') + "\"}").status,
            400);
        QCOMPARE(h.call("PUT", path, "{\"time_zone\":\"Mars/Olympus_Mons\"}").status, 400);
        QCOMPARE(h.call("PUT", path, "{\"name\": ").status, 400);
        QCOMPARE(h.call("PUT", u"/v3/spaces/spc_7"_s, "{\"capacity\":1}").status, 404);

        const HttpResult ok = h.call(
            "PATCH", path,
            "{\"name\":\"Quiet Room\",\"capacity\":0,\"time_zone\":\"Europe/Berlin\","
            "\"function\":\"wellness_room\",\"iwms_id\":\"IWMS-1\",\"address\":\"1 Main St\"}");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value(u"name"_s).toString(), u"Quiet Room"_s);
        for (const QJsonValue &v : h.call("GET", u"/v3/spaces"_s).array()) {
            const QJsonObject s = v.toObject();
            if (s.value(u"id"_s).toString() != room)
                continue;
            QCOMPARE(s.value(u"capacity"_s).toInt(-1), 0);
            QCOMPARE(s.value(u"time_zone"_s).toString(), u"Europe/Berlin"_s);
            QCOMPARE(s.value(u"function"_s).toString(), u"wellness_room"_s);
        }
        // Capacity drives utilization: 0 => 0, null => null.
        QJsonObject body = window(u"2026-11-24T00:00:00"_s, u"2026-11-24T23:59:59"_s);
        body.insert(u"space_ids"_s, ids({room}));
        QJsonObject u =
            m_http->post(u"/v3/analytics/utilization"_s, body).object().value(room).toObject();
        QCOMPARE(u.value(u.keys().first()).toObject().value(u"utilization_avg"_s).toDouble(-1),
                 0.0);
        QCOMPARE(h.call("PUT", path, "{\"capacity\":null}").status, 200);
        u = m_http->post(u"/v3/analytics/utilization"_s, body).object().value(room).toObject();
        QVERIFY(u.value(u.keys().first()).toObject().value(u"utilization_avg"_s).isNull());
        // The new zone moves the bucket key offset.
        QVERIFY(u.keys().first() == "2026-11-24T00:00:00"_L1);
        body.insert(u"time_resolution"_s, u"day"_s);
        u = m_http->post(u"/v3/analytics/utilization"_s, body).object().value(room).toObject();
        QCOMPARE(u.keys(), QStringList{u"2026-11-24T00:00:00+01:00"_s});
    }

    void userMutationsPersist() {
        Http &h = *m_http;
        const QString m2m = m2mToken(h);
        const HttpResult created = h.post(u"/v3/users"_s,
                                          {{u"email"_s, u"new.person@example.com"_s},
                                           {u"full_name"_s, u"New Person"_s},
                                           {u"role"_s, u"editor"_s}},
                                          m2m);
        QCOMPARE(created.status, 200);
        const QString id = created.object().value(u"id"_s).toString();
        QCOMPARE(h.post(u"/v3/users"_s,
                        {{u"email"_s, u"new.person@example.com"_s}, {u"role"_s, u"editor"_s}}, m2m)
                     .status,
                 400); // duplicate
        QCOMPARE(
            h.post(u"/v3/users"_s, {{u"email"_s, u"x@example.com"_s}, {u"role"_s, u"boss"_s}}, m2m)
                .status,
            400);
        QCOMPARE(h.post(u"/v3/users"_s, {{u"role"_s, u"editor"_s}}, m2m).status, 400);
        const QString userPath = u"/v3/users/%1"_s.arg(id);
        QCOMPARE(h.call("GET", userPath, {}, m2m).object().value(u"role"_s).toString(),
                 u"editor"_s);
        QCOMPARE(
            h.call("PUT", userPath, "{\"role\":\"admin\",\"full_name\":\"Renamed Person\"}", m2m)
                .status,
            200);
        QCOMPARE(h.call("PATCH", userPath, "{\"email\":\"other@example.com\"}", m2m).status, 400);
        const HttpResult fetched = h.call("GET", userPath, {}, m2m);
        QCOMPARE(fetched.object().value(u"role"_s).toString(), u"admin"_s);
        QCOMPARE(fetched.object().value(u"full_name"_s).toString(), u"Renamed Person"_s);
        const HttpResult deleted = h.call("DELETE", userPath, {}, m2m);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.object().value(u"code"_s).toInt(), 200);
        QCOMPARE(h.call("GET", userPath, {}, m2m).status, 404);
        QCOMPARE(h.call("DELETE", userPath, {}, m2m).status, 404);
    }

    void sensorsAndHealth() {
        Http &h = *m_http;
        const QJsonArray sensors = h.call("POST", u"/v3/sensors"_s, "{}").array();
        QVERIFY(sensors.size() > 300);
        QSet<QString> types;
        for (const QJsonValue &v : sensors)
            types.insert(v.toObject().value(u"sensor_type"_s).toString());
        QCOMPARE(types, (QSet<QString>{u"oa"_s, u"entry"_s, u"waffle"_s}));
        const QJsonArray health =
            h.call("POST", u"/v3/sensors/health"_s, "{}").object().value(u"data"_s).toArray();
        QCOMPARE(health.size(), sensors.size());
        QString offline;
        for (const QJsonValue &v : health) {
            if (v.toObject().value(u"health_status"_s).toString() == "offline"_L1)
                offline = v.toObject().value(u"serial_number"_s).toString();
        }
        QVERIFY(!offline.isEmpty());
        QJsonObject body = window(u"2026-11-16T00:00:00Z"_s, u"2026-11-25T14:00:00Z"_s);
        body.insert(u"serial_numbers"_s, ids({offline}));
        const QJsonArray history =
            h.post(u"/v3/sensors/health/history"_s, body).object().value(offline).toArray();
        QVERIFY(history.size() >= 2); // state at the start, then the change to offline
        QCOMPARE(history.last().toObject().value(u"health_status"_s).toString(), u"offline"_s);
        QCOMPARE(h.post(u"/v3/sensors"_s, {{u"serial_numbers"_s, ids({u"Z9Z9Z99"_s})}}).status,
                 404);
    }

    // --- edge behaviour --------------------------------------------------------------------

    void rateLimiterAnswers429WithRetryAfter() {
        SimOptions options;
        options.ratePerSecond = 1;
        options.burst = 5;
        SimServer server(options);
        QVERIFY(server.listen());
        Http http(server.baseUrl());
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 12; ++i)
            replies.append(http.start("GET", u"/v3/hello-world"_s));
        int ok = 0, limited = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const HttpResult r = Http::finish(reply);
            QCOMPARE(r.header("x-ratelimit-limit"), QByteArray("5"));
            QVERIFY(!r.header("x-ratelimit-remaining").isEmpty());
            QVERIFY(r.header("x-ratelimit-reset").toLongLong() > 0);
            if (r.status == 429) {
                ++limited;
                QVERIFY(r.header("retry-after").toInt() >= 1);
                QCOMPARE(r.object().value(u"code"_s).toInt(), 429);
            } else {
                QCOMPARE(r.status, 200);
                ++ok;
            }
        }
        QVERIFY(ok >= 5 && ok <= 7);
        QCOMPARE(limited, 12 - ok);
        QCOMPARE(server.tooManyRequestsCount(), limited);
        QCOMPARE(server.requestCount(), 12);

        server.setRateLimit(false);
        QCOMPARE(http.call("GET", u"/v3/hello-world"_s).status, 200);
        QVERIFY(http.call("GET", u"/v3/hello-world"_s).header("x-ratelimit-limit").isEmpty());
    }

    void faultLatency() {
        SimServer server(quietOptions());
        QVERIFY(server.listen());
        Http http(server.baseUrl());
        FaultOptions faults;
        faults.latencyMs = 250;
        server.setFaults(faults);
        QSignalSpy finished(&server, &SimServer::requestFinished);
        const HttpResult r = http.call("GET", u"/v3/hello-world"_s);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 240, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(finished.size(), 1);

        // A client that gives up while the answer is pending must not hurt the server.
        QNetworkReply *abandoned = http.start("GET", u"/v3/hello-world"_s);
        QTimer::singleShot(50, abandoned, &QNetworkReply::abort);
        QVERIFY(finished.wait(3000));
        abandoned->deleteLater();
        QCOMPARE(http.call("GET", u"/v3/hello-world"_s).status, 200);
    }

    void faultErrorsAndMalformedBodies() {
        SimServer server(quietOptions());
        QVERIFY(server.listen());
        Http http(server.baseUrl());
        server.setFaults(*FaultOptions::parse(u"errors=1"_s));
        QSet<int> statuses;
        for (int i = 0; i < 12; ++i)
            statuses.insert(http.call("GET", u"/v3/hello-world"_s).status);
        QCOMPARE(statuses, (QSet<int>{500, 502, 503}));

        server.setFaults(*FaultOptions::parse(u"malformed=1"_s));
        for (int i = 0; i < 4; ++i) {
            const HttpResult r = http.call("GET", u"/v3/label-groups"_s);
            QCOMPARE(r.status, 200);
            QJsonParseError error;
            QJsonDocument::fromJson(r.body, &error);
            QVERIFY(error.error != QJsonParseError::NoError);
        }
        server.setFaults({});
        QVERIFY(http.call("GET", u"/v3/label-groups"_s).json().isArray());
    }

    void faultsAreDeterministicForASeed() {
        const auto sequence = []() {
            SimOptions options = quietOptions();
            options.faults = *FaultOptions::parse(u"errors=0.3,malformed=0.3"_s);
            SimServer server(options);
            server.listen();
            Http http(server.baseUrl());
            QList<int> out;
            for (int i = 0; i < 15; ++i) {
                const HttpResult r = http.call("GET", u"/v3/label-groups"_s);
                out.append(r.status == 200 && !r.json().isArray() ? -1 : r.status);
            }
            return out;
        };
        const QList<int> first = sequence();
        QCOMPARE(sequence(), first);
        QVERIFY(first.contains(200));
        QVERIFY(first.count(200) < first.size());
    }

    void fault429Storm() {
        SimServer server(quietOptions());
        QVERIFY(server.listen());
        Http http(server.baseUrl());
        server.setFaults(*FaultOptions::parse(u"storm429=0.4"_s));
        const HttpResult r = http.call("GET", u"/v3/hello-world"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray("1"));
        QCOMPARE(server.tooManyRequestsCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(http.call("GET", u"/v3/hello-world"_s).status, 200, 3000);
    }

    void faultSpecParsing() {
        const auto all = FaultOptions::parse(u"latency=200,errors=0.1,malformed=0.05,storm429=5"_s);
        QVERIFY(all);
        QCOMPARE(all->latencyMs, 200);
        QCOMPARE(all->errorRate, 0.1);
        QCOMPARE(all->malformedRate, 0.05);
        QCOMPARE(all->rate429Storm, 5.0);
        QString error;
        QVERIFY(!FaultOptions::parse(u"errors=2"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!FaultOptions::parse(u"explode=1"_s));
        QVERIFY(FaultOptions::parse(QString()).has_value());
    }

    void accessLogLines() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SimOptions options = quietOptions();
        options.accessLogPath = dir.filePath(u"access.log"_s);
        {
            SimServer server(options);
            QVERIFY(server.listen());
            Http http(server.baseUrl());
            QCOMPARE(http.call("GET", u"/v3/hello-world"_s).status, 200);
            QCOMPARE(http.post(u"/v3/analytics/occupancy"_s, {}).status, 400);
            QCOMPARE(http.call("GET", u"/v3/nowhere"_s).status, 404);
        }
        QFile log(options.accessLogPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QRegularExpression shape(u"^(GET|POST|PUT|PATCH|DELETE) /\\S* \\d{3} \\d+$"_s);
        for (const QString &line : lines)
            QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
        QVERIFY(lines[0].startsWith(u"GET /v3/hello-world 200 "_s));
        QVERIFY(lines[1].startsWith(u"POST /v3/analytics/occupancy 400 "_s));
        QVERIFY(lines[2].startsWith(u"GET /v3/nowhere 404 "_s));
    }

    void unknownRoutesAndMethods() {
        QCOMPARE(m_http->call("GET", u"/v3/nowhere"_s).status, 404);
        QCOMPARE(m_http->call("DELETE", u"/v3/labels"_s).status, 405);
        // Unknown query parameters are ignored; there is never a "next".
        const HttpResult r = m_http->call("GET", u"/v3/spaces"_s + u"?page_size=1000"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().isArray());
        QVERIFY(!r.body.contains("\"next\""));
    }
};

QTEST_GUILESS_MAIN(TstSimulatorProtocol)
#include "tst_simulator_protocol.moc"
