// The simulator's data: deterministic generation, consistent analytics, fan-out, live shapes.

#include "simtesthttp.h"

using namespace SimTest;

class TstSimulator : public SimServerFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { start(); }

    void sameSeedSameOrganization() {
        SimServer a(quietOptions());
        SimServer b(quietOptions());
        SimOptions other = quietOptions();
        other.seed = 2;
        SimServer c(other);
        QVERIFY(a.listen() && b.listen() && c.listen());
        Http ha(a.baseUrl()), hb(b.baseUrl()), hc(c.baseUrl());
        const QByteArray spacesA = ha.call("GET", u"/v3/spaces"_s).body;
        QCOMPARE(hb.call("GET", u"/v3/spaces"_s).body, spacesA);
        QVERIFY(hc.call("GET", u"/v3/spaces"_s).body != spacesA);
        const QJsonObject query =
            window(u"2026-11-23T00:00:00"_s, u"2026-11-24T23:59:59"_s, u"hour"_s);
        const HttpResult ma = ha.post(u"/v3/analytics/metrics"_s, query);
        QCOMPARE(ma.status, 200);
        QCOMPARE(hb.post(u"/v3/analytics/metrics"_s, query).body, ma.body);
        QCOMPARE(hb.call("POST", u"/v3/sensors"_s, "{}").body,
                 ha.call("POST", u"/v3/sensors"_s, "{}").body);
    }

    void portfolioHasTheDocumentedVariety() {
        QSet<QString> types, modes, zones, functions, statuses;
        int nullCapacity = 0, zeroCapacity = 0, nested = 0;
        for (const QJsonValue &v : std::as_const(m_spaces)) {
            const QJsonObject s = v.toObject();
            QVERIFY(QRegularExpression(u"^spc_[0-9]+$"_s)
                        .match(s.value(u"id"_s).toString())
                        .hasMatch());
            types.insert(s.value(u"space_type"_s).toString());
            modes.insert(s.value(u"counting_mode"_s).toString());
            zones.insert(s.value(u"time_zone"_s).toString());
            functions.insert(s.value(u"function"_s).toString());
            statuses.insert(s.value(u"status"_s).toString());
            if (s.value(u"space_type"_s).toString() == "space"_L1) {
                nullCapacity += s.value(u"capacity"_s).isNull() ? 1 : 0;
                zeroCapacity += s.value(u"capacity"_s).toInt(-1) == 0 ? 1 : 0;
                for (const QJsonValue &child : s.value(u"children_ids"_s).toArray())
                    nested += m_byId.contains(child.toString()) ? 1 : 0;
            }
        }
        QCOMPARE(types, (QSet<QString>{u"campus"_s, u"building"_s, u"floor"_s, u"space"_s}));
        QVERIFY(modes.contains(u"oa"_s) && modes.contains(u"entry"_s) &&
                modes.contains(u"waffle"_s));
        QVERIFY(zones.contains(u"America/New_York"_s) && zones.contains(u"Europe/Berlin"_s));
        QVERIFY(functions.contains(u"meeting_room"_s) && functions.contains(u"desk"_s) &&
                functions.contains(u"phone_booth"_s));
        QCOMPARE(statuses, (QSet<QString>{u"live"_s, u"planning"_s}));
        QVERIFY(nullCapacity > 0);
        QVERIFY(zeroCapacity > 0);
        QVERIFY(nested > 0);
        int leaves = 0;
        for (const QJsonValue &v : std::as_const(m_spaces))
            leaves += v.toObject().value(u"space_type"_s).toString() == "space"_L1 ? 1 : 0;
        QCOMPARE(leaves, 400);
        QCOMPARE(m_http->call("GET", u"/v3/doorways"_s).status, 200);
        const QJsonArray doorways = m_http->call("GET", u"/v3/doorways"_s).array();
        QVERIFY(!doorways.isEmpty());
        const int placement = doorways.first()
                                  .toObject()
                                  .value(u"spaces"_s)
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(u"sensor_placement"_s)
                                  .toInt();
        QVERIFY(placement == 1 || placement == -1);
    }

    void fiftyThousandSpacesGenerateQuickly() {
        SimOptions options = quietOptions();
        options.spaces = 50000;
        options.buildings = 20;
        options.floorsPerBuilding = 10;
        QElapsedTimer timer;
        timer.start();
        SimServer big(options);
        const qint64 generationMs = timer.elapsed();
        QVERIFY2(generationMs < 2000, qPrintable(u"generation took %1 ms"_s.arg(generationMs)));
        QVERIFY(big.listen());
        Http http(big.baseUrl());
        const HttpResult spaces = http.call("GET", u"/v3/spaces"_s);
        QCOMPARE(spaces.status, 200);
        QSet<QString> seen;
        int leaves = 0;
        for (const QJsonValue &v : spaces.array()) {
            seen.insert(v.toObject().value(u"id"_s).toString());
            leaves += v.toObject().value(u"space_type"_s).toString() == "space"_L1 ? 1 : 0;
        }
        QCOMPARE(leaves, 50000);
        QCOMPARE(seen.size(), spaces.array().size()); // ids unique
        // A one-day total for every space is one map of 50,000 keys.
        const HttpResult total =
            http.post(u"/v3/analytics/time-used"_s,
                      window(u"2026-11-24T00:00:00"_s, u"2026-11-24T23:59:59"_s));
        QCOMPARE(total.status, 200);
        QVERIFY(total.object().size() >= 49000);
    }

    // --- auth -----------------------------------------------------------------------------

    void metricsAreMutuallyConsistent() {
        // Hour buckets on a day without a DST change: B = 3,600,000 ms everywhere.
        const HttpResult r =
            m_http->post(u"/v3/analytics/metrics"_s,
                         window(u"2026-11-24T00:00:00"_s, u"2026-11-24T23:59:59"_s, u"hour"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject all = r.object();
        QVERIFY(all.size() >= 390);
        const double bucketMs = 3600000.0;
        int nullUtil = 0, zeroCapacityZero = 0, capped = 0, lowUptime = 0, used = 0;
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QJsonObject space = m_byId.value(it.key());
            const QJsonValue capacity = space.value(u"capacity"_s);
            const bool waffle = space.value(u"counting_mode"_s).toString() == "waffle"_L1;
            const QJsonObject buckets = it.value().toObject();
            QCOMPARE(buckets.size(), 24);
            for (auto b = buckets.begin(); b != buckets.end(); ++b) {
                const QJsonObject m = b.value().toObject();
                const double raw = m.value(u"time_used_raw"_s).toDouble();
                const double pct = m.value(u"time_used_percentage"_s).toDouble();
                const double up = m.value(u"up_time"_s).toDouble();
                const double avg = m.value(u"occupancy_avg"_s).toDouble();
                const int max = m.value(u"occupancy_max"_s).toInt();
                const int min = m.value(u"occupancy_min"_s).toInt();
                QCOMPARE(raw, std::floor(raw)); // integer milliseconds
                QVERIFY(std::abs(pct - raw / bucketMs) < 1e-12);
                QVERIFY(up >= 0 && up <= 1 && pct >= 0 && pct <= 1);
                QVERIFY(raw <= up * bucketMs + 1); // only online time counts as used
                QVERIFY(min <= max && avg <= max + 1e-9 && avg >= 0);
                if (capacity.isNull()) {
                    QVERIFY(m.value(u"utilization_avg"_s).isNull());
                    QVERIFY(m.value(u"utilization_max"_s).isNull());
                    ++nullUtil;
                } else if (capacity.toInt() == 0) {
                    QCOMPARE(m.value(u"utilization_avg"_s).toDouble(-1), 0.0);
                    QCOMPARE(m.value(u"utilization_max"_s).toDouble(-1), 0.0);
                    ++zeroCapacityZero;
                } else {
                    QVERIFY(std::abs(m.value(u"utilization_avg"_s).toDouble() -
                                     avg / capacity.toInt()) < 1e-12);
                    QVERIFY(std::abs(m.value(u"utilization_max"_s).toDouble() -
                                     double(max) / capacity.toInt()) < 1e-12);
                }
                if (waffle) {
                    QCOMPARE(m.value(u"capped_count_limit"_s).toInt(), 3);
                    QVERIFY(max <= 3);
                    QCOMPARE(m.value(u"is_capped"_s).toBool(), max == 3);
                    capped += max == 3 ? 1 : 0;
                } else {
                    QVERIFY(m.value(u"capped_count_limit"_s).isNull());
                    QCOMPARE(m.value(u"is_capped"_s).toBool(), false);
                }
                const bool entry = space.value(u"counting_mode"_s).toString() == "entry"_L1;
                QCOMPARE(m.contains(u"entrances"_s), entry);
                lowUptime += up < 1 ? 1 : 0;
                used += raw > 0 ? 1 : 0;
            }
        }
        QVERIFY(nullUtil > 0);
        QVERIFY(zeroCapacityZero > 0);
        QVERIFY(capped > 0);
        QVERIFY(lowUptime > 0);
        QVERIFY(used > 0);
    }

    void upTimeShowsOutagesAndLowQuality() {
        const HttpResult r =
            m_http->post(u"/v3/analytics/time-used"_s,
                         window(u"2026-11-17T00:00:00"_s, u"2026-11-23T23:59:59"_s, u"day"_s));
        QCOMPARE(r.status, 200);
        int partial = 0, low = 0;
        const QJsonObject all = r.object();
        for (const QJsonValue &space : all) {
            for (const QJsonValue &bucket : space.toObject()) {
                const double up = bucket.toObject().value(u"up_time"_s).toDouble();
                partial += up < 1 ? 1 : 0;
                low += up <= 0.8 ? 1 : 0;
            }
        }
        QVERIFY(partial > low);
        QVERIFY(low > 0);
    }

    void busyWeekdaysQuietWeekends() {
        const HttpResult r =
            m_http->post(u"/v3/analytics/occupancy"_s,
                         window(u"2026-11-08T00:00:00"_s, u"2026-11-21T23:59:59"_s, u"weekday"_s));
        QCOMPARE(r.status, 200);
        QHash<QString, double> byDay;
        const QJsonObject all = r.object();
        for (const QJsonValue &space : all) {
            const QJsonObject buckets = space.toObject();
            QCOMPARE(buckets.keys(),
                     (QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
            for (auto b = buckets.begin(); b != buckets.end(); ++b)
                byDay[b.key()] += b.value().toObject().value(u"occupancy_avg"_s).toDouble();
        }
        QVERIFY(byDay.value(u"3"_s) > 5 * byDay.value(u"0"_s)); // Wednesday vs Sunday
        QVERIFY(byDay.value(u"2"_s) > 5 * byDay.value(u"6"_s)); // Tuesday vs Saturday
    }

    void bucketKeysAndOperatingHours() {
        const QString ny = firstSpace([](const QJsonObject &s) {
            return s.value(u"time_zone"_s).toString() == "America/New_York"_L1 &&
                   s.value(u"space_type"_s).toString() == "space"_L1 &&
                   !s.value(u"counting_mode"_s).isNull();
        });
        QJsonObject body = window(u"2026-11-24T00:00:00"_s, u"2026-11-24T23:59:59"_s, u"hour"_s);
        body.insert(u"space_ids"_s, ids({ny}));
        body.insert(u"operating_hours"_s, QJsonObject{{u"days"_s, QJsonArray{1, 2, 3, 4, 5}},
                                                      {u"start_hour"_s, 8},
                                                      {u"end_hour"_s, 18}});
        const QJsonObject hours =
            m_http->post(u"/v3/analytics/occupancy"_s, body).object().value(ny).toObject();
        QCOMPARE(hours.size(), 10);
        QVERIFY(hours.contains(u"2026-11-24T08:00:00-05:00"_s));
        QVERIFY(hours.contains(u"2026-11-24T17:00:00-05:00"_s));
        QVERIFY(!hours.contains(u"2026-11-24T18:00:00-05:00"_s));

        // Saturday is outside Mon-Fri: no buckets at all.
        body.insert(u"start_date"_s, u"2026-11-21T00:00:00"_s);
        body.insert(u"end_date"_s, u"2026-11-21T23:59:59"_s);
        QCOMPARE(
            m_http->post(u"/v3/analytics/occupancy"_s, body).object().value(ny).toObject().size(),
            0);

        // The documented placeholder {"days":[0],"start_hour":0,"end_hour":0} filters nothing.
        body.insert(
            u"operating_hours"_s,
            QJsonObject{{u"days"_s, QJsonArray{0}}, {u"start_hour"_s, 0}, {u"end_hour"_s, 0}});
        QCOMPARE(
            m_http->post(u"/v3/analytics/occupancy"_s, body).object().value(ny).toObject().size(),
            24);

        // total: one key, the start_date as sent; B is the filtered window.
        body = window(u"2026-11-23T00:00:00"_s, u"2026-11-24T23:59:59"_s);
        body.insert(u"space_ids"_s, ids({ny}));
        body.insert(u"operating_hours"_s, QJsonObject{{u"start_hour"_s, 9}, {u"end_hour"_s, 17}});
        const QJsonObject total =
            m_http->post(u"/v3/analytics/time-used"_s, body).object().value(ny).toObject();
        QCOMPARE(total.keys(), QStringList{u"2026-11-23T00:00:00"_s});
        const QJsonObject t = total.value(u"2026-11-23T00:00:00"_s).toObject();
        QVERIFY(std::abs(t.value(u"time_used_percentage"_s).toDouble() -
                         t.value(u"time_used_raw"_s).toDouble() / (2 * 8 * 3600000.0)) < 1e-12);

        // hour_of_day keys are local hours "0".."23"; Berlin keys carry +01:00.
        body = window(u"2026-11-23T00:00:00"_s, u"2026-11-23T23:59:59"_s, u"hour_of_day"_s);
        body.insert(u"space_ids"_s, ids({ny}));
        QCOMPARE(
            m_http->post(u"/v3/analytics/occupancy"_s, body).object().value(ny).toObject().size(),
            24);
        const QString berlin = firstSpace([](const QJsonObject &s) {
            return s.value(u"time_zone"_s).toString() == "Europe/Berlin"_L1 &&
                   s.value(u"space_type"_s).toString() == "space"_L1 &&
                   !s.value(u"counting_mode"_s).isNull() &&
                   s.value(u"status"_s).toString() == "live"_L1;
        });
        body = window(u"2026-11-23T00:00:00"_s, u"2026-11-23T23:59:59"_s, u"day"_s);
        body.insert(u"space_ids"_s, ids({berlin}));
        QCOMPARE(m_http->post(u"/v3/analytics/occupancy"_s, body)
                     .object()
                     .value(berlin)
                     .toObject()
                     .keys(),
                 QStringList{u"2026-11-23T00:00:00+01:00"_s});
    }

    void parentIdsFanOut() {
        const QString floor = firstSpace([this](const QJsonObject &s) {
            if (s.value(u"space_type"_s).toString() != "floor"_L1)
                return false;
            for (const QJsonValue &child : s.value(u"children_ids"_s).toArray()) {
                if (!m_byId.value(child.toString()).value(u"children_ids"_s).toArray().isEmpty())
                    return true; // has nested spaces
            }
            return false;
        });
        QVERIFY(!floor.isEmpty());
        QJsonObject body = window(u"2026-11-24T00:00:00"_s, u"2026-11-24T23:59:59"_s);
        body.insert(u"space_ids"_s, ids({floor}));
        const QJsonObject rows = m_http->post(u"/v3/analytics/occupancy"_s, body).object();
        QStringList expected = subtreeWithData(floor);
        QStringList got = rows.keys();
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
        QVERIFY(!rows.contains(floor));
        QVERIFY(expected.size() > m_byId.value(floor).value(u"children_ids"_s).toArray().size());

        m_server->setIncludeParentRows(true);
        const QJsonObject withParent = m_http->post(u"/v3/analytics/occupancy"_s, body).object();
        m_server->setIncludeParentRows(false);
        QCOMPARE(withParent.size(), rows.size() + 1);
        QVERIFY(withParent.contains(floor));
        // The floor row is the aggregate of its spaces, so it is busy on a Tuesday.
        const QJsonObject floorRow = withParent.value(floor).toObject();
        QVERIFY(floorRow.value(floorRow.keys().value(0))
                    .toObject()
                    .value(u"occupancy_avg"_s)
                    .toDouble() > 0);
    }

    // --- live -----------------------------------------------------------------------------

    void liveResponseShapes() {
        const QString oa = firstSpace([](const QJsonObject &s) {
            return s.value(u"counting_mode"_s).toString() == "oa"_L1 &&
                   s.value(u"space_type"_s).toString() == "space"_L1;
        });
        const QJsonObject body{{u"space_ids"_s, ids({oa})}};
        const QJsonObject wrapped =
            m_http->post(u"/v3/analytics/occupancy/current"_s, body).object();
        QCOMPARE(wrapped.keys(), QStringList{u"data"_s});
        const QJsonObject current = wrapped.value(u"data"_s).toObject().value(oa).toObject();
        QVERIFY(current.contains(u"count"_s));
        QVERIFY(current.contains(u"space_health_status"_s));
        const QJsonObject presence = m_http->post(u"/v3/analytics/presence-health"_s, body)
                                         .object()
                                         .value(u"data"_s)
                                         .toObject()
                                         .value(oa)
                                         .toObject();
        // Same function: presence agrees with the count when the sensor is healthy.
        if (presence.value(u"space_health_status"_s).toString() == "healthy"_L1)
            QCOMPARE(presence.value(u"presence"_s).toBool(), current.value(u"count"_s).toInt() > 0);

        m_server->setWrapLiveResponses(false);
        const QJsonObject bare = m_http->post(u"/v3/analytics/occupancy/current"_s, body).object();
        const QJsonObject bareHealth =
            m_http->post(u"/v3/analytics/presence-health"_s, body).object();
        m_server->setWrapLiveResponses(true);
        QCOMPARE(bare.keys(), QStringList{oa});
        QCOMPARE(bare.value(oa).toObject(), current);
        QCOMPARE(bareHealth.keys(), QStringList{oa});

        // Deprecated presence: booleans only.
        const QJsonObject plain = m_http->post(u"/v3/analytics/presence"_s, body).object();
        QVERIFY(plain.value(oa).isBool());

        // Short-term: one point per minute, the last at "now", agreeing with presence.
        const QJsonObject shortTerm =
            m_http
                ->post(u"/v3/analytics/short-term"_s,
                       {{u"space_ids"_s, ids({oa})}, {u"minutes_lookback"_s, 5}})
                .object();
        const QJsonArray points =
            shortTerm.value(u"data"_s).toArray().first().toObject().value(u"metrics"_s).toArray();
        QCOMPARE(points.size(), 5);
        QCOMPARE(points.last().toObject().value(u"timestamp"_s).toString(),
                 u"2026-11-25T15:00:00Z"_s);
        QCOMPARE(points.last().toObject().value(u"presence"_s).toBool(),
                 presence.value(u"presence"_s).toBool());
    }

    void brokersReturnWsUrls() {
        const QString floor = firstSpace(
            [](const QJsonObject &s) { return s.value(u"space_type"_s).toString() == "floor"_L1; });
        const QString room = firstSpace(
            [](const QJsonObject &s) { return s.value(u"space_type"_s).toString() == "space"_L1; });
        const HttpResult ok =
            m_http->call("POST", u"/v3/analytics/ws/floor/%1/presence"_s.arg(floor));
        QCOMPARE(ok.status, 200);
        const QUrl url(ok.object().value(u"ws_url"_s).toString());
        QCOMPARE(url.scheme(), u"ws"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QCOMPARE(url.port(), int(m_server->port()));
        QVERIFY(url.path().endsWith(u"/analytics/ws/floor/%1/presence"_s.arg(floor)));
        QVERIFY(url.query().startsWith(u"ticket="_s));
        QCOMPARE(m_http->call("POST", u"/v3/analytics/ws/floor/%1/presence"_s.arg(room)).status,
                 404);
        QCOMPARE(m_http->call("POST", u"/v3/analytics/ws/space/%1/occupancy"_s.arg(room)).status,
                 200);
        QCOMPARE(m_http->call("POST", u"/v3/analytics/ws/space/spc_42/occupancy"_s).status, 404);
    }

    void dataStatusPerFloor() {
        QJsonObject body = window(u"2026-11-25T00:00:00Z"_s, u"2026-11-25T14:59:59Z"_s);
        const QJsonObject recent = m_http->post(u"/v3/analytics/data-status"_s, body).object();
        body = window(u"2026-11-18T00:00:00Z"_s, u"2026-11-18T23:59:59Z"_s);
        const QJsonObject older = m_http->post(u"/v3/analytics/data-status"_s, body).object();
        int floors = 0, complete = 0;
        for (const QJsonValue &v : std::as_const(m_spaces)) {
            const QJsonObject s = v.toObject();
            if (s.value(u"space_type"_s).toString() != "floor"_L1)
                continue;
            ++floors;
            const QString id = s.value(u"id"_s).toString();
            if (!recent.contains(id)) {
                QVERIFY(s.value(u"counting_mode"_s).isNull()); // floors without OA sensors
                continue;
            }
            const double r =
                recent.value(id).toObject().value(u"completion_percentage"_s).toDouble();
            const double o =
                older.value(id).toObject().value(u"completion_percentage"_s).toDouble();
            QVERIFY(r < 1); // younger than 8 hours
            QVERIFY(o >= 0 && o <= 1);
            if (s.value(u"status"_s).toString() == "planning"_L1)
                QVERIFY(o < 0.3);
            else
                QVERIFY(o > 0.9);
            complete += o == 1.0 ? 1 : 0;
        }
        QVERIFY(recent.size() < floors);
        QVERIFY(complete > 0);
    }

    // A sensor taken offline (test hook) reads offline in current health and makes its
    // space's presence unknown rather than available; last, because it changes the store.
    void sensorTakenOfflineShowsEverywhere() {
        const QString oa = firstSpace([](const QJsonObject &s) {
            return s.value(u"counting_mode"_s).toString() == "oa"_L1 &&
                   s.value(u"space_type"_s).toString() == "space"_L1;
        });
        const QJsonObject bySpace{{u"space_ids"_s, ids({oa})}};
        const QJsonArray sensors =
            m_http->post(u"/v3/sensors/health"_s, bySpace).object().value(u"data"_s).toArray();
        QVERIFY(!sensors.isEmpty());
        const QString serial = sensors.first().toObject().value(u"serial_number"_s).toString();
        const auto healthOf = [&] {
            const QJsonObject body{{u"serial_numbers"_s, QJsonArray{serial}}};
            return m_http->post(u"/v3/sensors/health"_s, body)
                .object()
                .value(u"data"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"health_status"_s)
                .toString();
        };
        QVERIFY(!m_server->takeSensorOffline(u"NO-SUCH-SERIAL"_s));
        QVERIFY(m_server->takeSensorOffline(serial));
        QCOMPARE(healthOf(), u"offline"_s);
        const QJsonObject presence = m_http->post(u"/v3/analytics/presence-health"_s, bySpace)
                                         .object()
                                         .value(u"data"_s)
                                         .toObject()
                                         .value(oa)
                                         .toObject();
        QVERIFY(presence.value(u"space_health_status"_s).toString() != "healthy"_L1);
        QCOMPARE(presence.value(u"presence"_s).toBool(), false);
    }

    // --- mutations --------------------------------------------------------------------------
};

QTEST_GUILESS_MAIN(TstSimulator)
#include "tst_simulator.moc"
