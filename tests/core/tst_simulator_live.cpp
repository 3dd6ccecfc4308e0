// The simulator's WebSocket streams (REFERENCE §8): brokers, tickets, refresh/live frames that
// agree with the REST live reads, doorway events, fault hooks and connection bookkeeping. Real
// QWebSocket clients over loopback; short refresh intervals keep the suite fast.

#include "sim/simspacefeed.h"
#include "sim/simstore.h"
#include "simtesthttp.h"

#include <QWebSocket>

using namespace SimTest;

namespace {

const QDateTime kReferenceNow(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);

//! Runs the event loop until `predicate` holds. Unlike QTest::qWaitFor, which sleeps 10 ms
//! between rounds, this wakes on every event, so a connect-and-refresh takes milliseconds.
template <typename Predicate>
bool waitUntil(Predicate predicate, int timeoutMs = 5000) {
    if (predicate())
        return true;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (predicate() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return predicate();
}

//! A WebSocket client that records what arrives, in order.
struct WsClient {
    struct Message {
        bool binary = false;
        QByteArray data;
    };

    QWebSocket socket;
    QList<Message> messages;
    bool closed = false;
    int closeCode = -1;
    int pongs = 0;

    WsClient() {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             messages.append({false, text.toUtf8()});
                         });
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket,
                         [this](const QByteArray &data) {
                             messages.append({true, data});
                         });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this]() {
            closed = true;
            closeCode = int(socket.closeCode());
        });
        QObject::connect(&socket, &QWebSocket::pong, &socket,
                         [this](quint64, const QByteArray &) { ++pongs; });
    }

    //! Opens `url` and waits for the handshake (or the close that refuses it).
    bool open(const QString &url) {
        socket.open(QUrl(url));
        return waitUntil(
            [this]() { return socket.state() == QAbstractSocket::ConnectedState || closed; });
    }

    //! Text messages parsed as JSON objects (malformed ones come out empty).
    QList<QJsonObject> frames() const {
        QList<QJsonObject> out;
        for (const Message &m : messages) {
            if (!m.binary)
                out.append(QJsonDocument::fromJson(m.data).object());
        }
        return out;
    }
    QList<QJsonObject> framesOfType(const QString &type) const {
        QList<QJsonObject> out;
        for (const QJsonObject &f : frames()) {
            if (f.value(u"update_type"_s).toString() == type)
                out.append(f);
        }
        return out;
    }
    bool waitForFrames(int count, int timeoutMs = 5000) {
        return waitUntil([this, count]() { return messages.size() >= count; }, timeoutMs);
    }
};

bool isIsoUtc(const QJsonValue &v) {
    static const QRegularExpression re(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
    return v.isString() && re.match(v.toString()).hasMatch();
}

const QSet<QString> kHealth = {u"healthy"_s, u"degraded"_s, u"offline"_s, u"unknown"_s};

} // namespace

class TstSimulatorLive : public SimServerFixture {
    Q_OBJECT

    //! The floor with the most OA/Waffle spaces, and the floor with the most Entry/Waffle ones.
    QString m_presenceFloor;
    QString m_countFloor;
    QStringList m_presenceSpaces;
    QStringList m_countSpaces;

    QString mode(const QString &id) const {
        return m_byId.value(id).value(u"counting_mode"_s).toString();
    }

    QStringList withModes(const QString &root, const QSet<QString> &modes) const {
        QStringList out;
        const QStringList all = subtreeWithData(root);
        for (const QString &id : all) {
            if (modes.contains(mode(id)))
                out.append(id);
        }
        return out;
    }

    QString wsUrl(const QString &kind, const QString &id) {
        const QString path = kind == "floor"_L1   ? u"/v3/analytics/ws/floor/%1/presence"_s
                             : kind == "space"_L1 ? u"/v3/analytics/ws/space/%1/occupancy"_s
                                                  : u"/v3/analytics/ws/doorway/%1/events"_s;
        const HttpResult r = m_http->call("POST", path.arg(id));
        if (r.status != 200)
            return {};
        return r.object().value(u"ws_url"_s).toString();
    }

    //! presence-health or current-occupancy for one space at simulated instant `timestamp`.
    QJsonObject restAt(const QString &endpoint, const QString &space, const QString &timestamp) {
        m_server->setNow(QDateTime::fromString(timestamp, Qt::ISODate));
        const HttpResult r = m_http->post(endpoint, {{u"space_ids"_s, ids({space})}});
        return r.object().value(u"data"_s).toObject().value(space).toObject();
    }

    void checkPresenceEntry(const QJsonObject &entry) {
        QVERIFY(isIsoUtc(entry.value(u"timestamp"_s)));
        QVERIFY(entry.value(u"presence"_s).isBool());
        QVERIFY(!entry.contains(u"occupancy"_s));
        const QString m = entry.value(u"counting_mode"_s).toString();
        QVERIFY2(m == "oa"_L1 || m == "waffle"_L1, qPrintable(m));
        QVERIFY(kHealth.contains(entry.value(u"space_health_status"_s).toString()));
    }

    void checkCountEntry(const QJsonObject &entry) {
        QVERIFY(isIsoUtc(entry.value(u"timestamp"_s)));
        QVERIFY(entry.value(u"occupancy"_s).isDouble());
        const int occupancy = entry.value(u"occupancy"_s).toInt(-1);
        QVERIFY(occupancy >= 0);
        QVERIFY(!entry.contains(u"presence"_s));
        const QString m = entry.value(u"counting_mode"_s).toString();
        QVERIFY2(m == "entry"_L1 || m == "waffle"_L1, qPrintable(m));
        if (m == "waffle"_L1)
            QVERIFY(occupancy <= 3);
        QVERIFY(kHealth.contains(entry.value(u"space_health_status"_s).toString()));
    }

private Q_SLOTS:
    void initTestCase() {
        start();
        int bestPresence = -1;
        int bestCount = -1;
        for (const QJsonValue &v : std::as_const(m_spaces)) {
            const QJsonObject s = v.toObject();
            if (s.value(u"space_type"_s).toString() != "floor"_L1)
                continue;
            const QString id = s.value(u"id"_s).toString();
            const QStringList presence = withModes(id, {u"oa"_s, u"waffle"_s});
            const QStringList count = withModes(id, {u"entry"_s, u"waffle"_s});
            if (presence.size() > bestPresence) {
                bestPresence = int(presence.size());
                m_presenceFloor = id;
                m_presenceSpaces = presence;
            }
            if (count.size() > bestCount) {
                bestCount = int(count.size());
                m_countFloor = id;
                m_countSpaces = count;
            }
        }
        QVERIFY(m_presenceSpaces.size() >= 5);
        QVERIFY(m_countSpaces.size() >= 3);
    }

    void init() {
        m_server->setRefreshInterval(60);
        m_server->setLiveRate(0.2);
        m_server->setLiveSilent(false);
        m_server->setFaults({});
        m_server->refuseLiveTickets(0);
        m_server->setTicketLifetime(60);
        m_server->setDoorwayEventsEnabled(false);
        m_server->setNow(kReferenceNow);
    }

    void cleanup() {
        // Every test leaves with its clients gone; the server must notice.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->liveConnectionCount(), 0, 3000);
    }

    void floorPresenceRefreshOnConnect() {
        const QString url = wsUrl(u"floor"_s, m_presenceFloor);
        QVERIFY(url.startsWith(u"ws://127.0.0.1:"_s));
        WsClient client;
        QVERIFY(client.open(url));
        QVERIFY(client.waitForFrames(1));
        const QJsonObject refresh = client.frames().first();
        QCOMPARE(refresh.value(u"update_type"_s).toString(), u"refresh"_s);
        const QJsonObject data = refresh.value(u"data"_s).toObject();
        QStringList keys = data.keys();
        QStringList expected = m_presenceSpaces;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        for (const QString &id : std::as_const(keys)) {
            checkPresenceEntry(data.value(id).toObject());
            QCOMPARE(data.value(id).toObject().value(u"counting_mode"_s).toString(), mode(id));
        }
        // All entries carry the instant of the snapshot: the streams' clock, near the
        // reference now (it advances with real time from SimOptions::now).
        const QDateTime ts = QDateTime::fromString(
            data.value(keys.first()).toObject().value(u"timestamp"_s).toString(), Qt::ISODate);
        QVERIFY(ts >= kReferenceNow && ts < kReferenceNow.addSecs(600));
        QCOMPARE(m_server->liveConnectionCount(), 1);
        client.socket.close();
    }

    void spaceCountRefreshOnConnect() {
        // A floor (its Entry/Waffle spaces at any depth) and one room on its own.
        WsClient floorClient;
        QVERIFY(floorClient.open(wsUrl(u"space"_s, m_countFloor)));
        QVERIFY(floorClient.waitForFrames(1));
        const QJsonObject data = floorClient.frames().first().value(u"data"_s).toObject();
        QStringList keys = data.keys();
        QStringList expected = m_countSpaces;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        for (const QString &id : std::as_const(keys))
            checkCountEntry(data.value(id).toObject());

        const QString room = m_countSpaces.first();
        WsClient roomClient;
        QVERIFY(roomClient.open(wsUrl(u"space"_s, room)));
        QVERIFY(roomClient.waitForFrames(1));
        const QJsonObject roomData = roomClient.frames().first().value(u"data"_s).toObject();
        QCOMPARE(roomData.keys(), QStringList{room});
        // An OA-only room has nothing to count: an empty snapshot, not an error.
        const QString oaRoom = firstSpace([](const QJsonObject &s) {
            return s.value(u"counting_mode"_s).toString() == "oa"_L1 &&
                   s.value(u"space_type"_s).toString() == "space"_L1 &&
                   s.value(u"children_ids"_s).toArray().isEmpty();
        });
        WsClient oaClient;
        QVERIFY(oaClient.open(wsUrl(u"space"_s, oaRoom)));
        QVERIFY(oaClient.waitForFrames(1));
        QVERIFY(oaClient.frames().first().value(u"data"_s).toObject().isEmpty());
        QCOMPARE(m_server->liveConnectionCount(), 3);
    }

    void periodicRefresh() {
        m_server->setRefreshInterval(0.2);
        m_server->setLiveRate(0);
        WsClient client;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.open(wsUrl(u"floor"_s, m_presenceFloor)));
        QTRY_VERIFY_WITH_TIMEOUT(client.framesOfType(u"refresh"_s).size() >= 5, 3000);
        // Five refreshes (on connect, then every 0.2 s) take about 0.8 s.
        QVERIFY2(timer.elapsed() >= 700, qPrintable(QString::number(timer.elapsed())));
        for (const QJsonObject &f : client.framesOfType(u"refresh"_s))
            QCOMPARE(f.value(u"data"_s).toObject().size(), m_presenceSpaces.size());
    }

    void liveFramesAgreeWithRestAtTheirInstant() {
        m_server->setLiveRate(8);
        WsClient presence;
        WsClient counts;
        QVERIFY(presence.open(wsUrl(u"floor"_s, m_presenceFloor)));
        QVERIFY(counts.open(wsUrl(u"space"_s, m_countFloor)));
        QVERIFY(presence.waitForFrames(1) && counts.waitForFrames(1));
        QTest::qWait(1500);
        presence.socket.close();
        counts.socket.close();

        // About 8 changes per second on a floor-sized stream, each only the changed spaces.
        int entries = 0;
        const QList<QJsonObject> live = presence.framesOfType(u"live"_s);
        for (const QJsonObject &f : live) {
            const QJsonObject data = f.value(u"data"_s).toObject();
            QVERIFY(!data.isEmpty());
            QVERIFY(data.size() < m_presenceSpaces.size());
            entries += int(data.size());
        }
        QVERIFY2(entries >= 4 && entries <= 40, qPrintable(QString::number(entries)));
        QVERIFY(!counts.framesOfType(u"live"_s).isEmpty());

        // Every value is what the REST live reads say for that simulated instant.
        int checked = 0;
        for (const QJsonObject &f : presence.frames()) {
            const QJsonObject data = f.value(u"data"_s).toObject();
            for (auto it = data.begin(); it != data.end() && checked < 30; ++it) {
                const QJsonObject entry = it.value().toObject();
                checkPresenceEntry(entry);
                const QJsonObject rest = restAt(u"/v3/analytics/presence-health"_s, it.key(),
                                                entry.value(u"timestamp"_s).toString());
                QCOMPARE(rest.value(u"presence"_s), entry.value(u"presence"_s));
                QCOMPARE(rest.value(u"space_health_status"_s),
                         entry.value(u"space_health_status"_s));
                ++checked;
            }
        }
        for (const QJsonObject &f : counts.frames()) {
            const QJsonObject data = f.value(u"data"_s).toObject();
            for (auto it = data.begin(); it != data.end() && checked < 60; ++it) {
                const QJsonObject entry = it.value().toObject();
                checkCountEntry(entry);
                const QJsonObject rest = restAt(u"/v3/analytics/occupancy/current"_s, it.key(),
                                                entry.value(u"timestamp"_s).toString());
                const int count = rest.value(u"count"_s).toInt(-1);
                const int expected = mode(it.key()) == "waffle"_L1 ? std::min(count, 3) : count;
                QCOMPARE(entry.value(u"occupancy"_s).toInt(), expected);
                QCOMPARE(rest.value(u"space_health_status"_s),
                         entry.value(u"space_health_status"_s));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
    }

    void sensorsGoOfflineAndComeBack() {
        m_server->setLiveRate(30);
        WsClient client;
        QVERIFY(client.open(wsUrl(u"floor"_s, m_presenceFloor)));
        // Some space reports "offline" in a live frame and later its health is back.
        bool presentWhileOffline = false;
        const auto wentAndCame = [&client, &presentWhileOffline]() {
            QHash<QString, bool> offline;
            for (const QJsonObject &f : client.framesOfType(u"live"_s)) {
                const QJsonObject data = f.value(u"data"_s).toObject();
                for (auto it = data.begin(); it != data.end(); ++it) {
                    const QString h =
                        it.value().toObject().value(u"space_health_status"_s).toString();
                    if (h == "offline"_L1) {
                        offline.insert(it.key(), true);
                        if (it.value().toObject().value(u"presence"_s).toBool())
                            presentWhileOffline = true;
                    } else if (h == "healthy"_L1 && offline.value(it.key())) {
                        return true;
                    }
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(wentAndCame(), 8000);
        QVERIFY(!presentWhileOffline);
        client.socket.close();
    }

    void ticketsAreOneUse() {
        const QString url = wsUrl(u"floor"_s, m_presenceFloor);
        const int refusedBefore = m_server->liveConnectionsRefused();
        WsClient first;
        QVERIFY(first.open(url));
        QVERIFY(first.waitForFrames(1));
        QCOMPARE(m_server->outstandingTickets(), 0);

        // The same URL again: accepted by the HTTP layer, then closed at once with 4401.
        WsClient second;
        second.open(url);
        QTRY_VERIFY_WITH_TIMEOUT(second.closed, 3000);
        QCOMPARE(second.closeCode, 4401);
        QVERIFY(second.messages.isEmpty());
        QVERIFY(second.socket.closeReason().contains(u"ticket"_s));

        // Unknown ticket, no ticket, and a ticket issued for another stream.
        QString unknown = url;
        unknown.replace(QRegularExpression(u"ticket=[0-9a-f]+"_s), u"ticket=0123456789abcdef"_s);
        QString none = url.left(url.indexOf(u'?'));
        const QString spaceUrl = wsUrl(u"space"_s, m_countFloor);
        QString mismatched = url.left(url.indexOf(u'?')) + spaceUrl.mid(spaceUrl.indexOf(u'?'));
        for (const QString &bad : {unknown, none, mismatched}) {
            WsClient client;
            client.open(bad);
            QTRY_VERIFY_WITH_TIMEOUT(client.closed, 3000);
            QCOMPARE(client.closeCode, 4401);
            QVERIFY(client.messages.isEmpty());
        }
        QCOMPARE(m_server->liveConnectionsRefused(), refusedBefore + 4);
        QCOMPARE(m_server->liveConnectionCount(), 1);
        first.socket.close();
    }

    void ticketsExpire() {
        m_server->setTicketLifetime(0.5);
        const QString url = wsUrl(u"floor"_s, m_presenceFloor);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!wsUrl(u"space"_s, m_countFloor).isEmpty());
        QCOMPARE(m_server->outstandingTickets(), 6);
        QTest::qWait(600);
        QCOMPARE(m_server->outstandingTickets(), 0); // unused tickets do not pile up
        WsClient late;
        late.open(url);
        QTRY_VERIFY_WITH_TIMEOUT(late.closed, 3000);
        QCOMPARE(late.closeCode, 4401);
    }

    void answersPingsAndCountsConnections() {
        QSignalSpy opened(m_server.get(), &SimServer::liveConnectionOpened);
        QSignalSpy closedSpy(m_server.get(), &SimServer::liveConnectionClosed);
        const int acceptedBefore = m_server->liveConnectionsAccepted();
        auto a = std::make_unique<WsClient>();
        auto b = std::make_unique<WsClient>();
        QVERIFY(a->open(wsUrl(u"floor"_s, m_presenceFloor)));
        QVERIFY(b->open(wsUrl(u"space"_s, m_countFloor)));
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(opened.at(0).at(0).toString(), u"floor"_s);
        QCOMPARE(opened.at(0).at(1).toString(), m_presenceFloor);
        QCOMPARE(opened.at(1).at(0).toString(), u"space"_s);
        QCOMPARE(m_server->liveConnectionCount(), 2);
        QCOMPARE(m_server->liveConnectionsAccepted(), acceptedBefore + 2);
        a->socket.ping("hello");
        QTRY_COMPARE_WITH_TIMEOUT(a->pongs, 1, 2000);
        a->socket.close();
        b.reset(); // a client that just goes away
        QTRY_COMPARE_WITH_TIMEOUT(m_server->liveConnectionCount(), 0, 3000);
        QCOMPARE(closedSpy.size(), 2);
    }

    void dropLiveConnections() {
        WsClient a, b;
        QVERIFY(a.open(wsUrl(u"floor"_s, m_presenceFloor)));
        QVERIFY(b.open(wsUrl(u"space"_s, m_countFloor)));
        QVERIFY(a.waitForFrames(1) && b.waitForFrames(1));
        QSignalSpy closedSpy(m_server.get(), &SimServer::liveConnectionClosed);
        m_server->dropLiveConnections();
        QCOMPARE(m_server->liveConnectionCount(), 0);
        QCOMPARE(closedSpy.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(a.closed && b.closed, 3000);
        // Aborted: no close frame, so no reason (Qt's client then reports code 1000).
        QVERIFY(a.socket.closeReason().isEmpty());
        // Reconnecting needs a fresh ws_url, which works at once.
        WsClient again;
        QVERIFY(again.open(wsUrl(u"floor"_s, m_presenceFloor)));
        QVERIFY(again.waitForFrames(1));
        again.socket.close();
    }

    void silentStreamsSendNothingAndAnswerNoPings() {
        m_server->setRefreshInterval(0.2);
        m_server->setLiveRate(6);
        WsClient client;
        QVERIFY(client.open(wsUrl(u"floor"_s, m_presenceFloor)));
        QVERIFY(client.waitForFrames(1));
        m_server->setLiveSilent(true);
        const qsizetype before = client.messages.size();
        client.socket.ping("anyone?");
        QTest::qWait(800);
        QCOMPARE(client.messages.size(), before);
        QCOMPARE(client.pongs, 0);
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_server->liveConnectionCount(), 1);
        m_server->setLiveSilent(false);
        // The overdue refresh and the late pong arrive at once.
        QTRY_VERIFY_WITH_TIMEOUT(client.messages.size() > before, 1000);
        QCOMPARE(client.frames().at(before).value(u"update_type"_s).toString(), u"refresh"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client.pongs, 1, 1000);
        client.socket.close();
    }

    void silentClientThatLeavesIsReaped() {
        WsClient *client = new WsClient;
        QVERIFY(client->open(wsUrl(u"floor"_s, m_presenceFloor)));
        QVERIFY(client->waitForFrames(1));
        m_server->setLiveSilent(true);
        delete client;
        QTRY_COMPARE_WITH_TIMEOUT(m_server->liveConnectionCount(), 0, 3000);
    }

    void malformedFramesComeBeforeTheNextGoodOne() {
        m_server->setRefreshInterval(0.3);
        m_server->setLiveRate(0);
        WsClient client;
        QVERIFY(client.open(wsUrl(u"floor"_s, m_presenceFloor)));
        QVERIFY(client.waitForFrames(1));
        const qsizetype before = client.messages.size();
        m_server->sendMalformedLiveFrames(6);
        QVERIFY(client.waitForFrames(int(before) + 7, 3000));
        int binary = 0;
        for (qsizetype i = before; i < before + 6; ++i) {
            const WsClient::Message &m = client.messages.at(i);
            if (m.binary) {
                ++binary;
                continue;
            }
            // None of them is a usable {"update_type": refresh|live, "data": {...}} frame
            // with well-typed entries.
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(m.data, &error).object();
            const QString type = o.value(u"update_type"_s).toString();
            bool usable = error.error == QJsonParseError::NoError &&
                          (type == "refresh"_L1 || type == "live"_L1) &&
                          o.value(u"data"_s).isObject();
            const QJsonObject data = o.value(u"data"_s).toObject();
            for (auto it = data.begin(); usable && it != data.end(); ++it)
                usable = isIsoUtc(it.value().toObject().value(u"timestamp"_s));
            QVERIFY2(!usable, m.data.constData());
        }
        QCOMPARE(binary, 1);
        // Then good frames again (the next refresh, or a live frame if a minute turned).
        const QJsonObject good =
            QJsonDocument::fromJson(client.messages.at(before + 6).data).object();
        QVERIFY(good.value(u"data"_s).isObject());
        QVERIFY(QStringList({u"refresh"_s, u"live"_s})
                    .contains(good.value(u"update_type"_s).toString()));
        client.socket.close();
    }

    void refuseLiveTickets() {
        m_server->refuseLiveTickets(1);
        const HttpResult refused =
            m_http->call("POST", u"/v3/analytics/ws/floor/%1/presence"_s.arg(m_presenceFloor));
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.header("retry-after"), QByteArray("1"));
        QCOMPARE(refused.object().value(u"code"_s).toInt(), 503);
        QCOMPARE(
            m_http->call("POST", u"/v3/analytics/ws/space/%1/occupancy"_s.arg(m_countFloor)).status,
            503);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->call("POST", u"/v3/analytics/ws/floor/%1/presence"_s.arg(m_presenceFloor))
                .status,
            200, 3000);
    }

    void injectedFramesArriveAsSent() {
        WsClient floor, other;
        QVERIFY(floor.open(wsUrl(u"floor"_s, m_presenceFloor)));
        QVERIFY(other.open(wsUrl(u"space"_s, m_countFloor)));
        QVERIFY(floor.waitForFrames(1) && other.waitForFrames(1));
        const QByteArray frame = "{\"update_type\":\"live\",\"data\":{\"" +
                                 m_presenceSpaces.first().toUtf8() +
                                 "\":{\"timestamp\":\"2020-01-01T00:00:00Z\",\"presence\":true,"
                                 "\"counting_mode\":\"oa\",\"space_health_status\":\"healthy\"}}}";
        const qsizetype otherBefore = other.messages.size();
        m_server->sendLiveFrame(u"floor"_s, m_presenceFloor, frame);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(floor.messages.cbegin(), floor.messages.cend(),
                        [&frame](const WsClient::Message &m) { return m.data == frame; }),
            2000);
        QTest::qWait(100);
        for (qsizetype i = otherBefore; i < other.messages.size(); ++i)
            QVERIFY(other.messages.at(i).data != frame);
        floor.socket.close();
        other.socket.close();
    }

    void faultKeysForTheStreams() {
        const auto all =
            FaultOptions::parse(u"ws-drop=2.5,ws-silent=3,ws-malformed=0.25,ws-refuse=4"_s);
        QVERIFY(all);
        QCOMPARE(all->wsDropAfter, 2.5);
        QCOMPARE(all->wsSilentAfter, 3.0);
        QCOMPARE(all->wsMalformedRate, 0.25);
        QCOMPARE(all->wsRefuseSeconds, 4.0);
        QVERIFY(all->isActive());
        QVERIFY(!FaultOptions::parse(u"ws-malformed=1.5"_s));
        QVERIFY(FaultOptions::parse(all->toString()).has_value());
    }

    void faultDropAndSilentAfter() {
        m_server->setRefreshInterval(0.1);
        m_server->setFaults(*FaultOptions::parse(u"ws-drop=0.4"_s));
        QElapsedTimer timer;
        timer.start();
        WsClient dropped;
        QVERIFY(dropped.open(wsUrl(u"floor"_s, m_presenceFloor)));
        QTRY_VERIFY_WITH_TIMEOUT(dropped.closed, 3000);
        QVERIFY(timer.elapsed() >= 350);
        QVERIFY(dropped.framesOfType(u"refresh"_s).size() >= 2);

        m_server->setFaults(*FaultOptions::parse(u"ws-silent=0.3"_s));
        WsClient silent;
        QVERIFY(silent.open(wsUrl(u"floor"_s, m_presenceFloor)));
        QTest::qWait(500);
        const qsizetype heard = silent.messages.size();
        QVERIFY(heard >= 2);
        QTest::qWait(400);
        QCOMPARE(silent.messages.size(), heard);
        QCOMPARE(silent.socket.state(), QAbstractSocket::ConnectedState);
        silent.socket.close();
    }

    void faultMalformedRateAndRefuse() {
        m_server->setRefreshInterval(0.1);
        m_server->setFaults(*FaultOptions::parse(u"ws-malformed=1"_s));
        WsClient client;
        QVERIFY(client.open(wsUrl(u"floor"_s, m_presenceFloor)));
        QVERIFY(client.waitForFrames(4, 3000));
        for (const WsClient::Message &m : std::as_const(client.messages)) {
            const QJsonObject o = QJsonDocument::fromJson(m.data).object();
            QVERIFY(m.binary || o.value(u"data"_s).toObject().size() != m_presenceSpaces.size());
        }
        client.socket.close();

        m_server->setFaults(*FaultOptions::parse(u"ws-refuse=1"_s));
        QCOMPARE(m_http->call("POST", u"/v3/analytics/ws/floor/%1/presence"_s.arg(m_presenceFloor))
                     .status,
                 503);
        m_server->setFaults({});
        QCOMPARE(m_http->call("POST", u"/v3/analytics/ws/floor/%1/presence"_s.arg(m_presenceFloor))
                     .status,
                 200);
    }

    void doorwayEvents() {
        const QJsonArray doorways = m_http->call("GET", u"/v3/doorways"_s).array();
        QVERIFY(!doorways.isEmpty());
        const QString path = u"/v3/analytics/ws/doorway/%1/events"_s;
        const QString firstId = doorways.first().toObject().value(u"id"_s).toString();
        QCOMPARE(m_http->call("POST", path.arg(firstId)).status, 404); // off by default

        m_server->setDoorwayEventsEnabled(true);
        QCOMPARE(m_http->call("POST", path.arg(u"drw_0"_s)).status, 404);
        m_server->setLiveRate(40);
        // Listen on every doorway of the busiest count floor: crossings come quickly.
        QHash<QString, QJsonArray> spacesOf;
        std::vector<std::unique_ptr<WsClient>> clients;
        for (const QJsonValue &v : doorways) {
            const QJsonObject d = v.toObject();
            const QString space =
                d.value(u"spaces"_s).toArray().first().toObject().value(u"id"_s).toString();
            if (!m_countSpaces.contains(space))
                continue;
            spacesOf.insert(d.value(u"id"_s).toString(), d.value(u"spaces"_s).toArray());
            const HttpResult r = m_http->call("POST", path.arg(d.value(u"id"_s).toString()));
            QCOMPARE(r.status, 200);
            const QString url = r.object().value(u"ws_url"_s).toString();
            QVERIFY(url.contains(u"/analytics/ws/doorway/"_s));
            clients.push_back(std::make_unique<WsClient>());
            QVERIFY(clients.back()->open(url));
        }
        QVERIFY(!clients.empty());
        const auto events = [&clients]() {
            int n = 0;
            for (const auto &c : clients)
                n += int(c->messages.size());
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(events() >= 2, 8000);
        for (const auto &c : clients) {
            for (const QJsonObject &e : c->frames()) {
                QCOMPARE(e.keys(), (QStringList{u"direction"_s, u"doorway_id"_s, u"spaces"_s,
                                                u"timestamp"_s}));
                const int direction = e.value(u"direction"_s).toInt();
                QVERIFY(direction == 1 || direction == -1);
                QVERIFY(isIsoUtc(e.value(u"timestamp"_s)));
                const QJsonArray expected = spacesOf.value(e.value(u"doorway_id"_s).toString());
                const QJsonArray spaces = e.value(u"spaces"_s).toArray();
                QCOMPARE(spaces.size(), expected.size());
                for (qsizetype i = 0; i < spaces.size(); ++i) {
                    const QJsonObject s = spaces.at(i).toObject();
                    QCOMPARE(s.value(u"space_id"_s), expected.at(i).toObject().value(u"id"_s));
                    QCOMPARE(s.value(u"sensor_placement"_s),
                             expected.at(i).toObject().value(u"sensor_placement"_s));
                }
            }
            c->socket.close();
        }
    }

    void hundredConnectCycles() {
        m_server->setRefreshInterval(60);
        const int acceptedBefore = m_server->liveConnectionsAccepted();
        // Earlier tests left unused tickets; let them expire so none does so mid-loop.
        m_server->setTicketLifetime(0);
        QCOMPARE(m_server->outstandingTickets(), 0);
        m_server->setTicketLifetime(60);
        const int ticketsBefore = 0;
        for (int i = 0; i < 100; ++i) {
            WsClient client;
            QVERIFY(client.open(
                wsUrl(i % 2 ? u"floor"_s : u"space"_s, i % 2 ? m_presenceFloor : m_countFloor)));
            QVERIFY(client.waitForFrames(1));
            if (i % 3 == 0)
                client.socket.abort(); // some leave without a close handshake
            else
                client.socket.close();
            QCOMPARE(m_server->outstandingTickets(), ticketsBefore);
            QVERIFY(m_server->liveConnectionCount() <= 2);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->liveConnectionCount(), 0, 3000);
        QCOMPARE(m_server->outstandingTickets(), ticketsBefore);
        QCOMPARE(m_server->liveConnectionsAccepted(), acceptedBefore + 100);
    }

    //! Without sockets: a stream sampled at the same instants sends the same frames, and a
    //! floor-sized stream sees about liveRate changes per simulated second.
    void feedsAreDeterministicAndLively() {
        using Density::Sim::SimSpaceFeed;
        using Density::Sim::SimStore;
        SimOptions options = quietOptions();
        options.liveRate = 0.5;
        SimStore a(options);
        SimStore b(options);
        const int floor = a.portfolio().spaceIndex(m_presenceFloor);
        SimSpaceFeed fa(a, SimSpaceFeed::Kind::Presence,
                        SimSpaceFeed::presenceSpaces(a.portfolio(), floor));
        SimSpaceFeed fb(b, SimSpaceFeed::Kind::Presence,
                        SimSpaceFeed::presenceSpaces(b.portfolio(), floor));
        const qint64 t0 = a.referenceNow();
        QCOMPARE(fa.refresh(t0), fb.refresh(t0));
        int changes = 0;
        const int seconds = 600;
        for (int s = 1; s <= seconds; ++s) {
            const QList<QByteArray> frames = fa.advance(t0 + s * 1000);
            QCOMPARE(fb.advance(t0 + s * 1000), frames);
            for (const QByteArray &f : frames)
                changes +=
                    int(QJsonDocument::fromJson(f).object().value(u"data"_s).toObject().size());
        }
        const double perSecond = double(changes) / seconds;
        QVERIFY2(perSecond > 0.3 && perSecond < 0.9, qPrintable(QString::number(perSecond)));
    }
};

QTEST_GUILESS_MAIN(TstSimulatorLive)
#include "tst_simulator_live.moc"
