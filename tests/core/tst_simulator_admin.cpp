// The simulator's admin rules (issue 6): the values the app's forms refuse are refused by the
// simulator too, with 400 and a message naming the rule; a rejected request changes nothing;
// the read-only static token reads everything a static token may read and gets 403 on every
// mutation; display tokens get 403 on every admin route.

#include "simtesthttp.h"

using namespace SimTest;

namespace {

//! "{space}", "{label}", "{group}" and "{user}" in a row's path are filled in by the test.
struct Ids {
    QString space;
    QString label;
    QString group;
    QString user;

    QString fill(QString path) const {
        return path.replace(u"{space}"_s, space)
            .replace(u"{label}"_s, label)
            .replace(u"{group}"_s, group)
            .replace(u"{user}"_s, user);
    }
};

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TstSimulatorAdmin : public SimServerFixture {
    Q_OBJECT

    Ids m_ids;
    QString m_m2m;
    QString m_display;

    QJsonObject space(const QString &id) {
        for (const QJsonValue &v : m_http->call("GET", u"/v3/spaces"_s).array()) {
            if (v.toObject().value(u"id"_s).toString() == id)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        start();
        Http &h = *m_http;
        m_ids.space = firstSpace([](const QJsonObject &s) {
            return s.value(u"space_type"_s).toString() == "space"_L1 &&
                   s.value(u"capacity"_s).toInt() > 0;
        });
        QVERIFY(!m_ids.space.isEmpty());
        const QJsonArray labels = h.call("GET", u"/v3/labels"_s).array();
        QVERIFY(!labels.isEmpty());
        m_ids.label = labels.first().toObject().value(u"id"_s).toString();
        const QJsonArray groups = h.call("GET", u"/v3/label-groups"_s).array();
        QVERIFY(!groups.isEmpty());
        m_ids.group = groups.first().toObject().value(u"id"_s).toString();
        m_m2m = m2mToken(h);
        QVERIFY(!m_m2m.isEmpty());
        const QJsonArray users = h.call("GET", u"/v3/users"_s, {}, m_m2m).array();
        QVERIFY(!users.isEmpty());
        m_ids.user = users.first().toObject().value(u"id"_s).toString();
        const HttpResult display = h.call(
            "POST", u"/v3/oauth/display-token"_s,
            "grant_type=client_credentials&client_id=demo-display&client_secret=demo-display-secret"
            "&display_id=lobby-1",
            QString(), "application/x-www-form-urlencoded");
        QCOMPARE(display.status, 200);
        m_display = display.object().value(u"access_token"_s).toString();
    }

    void invalidValuesAre400_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("m2m");
        QTest::addColumn<QString>("message");

        const QString spacePath = u"/v3/spaces/{space}"_s;
        const QString long256(256, u'n');
        // Spaces (REFERENCE §3.21).
        QTest::newRow("space capacity negative")
            << QByteArray("PUT") << spacePath << QByteArray("{\"capacity\":-1}") << false
            << u"capacity must be 0 or greater"_s;
        QTest::newRow("space capacity fraction")
            << QByteArray("PUT") << spacePath << QByteArray("{\"capacity\":2.5}") << false
            << u"capacity must be a whole number"_s;
        QTest::newRow("space capacity text")
            << QByteArray("PUT") << spacePath << QByteArray("{\"capacity\":\"4\"}") << false
            << u"capacity must be a whole number"_s;
        QTest::newRow("space capacity beyond int")
            << QByteArray("PUT") << spacePath << QByteArray("{\"capacity\":30000000000}") << false
            << u"capacity must be a whole number"_s;
        QTest::newRow("space time zone unknown")
            << QByteArray("PUT") << spacePath << QByteArray("{\"time_zone\":\"Mars/Olympus_Mons\"}")
            << false << u"not a valid IANA time zone"_s;
        QTest::newRow("space time zone empty")
            << QByteArray("PUT") << spacePath << QByteArray("{\"time_zone\":\"\"}") << false
            << u"not a valid IANA time zone"_s;
        QTest::newRow("space time zone city only")
            << QByteArray("PUT") << spacePath << QByteArray("{\"time_zone\":\"Berlin\"}") << false
            << u"not a valid IANA time zone"_s;
        QTest::newRow("space name empty")
            << QByteArray("PUT") << spacePath << QByteArray("{\"name\":\"\"}") << false
            << u"Space name must not be empty"_s;
        QTest::newRow("space name blank")
            << QByteArray("PUT") << spacePath << QByteArray("{\"name\":\"   \"}") << false
            << u"Space name must not be empty"_s;
        QTest::newRow("space name 256")
            << QByteArray("PUT") << spacePath << compact({{u"name"_s, long256}}) << false
            << u"at most 255 characters"_s;
        // Labels and label groups (§3.15, §3.16, §3.18, §3.19, §3.22).
        QTest::newRow("label create empty")
            << QByteArray("POST") << u"/v3/labels"_s << QByteArray("{\"name\":\"\"}") << false
            << u"Label name must not be empty"_s;
        QTest::newRow("label create missing") << QByteArray("POST") << u"/v3/labels"_s
                                              << QByteArray("{}") << false << u"name is required"_s;
        QTest::newRow("label create 256")
            << QByteArray("POST") << u"/v3/labels"_s << compact({{u"name"_s, long256}}) << false
            << u"at most 255 characters"_s;
        QTest::newRow("label rename empty")
            << QByteArray("PUT") << u"/v3/labels/{label}"_s << QByteArray("{\"name\":\" \"}")
            << false << u"Label name must not be empty"_s;
        QTest::newRow("label unknown group")
            << QByteArray("PUT") << u"/v3/labels/{label}"_s
            << QByteArray("{\"group\":\"lgr_nope\"}") << false << u"not a known label group id"_s;
        QTest::newRow("group create empty")
            << QByteArray("POST") << u"/v3/label-groups"_s << QByteArray("{\"name\":\"\"}") << false
            << u"Label group name must not be empty"_s;
        QTest::newRow("group rename 256")
            << QByteArray("PUT") << u"/v3/label-groups/{group}"_s << compact({{u"name"_s, long256}})
            << false << u"at most 255 characters"_s;
        QTest::newRow("space labels create empty")
            << QByteArray("PUT") << u"/v3/spaces/{space}/labels"_s
            << QByteArray("{\"create\":[\"\"]}") << false << u"Label name must not be empty"_s;
        QTest::newRow("space labels create 256")
            << QByteArray("PUT") << u"/v3/spaces/{space}/labels"_s
            << compact({{u"create"_s, ids({long256})}}) << false << u"at most 255 characters"_s;
        // Users (§3.29, §3.32).
        const auto user = [](const QString &email, const QString &name) {
            return compact({{u"email"_s, email}, {u"full_name"_s, name}, {u"role"_s, u"editor"_s}});
        };
        QTest::newRow("user email no at")
            << QByteArray("POST") << u"/v3/users"_s << user(u"person.example.com"_s, u"A"_s) << true
            << u"is not an e-mail address"_s;
        QTest::newRow("user email no domain dot")
            << QByteArray("POST") << u"/v3/users"_s << user(u"person@example"_s, u"A"_s) << true
            << u"is not an e-mail address"_s;
        QTest::newRow("user email space")
            << QByteArray("POST") << u"/v3/users"_s << user(u"a person@example.com"_s, u"A"_s)
            << true << u"is not an e-mail address"_s;
        QTest::newRow("user email two ats")
            << QByteArray("POST") << u"/v3/users"_s << user(u"a@b@example.com"_s, u"A"_s) << true
            << u"is not an e-mail address"_s;
        QTest::newRow("user email 255") << QByteArray("POST") << u"/v3/users"_s
                                        << user(QString(243, u'a') + u"@example.com"_s, u"A"_s)
                                        << true << u"email must be at most 254 characters"_s;
        QTest::newRow("user full name empty")
            << QByteArray("POST") << u"/v3/users"_s << user(u"empty.name@example.com"_s, u""_s)
            << true << u"full_name must not be empty"_s;
        QTest::newRow("user full name 256")
            << QByteArray("POST") << u"/v3/users"_s << user(u"long.name@example.com"_s, long256)
            << true << u"at most 255 characters"_s;
        QTest::newRow("user unknown space")
            << QByteArray("POST") << u"/v3/users"_s
            << compact({{u"email"_s, u"spaces@example.com"_s},
                        {u"role"_s, u"editor"_s},
                        {u"spaces"_s, ids({u"spc_does_not_exist"_s})}})
            << true << u"spc_does_not_exist is not a known space id"_s;
        QTest::newRow("user update unknown space")
            << QByteArray("PUT") << u"/v3/users/{user}"_s
            << compact({{u"spaces"_s, ids({u"spc_does_not_exist"_s})}}) << true
            << u"spc_does_not_exist is not a known space id"_s;
        QTest::newRow("user update full name blank")
            << QByteArray("PUT") << u"/v3/users/{user}"_s << QByteArray("{\"full_name\":\"  \"}")
            << true << u"full_name must not be empty"_s;
    }

    void invalidValuesAre400() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, m2m);
        QFETCH(QString, message);
        const HttpResult r =
            m_http->call(method, m_ids.fill(path), body, m2m ? m_m2m : u"tok_demo"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"code"_s).toInt(), 400);
        const QString said = r.object().value(u"message"_s).toString();
        QVERIFY2(said.contains(message), qPrintable(said));
    }

    //! Validation happens before any change: a body with one bad value changes nothing.
    void rejectedRequestChangesNothing() {
        const QJsonObject before = space(m_ids.space);
        const HttpResult r =
            m_http->call("PUT", m_ids.fill(u"/v3/spaces/{space}"_s),
                         "{\"name\":\"Should Not Stick\",\"capacity\":-3,\"iwms_id\":\"NOPE\"}");
        QCOMPARE(r.status, 400);
        QCOMPARE(space(m_ids.space), before);

        const HttpResult users = m_http->call("GET", u"/v3/users"_s, {}, m_m2m);
        const HttpResult bad =
            m_http->post(u"/v3/users"_s,
                         {{u"email"_s, u"atomic@example.com"_s},
                          {u"role"_s, u"editor"_s},
                          {u"spaces"_s, ids({m_ids.space, u"spc_does_not_exist"_s})}},
                         m_m2m);
        QCOMPARE(bad.status, 400);
        QCOMPARE(m_http->call("GET", u"/v3/users"_s, {}, m_m2m).array(), users.array());
    }

    //! Any zone Qt knows is accepted, not only the zones the generated portfolio uses.
    void anyIanaZoneIsAccepted() {
        const QString path = m_ids.fill(u"/v3/spaces/{space}"_s);
        QVERIFY(QTimeZone::isTimeZoneIdAvailable("Asia/Kathmandu"));
        const HttpResult r = m_http->call("PUT", path, "{\"time_zone\":\"Asia/Kathmandu\"}");
        QCOMPARE(r.status, 200);
        QCOMPARE(space(m_ids.space).value(u"time_zone"_s).toString(), u"Asia/Kathmandu"_s);
    }

    //! `function` is nullable on Space: null clears it (a number is still a 400, above).
    void functionNullClearsIt() {
        const QString path = m_ids.fill(u"/v3/spaces/{space}"_s);
        QCOMPARE(m_http->call("PUT", path, "{\"function\":\"quiet_room\"}").status, 200);
        QCOMPARE(space(m_ids.space).value(u"function"_s).toString(), u"quiet_room"_s);
        QCOMPARE(m_http->call("PUT", path, "{\"function\":null}").status, 200);
        QVERIFY(space(m_ids.space).value(u"function"_s).isNull());
    }

    //! An unknown space in the path is a missing resource (404, as REFERENCE §1.1 says); in a
    //! body's list it is an invalid value (400, above).
    void unknownSpaceInPathIs404() {
        const HttpResult r =
            m_http->call("PUT", u"/v3/spaces/spc_does_not_exist"_s, "{\"capacity\":1}");
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().value(u"message"_s).toString().contains(u"spc_does_not_exist"_s));
    }

    void readOnlyTokenReads() {
        Http &h = *m_http;
        const QString token = u"tok_readonly"_s;
        QCOMPARE(h.call("GET", u"/v3/hello-world"_s, {}, token).status, 200);
        QCOMPARE(h.call("GET", u"/v3/spaces"_s, {}, token).status, 200);
        QCOMPARE(h.call("GET", u"/v3/labels"_s, {}, token).status, 200);
        QCOMPARE(h.call("GET", u"/v3/label-groups"_s, {}, token).status, 200);
        QCOMPARE(h.call("GET", u"/v3/doorways"_s, {}, token).status, 200);
        QCOMPARE(h.post(u"/v3/sensors"_s, {}, token).status, 200);
        QJsonObject occupancy = window(u"2026-11-24T00:00:00"_s, u"2026-11-24T23:59:59"_s);
        occupancy.insert(u"space_ids"_s, ids({m_ids.space}));
        QCOMPARE(h.post(u"/v3/analytics/occupancy"_s, occupancy, token).status, 200);
        // Like every static token, it may not use the users endpoints.
        const HttpResult users = h.call("GET", u"/v3/users"_s, {}, token);
        QCOMPARE(users.status, 403);
        QVERIFY(users.object().value(u"message"_s).toString().contains(u"machine-to-machine"_s));
    }

    void readOnlyTokenMutationsAre403_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QString readOnly = u"read-only"_s;
        const QString m2m = u"machine-to-machine"_s;
        QTest::newRow("create label")
            << QByteArray("POST") << u"/v3/labels"_s << QByteArray("{\"name\":\"RO\"}") << readOnly;
        QTest::newRow("rename label") << QByteArray("PUT") << u"/v3/labels/{label}"_s
                                      << QByteArray("{\"name\":\"RO\"}") << readOnly;
        QTest::newRow("create group") << QByteArray("POST") << u"/v3/label-groups"_s
                                      << QByteArray("{\"name\":\"RO\"}") << readOnly;
        QTest::newRow("rename group") << QByteArray("PATCH") << u"/v3/label-groups/{group}"_s
                                      << QByteArray("{\"name\":\"RO\"}") << readOnly;
        QTest::newRow("update space") << QByteArray("PUT") << u"/v3/spaces/{space}"_s
                                      << QByteArray("{\"capacity\":99}") << readOnly;
        QTest::newRow("space labels") << QByteArray("POST") << u"/v3/spaces/{space}/labels"_s
                                      << QByteArray("{\"create\":[\"RO\"]}") << readOnly;
        QTest::newRow("create user")
            << QByteArray("POST") << u"/v3/users"_s
            << QByteArray("{\"email\":\"ro@example.com\",\"full_name\":\"RO\",\"role\":\"editor\"}")
            << m2m;
        QTest::newRow("update user") << QByteArray("PUT") << u"/v3/users/{user}"_s
                                     << QByteArray("{\"full_name\":\"RO\"}") << m2m;
        QTest::newRow("delete user")
            << QByteArray("DELETE") << u"/v3/users/{user}"_s << QByteArray() << m2m;
    }

    void readOnlyTokenMutationsAre403() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const QJsonArray labelsBefore = m_http->call("GET", u"/v3/labels"_s).array();
        const QJsonObject spaceBefore = space(m_ids.space);
        const HttpResult r = m_http->call(method, m_ids.fill(path), body, u"tok_readonly"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(u"code"_s).toInt(), 403);
        const QString said = r.object().value(u"message"_s).toString();
        QVERIFY2(said.contains(message), qPrintable(said));
        QCOMPARE(m_http->call("GET", u"/v3/labels"_s).array(), labelsBefore);
        QCOMPARE(space(m_ids.space), spaceBefore);
        QCOMPARE(m_http->call("GET", m_ids.fill(u"/v3/users/{user}"_s), {}, m_m2m).status, 200);
    }

    //! The write token still writes: the 403 above is about the token, not the route.
    void writeTokenStillWrites() {
        const HttpResult r = m_http->post(u"/v3/labels"_s, {{u"name"_s, u"Written"_s}});
        QCOMPARE(r.status, 200);
    }

    void displayTokenGets403OnAdminRoutes_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("list labels") << QByteArray("GET") << u"/v3/labels"_s << QByteArray();
        QTest::newRow("create label")
            << QByteArray("POST") << u"/v3/labels"_s << QByteArray("{\"name\":\"D\"}");
        QTest::newRow("rename label")
            << QByteArray("PUT") << u"/v3/labels/{label}"_s << QByteArray("{\"name\":\"D\"}");
        QTest::newRow("list groups") << QByteArray("GET") << u"/v3/label-groups"_s << QByteArray();
        QTest::newRow("create group")
            << QByteArray("POST") << u"/v3/label-groups"_s << QByteArray("{\"name\":\"D\"}");
        QTest::newRow("rename group")
            << QByteArray("PUT") << u"/v3/label-groups/{group}"_s << QByteArray("{\"name\":\"D\"}");
        QTest::newRow("update space")
            << QByteArray("PUT") << u"/v3/spaces/{space}"_s << QByteArray("{\"capacity\":1}");
        QTest::newRow("space labels") << QByteArray("PUT") << u"/v3/spaces/{space}/labels"_s
                                      << QByteArray("{\"create\":[\"D\"]}");
        QTest::newRow("list users") << QByteArray("GET") << u"/v3/users"_s << QByteArray();
        QTest::newRow("delete user")
            << QByteArray("DELETE") << u"/v3/users/{user}"_s << QByteArray();
    }

    void displayTokenGets403OnAdminRoutes() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpResult r = m_http->call(method, m_ids.fill(path), body, m_display);
        QCOMPARE(r.status, 403);
        QVERIFY(!r.object().value(u"message"_s).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSimulatorAdmin)
#include "tst_simulator_admin.moc"
