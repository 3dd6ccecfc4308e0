// End to end: `density-cli live ...` against density-sim's WebSocket streams, both as real
// processes over loopback. The simulator refreshes every 200 ms and scripts five live changes a
// second, so a run of a second or two shows every state a user can meet; faults (dropped and
// silent sockets, malformed frames) are switched on per simulator, never mocked.
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <memory>
#include <vector>

namespace {

const QString Token = QStringLiteral("tok_demo");
//! The simulator's refresh period, in the form both programs take on the command line.
const QString RefreshSeconds = QStringLiteral("0.2");

//! One finished `density-cli live ...` run, its stdout split into JSON objects.
struct StreamRun {
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines;
    QString problem; //!< non-empty when a stdout line was not one compact JSON object

    QStringList errLines() const {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QString event(qsizetype index) const {
        return lines.value(index).value(QLatin1String("event")).toString();
    }
    QString state(qsizetype index) const {
        return lines.value(index).value(QLatin1String("state")).toString();
    }
    //! The states in the order printed.
    QStringList states() const {
        QStringList list;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (event(i) == QLatin1String("state"))
                list.append(state(i));
        }
        return list;
    }
    QList<QJsonObject> events(const char *name) const {
        QList<QJsonObject> found;
        for (const QJsonObject &line : lines) {
            if (line.value(QLatin1String("event")).toString() == QLatin1String(name))
                found.append(line);
        }
        return found;
    }
    QString describe() const {
        return QStringLiteral("exit %1 after %2 ms; stderr: %3; stdout:\n%4")
            .arg(exitCode)
            .arg(elapsedMs)
            .arg(QString::fromUtf8(err), QString::fromUtf8(out.left(3000)));
    }
};

void parseLines(StreamRun &run) {
    const QList<QByteArray> raw = run.out.split('\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QByteArray &text = raw.at(i);
        if (text.isEmpty()) {
            if (i + 1 != raw.size() && run.problem.isEmpty())
                run.problem = QStringLiteral("empty line %1").arg(i + 1);
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            if (run.problem.isEmpty())
                run.problem = QStringLiteral("line %1 is not a JSON object: %2")
                                  .arg(i + 1)
                                  .arg(QString::fromUtf8(text));
            continue;
        }
        // JSON Lines, compact: re-serialised compactly, the line keeps its length (only the key
        // order may differ, as "event" is written first).
        if (run.problem.isEmpty() && document.toJson(QJsonDocument::Compact).size() != text.size())
            run.problem = QStringLiteral("line %1 is not compact").arg(i + 1);
        run.lines.append(document.object());
    }
    if (!run.out.isEmpty() && !run.out.endsWith('\n') && run.problem.isEmpty())
        run.problem = QStringLiteral("stdout does not end with a newline");
}

} // namespace

class TestCliLive : public QObject {
    Q_OBJECT

private:
    //! Starts density-sim streaming fast on a free loopback port; returns its base URL.
    static QString startSimulator(QProcess &sim, const QStringList &extra,
                                  const QString &refresh = RefreshSeconds,
                                  const QString &liveRate = QStringLiteral("20")) {
        sim.setProcessChannelMode(QProcess::SeparateChannels);
        sim.start(QStringLiteral(DENSITY_SIM_PATH),
                  QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--seed"), QStringLiteral("7"),
                              QStringLiteral("--refresh-interval"), refresh,
                              QStringLiteral("--live-rate"), liveRate,
                              QStringLiteral("--no-rate-limit")} +
                      extra);
        if (!sim.waitForStarted(10000))
            return QString();
        QByteArray first;
        QElapsedTimer clock;
        clock.start();
        while (!first.contains('\n') && clock.elapsed() < 10000) {
            sim.waitForReadyRead(200);
            first += sim.readAllStandardOutput();
        }
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^listening on (http://[^\\s]+)"))
                .match(QString::fromUtf8(first));
        return match.hasMatch() ? match.captured(1) : QString();
    }

    static void stopProcess(QProcess &process) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    static QStringList withBase(const QString &baseUrl, const QStringList &arguments) {
        return QStringList{QStringLiteral("--base-url"), baseUrl, QStringLiteral("--token"),
                           Token} +
               arguments;
    }

    static QProcessEnvironment environment() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DENSITY_TOKEN", "DENSITY_CLIENT_ID", "DENSITY_CLIENT_SECRET"})
            env.remove(QLatin1String(name));
        return env;
    }

    static void startCli(QProcess &process, const QString &baseUrl, const QStringList &arguments) {
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(DENSITY_CLI_PATH), withBase(baseUrl, arguments));
    }

    //! Waits for a started density-cli and collects what it printed.
    static StreamRun finish(QProcess &process, const QElapsedTimer &clock) {
        StreamRun run;
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
            run.err = "density-cli did not finish";
        } else {
            run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        }
        run.elapsedMs = clock.elapsed();
        run.out = process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        parseLines(run);
        return run;
    }

    static StreamRun cli(const QString &baseUrl, const QStringList &arguments) {
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        startCli(process, baseUrl, arguments);
        return finish(process, clock);
    }

    static QStringList streamArguments(const char *kind, const QString &id, const char *seconds,
                                       const QString &refresh) {
        const bool presence = qstrcmp(kind, "presence") == 0;
        return {QStringLiteral("live"),
                QLatin1String(kind),
                presence ? QStringLiteral("--floor") : QStringLiteral("--space"),
                id,
                QStringLiteral("--duration"),
                QLatin1String(seconds),
                QStringLiteral("--refresh-interval"),
                refresh};
    }

    //! `live presence` (or counts) for `seconds`, with the client told the fast refresh period.
    static StreamRun stream(const QString &baseUrl, const char *kind, const QString &id,
                            const char *seconds, const QString &refresh = RefreshSeconds) {
        return cli(baseUrl, streamArguments(kind, id, seconds, refresh));
    }

    //! The availabilities printed while the feed was in `state` (by the last state line).
    static QStringList availabilitiesWhile(const StreamRun &run, const char *state) {
        QStringList found;
        QString current;
        for (qsizetype i = 0; i < run.lines.size(); ++i) {
            if (run.event(i) == QLatin1String("state"))
                current = run.state(i);
            if (current != QLatin1String(state))
                continue;
            for (const QJsonValue &entry :
                 run.lines.at(i).value(QLatin1String("spaces")).toObject())
                found.append(entry.toObject().value(QLatin1String("availability")).toString());
        }
        return found;
    }

    //! What every run must satisfy: JSON Lines on stdout, each with an event and a UTC time,
    //! state lines with a known state and a reason string, and every space entry consistent:
    //! it carries `valueKey` (and not the other value), and its availability is "unknown"
    //! unless the feed was live and the sensor healthy — never "available" on a doubtful
    //! picture. Returns how many entries claimed available or occupied.
    static int verifyLines(const StreamRun &run, const char *valueKey) {
        const QString value = QLatin1String(valueKey);
        const QString other = value == QLatin1String("presence") ? QStringLiteral("occupancy")
                                                                 : QStringLiteral("presence");
        const QStringList knownStates{QStringLiteral("connecting"), QStringLiteral("live"),
                                      QStringLiteral("stale"),      QStringLiteral("reconnecting"),
                                      QStringLiteral("failed"),     QStringLiteral("idle")};
        if (!run.problem.isEmpty()) {
            qWarning("%s", qPrintable(run.problem));
            return -1;
        }
        QString feedState;
        int decided = 0;
        for (const QJsonObject &line : run.lines) {
            const QString event = line.value(QLatin1String("event")).toString();
            const QString at = line.value(QLatin1String("at")).toString();
            const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
            if (!when.isValid() || when.timeSpec() != Qt::UTC || !at.endsWith(QLatin1Char('Z'))) {
                qWarning("bad \"at\": %s", qPrintable(at));
                return -1;
            }
            if (event == QLatin1String("state")) {
                feedState = line.value(QLatin1String("state")).toString();
                if (!knownStates.contains(feedState) ||
                    !line.value(QLatin1String("reason")).isString()) {
                    qWarning("bad state line");
                    return -1;
                }
                continue;
            }
            if (event == QLatin1String("malformed")) {
                if (line.value(QLatin1String("reason")).toString().isEmpty())
                    return -1;
                continue;
            }
            if (event != QLatin1String("refresh") && event != QLatin1String("live")) {
                qWarning("unexpected event %s", qPrintable(event));
                return -1;
            }
            const QJsonObject spaces = line.value(QLatin1String("spaces")).toObject();
            if (spaces.isEmpty()) {
                qWarning("%s event without spaces", qPrintable(event));
                return -1;
            }
            for (auto it = spaces.begin(); it != spaces.end(); ++it) {
                const QJsonObject entry = it.value().toObject();
                const QJsonValue reading = entry.value(value);
                const bool wellTyped = value == QLatin1String("presence")
                                           ? reading.isBool()
                                           : reading.isDouble() && reading.toDouble() >= 0 &&
                                                 reading.toDouble() == qint64(reading.toDouble());
                const QString health = entry.value(QLatin1String("space_health_status")).toString();
                const QString availability = entry.value(QLatin1String("availability")).toString();
                if (!wellTyped || entry.contains(other) || health.isEmpty() ||
                    entry.value(QLatin1String("counting_mode")).toString().isEmpty() ||
                    entry.value(QLatin1String("timestamp")).toString().isEmpty()) {
                    qWarning("bad entry for %s", qPrintable(it.key()));
                    return -1;
                }
                QString expected = QStringLiteral("unknown");
                if (feedState == QLatin1String("live") && health == QLatin1String("healthy")) {
                    const bool occupied = reading.isBool() ? reading.toBool() : reading.toInt() > 0;
                    expected = occupied ? QStringLiteral("occupied") : QStringLiteral("available");
                }
                if (availability != expected) {
                    qWarning("%s: availability %s, want %s (feed %s, health %s)",
                             qPrintable(it.key()), qPrintable(availability), qPrintable(expected),
                             qPrintable(feedState), qPrintable(health));
                    return -1;
                }
                if (expected != QLatin1String("unknown"))
                    ++decided;
            }
        }
        return decided;
    }

    //! Index of the first state line equal to `state` at or after `from`; -1 if none.
    static qsizetype stateIndex(const StreamRun &run, const char *state, qsizetype from = 0) {
        for (qsizetype i = from; i < run.lines.size(); ++i) {
            if (run.event(i) == QLatin1String("state") && run.state(i) == QLatin1String(state))
                return i;
        }
        return -1;
    }

    QString floorWithChildren() const {
        for (const QJsonValue &value : m_spaces) {
            const QJsonObject space = value.toObject();
            if (space.value(QLatin1String("space_type")).toString() == QLatin1String("floor") &&
                !space.value(QLatin1String("children_ids")).toArray().isEmpty())
                return space.value(QLatin1String("id")).toString();
        }
        return QString();
    }

    QProcess m_sim;
    QString m_baseUrl;
    QJsonArray m_spaces;
    QString m_floor;
    //! The slow staleness scenario runs beside the other tests; missedRefreshesGoStale() reads it.
    QProcess m_staleSim;
    QProcess m_staleCli;
    QElapsedTimer m_staleClock;
    //! Doorway streams, started with the stale scenario; doorwayStream() reads them.
    QStringList m_doorwayIds;
    std::vector<std::unique_ptr<QProcess>> m_doorwayClis;

private Q_SLOTS:
    void initTestCase() {
        m_baseUrl = startSimulator(m_sim, {QStringLiteral("--doorway-events")});
        QVERIFY2(!m_baseUrl.isEmpty(), "density-sim did not report its address");
        const StreamRun spaces = cli(m_baseUrl, {QStringLiteral("spaces"), QStringLiteral("list")});
        QVERIFY2(spaces.exitCode == 0, spaces.err.constData());
        m_spaces = QJsonDocument::fromJson(spaces.out).array();
        m_floor = floorWithChildren();
        QVERIFY(!m_floor.isEmpty());

        // The server refreshes every 10 s but sends live changes (on whole seconds); the client
        // expects a refresh every 1.2 s. Two missed (after 2.7 s): stale for 1.2 s, which always
        // spans a whole second and so a live change; three missed (3.9 s): a new socket, whose
        // snapshot makes the feed live again.
        const QString staleUrl =
            startSimulator(m_staleSim, {}, QStringLiteral("10"), QStringLiteral("20"));
        QVERIFY2(!staleUrl.isEmpty(), "density-sim did not start");
        m_staleClock.start();
        startCli(m_staleCli, staleUrl,
                 streamArguments("presence", m_floor, "4.6", QStringLiteral("1.2")));

        // Doorways of rooms with a single doorway see every crossing of their room.
        const StreamRun doorways =
            cli(m_baseUrl, {QStringLiteral("doorways"), QStringLiteral("list")});
        QVERIFY2(doorways.exitCode == 0, doorways.err.constData());
        QHash<QString, QStringList> doorwaysOfRoom;
        for (const QJsonValue &value : QJsonDocument::fromJson(doorways.out).array()) {
            const QJsonObject doorway = value.toObject();
            const QString room = doorway.value(QLatin1String("spaces"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("id"))
                                     .toString();
            doorwaysOfRoom[room].append(doorway.value(QLatin1String("id")).toString());
        }
        for (const QStringList &ids : std::as_const(doorwaysOfRoom)) {
            if (ids.size() == 1 && m_doorwayIds.size() < 4)
                m_doorwayIds.append(ids.first());
        }
        for (const QString &id : std::as_const(m_doorwayIds)) {
            m_doorwayClis.push_back(std::make_unique<QProcess>());
            startCli(*m_doorwayClis.back(), m_baseUrl,
                     {QStringLiteral("live"), QStringLiteral("doorway"),
                      QStringLiteral("--doorway"), id, QStringLiteral("--duration"),
                      QStringLiteral("4.5")});
        }
    }

    void cleanupTestCase() {
        stopProcess(m_staleCli);
        for (const auto &process : m_doorwayClis)
            stopProcess(*process);
        stopProcess(m_staleSim);
        stopProcess(m_sim);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString live = QStringLiteral("live");
        const QString presence = QStringLiteral("presence");
        const QString floor = QStringLiteral("--floor");
        const QString id = QStringLiteral("spc_1");
        QTest::newRow("no floor") << QStringList{live, presence} << QStringLiteral("--floor");
        QTest::newRow("zero duration") << QStringList{live,
                                                      presence,
                                                      floor,
                                                      id,
                                                      QStringLiteral("--duration"),
                                                      QStringLiteral("0")}
                                       << QStringLiteral("--duration");
        QTest::newRow("duration not a number") << QStringList{live,
                                                              presence,
                                                              floor,
                                                              id,
                                                              QStringLiteral("--duration"),
                                                              QStringLiteral("soon")}
                                               << QStringLiteral("soon");
        QTest::newRow("bad refresh interval") << QStringList{live,
                                                             QStringLiteral("counts"),
                                                             QStringLiteral("--space"),
                                                             id,
                                                             QStringLiteral("--refresh-interval"),
                                                             QStringLiteral("-1")}
                                              << QStringLiteral("--refresh-interval");
        QTest::newRow("no space") << QStringList{live, QStringLiteral("counts")}
                                  << QStringLiteral("--space");
        QTest::newRow("csv") << QStringList{QStringLiteral("--format"),
                                            QStringLiteral("csv"),
                                            live,
                                            presence,
                                            floor,
                                            id}
                             << QStringLiteral("JSON Lines");
        QTest::newRow("no subcommand") << QStringList{live} << QStringLiteral("presence");
    }

    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const StreamRun run = cli(m_baseUrl, arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().first().startsWith(QLatin1String("density-cli: ")),
                 run.err.constData());
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
    }

    void presenceStream() {
        const StreamRun run = stream(m_baseUrl, "presence", m_floor, "1.5");
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        // Started at once, ended on time: --duration counts from the start, not from "live".
        QVERIFY2(run.elapsedMs >= 1450 && run.elapsedMs < 4000, qPrintable(run.describe()));

        const int decided = verifyLines(run, "presence");
        QVERIFY2(decided > 0, qPrintable(run.describe()));
        QCOMPARE(run.event(0), QStringLiteral("state"));
        QCOMPARE(run.state(0), QStringLiteral("connecting"));
        QCOMPARE(run.event(1), QStringLiteral("state"));
        QCOMPARE(run.state(1), QStringLiteral("live"));
        // The refresh that made the feed live comes right after, as the full snapshot.
        QCOMPARE(run.event(2), QStringLiteral("refresh"));
        QCOMPARE(run.states(), (QStringList{QStringLiteral("connecting"), QStringLiteral("live"),
                                            QStringLiteral("idle")}));
        QCOMPARE(run.lines.constLast().value(QLatin1String("event")).toString(),
                 QStringLiteral("state"));

        const QList<QJsonObject> refreshes = run.events("refresh");
        const QList<QJsonObject> lives = run.events("live");
        QVERIFY2(refreshes.size() >= 5, qPrintable(run.describe()));
        // Spaces change on whole seconds, and 20 changes a second make every second count. The
        // simulator sends a change that falls on a refresh only in that refresh, so the change
        // shows as a live event or as a difference between two refreshes. (Live events are
        // certain in missedRefreshesGoStale(), where refreshes are rare.)
        bool refreshesDiffer = false;
        for (qsizetype r = 1; r < refreshes.size(); ++r) {
            const QJsonObject before =
                refreshes.at(r - 1).value(QLatin1String("spaces")).toObject();
            const QJsonObject after = refreshes.at(r).value(QLatin1String("spaces")).toObject();
            for (auto it = after.begin(); it != after.end(); ++it) {
                const QJsonObject now = it.value().toObject();
                const QJsonObject then = before.value(it.key()).toObject();
                for (const char *key : {"presence", "space_health_status"})
                    refreshesDiffer |=
                        now.value(QLatin1String(key)) != then.value(QLatin1String(key));
            }
        }
        QVERIFY2(!lives.isEmpty() || refreshesDiffer, qPrintable(run.describe()));
        // Every refresh lists the floor's whole stream; a live event only what changed in it.
        const QStringList snapshot =
            refreshes.first().value(QLatin1String("spaces")).toObject().keys();
        QVERIFY(!snapshot.isEmpty());
        for (const QJsonObject &refresh : refreshes)
            QCOMPARE(refresh.value(QLatin1String("spaces")).toObject().keys(), snapshot);
        for (const QJsonObject &live : lives) {
            const QStringList changed = live.value(QLatin1String("spaces")).toObject().keys();
            QVERIFY(changed.size() < snapshot.size() || snapshot.size() == 1);
            for (const QString &id : changed)
                QVERIFY2(snapshot.contains(id), qPrintable(id));
        }
    }

    void countsStream() {
        const StreamRun run = stream(m_baseUrl, "counts", m_floor, "1");
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY2(verifyLines(run, "occupancy") > 0, qPrintable(run.describe()));
        QCOMPARE(run.state(0), QStringLiteral("connecting"));
        QCOMPARE(run.state(1), QStringLiteral("live"));
        QVERIFY2(run.events("refresh").size() >= 3, qPrintable(run.describe()));
    }

    void unknownFloor() {
        const StreamRun run = stream(m_baseUrl, "presence", QStringLiteral("spc_nosuchfloor"), "5");
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs < 3000, qPrintable(run.describe())); // not waiting out --duration
        QVERIFY2(verifyLines(run, "presence") == 0, qPrintable(run.describe()));
        QCOMPARE(run.states(),
                 (QStringList{QStringLiteral("connecting"), QStringLiteral("failed")}));
        QCOMPARE(run.lines.size(), 2);
        QVERIFY(!run.lines.at(1).value(QLatin1String("reason")).toString().isEmpty());
        const QStringList errors = run.errLines();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(QLatin1String("density-cli: ")), run.err.constData());
        QVERIFY2(errors.first().contains(QLatin1String("404")), run.err.constData());
    }

    void terminateStopsCleanly() {
#ifndef Q_OS_UNIX
        QSKIP("QProcess::terminate() sends no console interrupt on Windows");
#else
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(DENSITY_CLI_PATH),
                      withBase(m_baseUrl, {QStringLiteral("live"), QStringLiteral("presence"),
                                           QStringLiteral("--floor"), m_floor,
                                           QStringLiteral("--refresh-interval"), RefreshSeconds}));
        QVERIFY(process.waitForStarted(5000));
        // Lines arrive as they happen (flushed per line), so "live" is readable before the end.
        QByteArray seen;
        QElapsedTimer clock;
        clock.start();
        while (!seen.contains("\"state\":\"live\"") && clock.elapsed() < 5000) {
            process.waitForReadyRead(100);
            seen += process.readAllStandardOutput();
        }
        QVERIFY2(seen.contains("\"state\":\"live\""), seen.constData());
        QCOMPARE(process.state(), QProcess::Running);
        process.terminate();
        QVERIFY(process.waitForFinished(3000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        StreamRun run;
        run.out = seen + process.readAllStandardOutput();
        parseLines(run);
        QVERIFY2(verifyLines(run, "presence") > 0, qPrintable(run.describe()));
        QCOMPARE(run.states().constLast(), QStringLiteral("idle"));
        QCOMPARE(process.readAllStandardError(), QByteArray());
#endif
    }

    void readerGoneStops() {
#ifndef Q_OS_UNIX
        QSKIP("needs a POSIX shell pipeline");
#else
        // `density-cli live ... | head -n 2`: once the reader has quit, the stream must end
        // rather than write into a closed pipe forever (Qt's sockets ignore SIGPIPE). The shell
        // reports density-cli's own exit code on stderr.
        QProcess shell;
        shell.setProcessEnvironment(environment());
        shell.start(QStringLiteral("/bin/sh"),
                    QStringList{QStringLiteral("-c"),
                                QStringLiteral("{ \"$0\" \"$@\"; echo \"exit $?\" >&2; } | "
                                               "head -n 2 >/dev/null"),
                                QStringLiteral(DENSITY_CLI_PATH)} +
                        withBase(m_baseUrl, {QStringLiteral("live"), QStringLiteral("presence"),
                                             QStringLiteral("--floor"), m_floor,
                                             QStringLiteral("--refresh-interval"), RefreshSeconds,
                                             QStringLiteral("--duration"), QStringLiteral("5")}));
        // head quits after "connecting" and "live"; the next refresh (200 ms) meets the closed
        // pipe. (--duration only keeps a failing run from outliving the test.)
        QElapsedTimer clock;
        clock.start();
        QVERIFY(shell.waitForFinished(8000));
        QVERIFY2(clock.elapsed() < 2500, "density-cli kept running without a reader");
        QCOMPARE(shell.readAllStandardError().trimmed(), QByteArray("exit 0"));
#endif
    }

    void dropAndMalformedFaults() {
        QProcess sim;
        const QString baseUrl = startSimulator(
            sim, {QStringLiteral("--faults"), QStringLiteral("ws-drop=0.5,ws-malformed=0.3")});
        QVERIFY2(!baseUrl.isEmpty(), "density-sim did not start");
        const StreamRun run = stream(baseUrl, "presence", m_floor, "2");
        stopProcess(sim);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(verifyLines(run, "presence") > 0, qPrintable(run.describe()));
        const qsizetype firstLive = stateIndex(run, "live");
        const qsizetype reconnecting = stateIndex(run, "reconnecting", firstLive);
        QVERIFY2(firstLive > 0 && reconnecting > firstLive, qPrintable(run.describe()));
        // Back on its own, with a fresh stream, and the snapshot printed again.
        const qsizetype liveAgain = stateIndex(run, "live", reconnecting);
        QVERIFY2(liveAgain > reconnecting, qPrintable(run.describe()));
        QCOMPARE(run.event(liveAgain + 1), QStringLiteral("refresh"));
        QVERIFY2(!run.events("malformed").isEmpty(), qPrintable(run.describe()));
    }

    void missedRefreshesGoStale() {
        // Started by initTestCase(), see there.
        const StreamRun run = finish(m_staleCli, m_staleClock);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(verifyLines(run, "presence") > 0, qPrintable(run.describe()));
        const qsizetype stale = stateIndex(run, "stale");
        QVERIFY2(stale > stateIndex(run, "live"), qPrintable(run.describe()));
        const qsizetype reconnecting = stateIndex(run, "reconnecting", stale);
        QVERIFY2(reconnecting > stale, qPrintable(run.describe()));
        QVERIFY2(stateIndex(run, "live", reconnecting) > reconnecting, qPrintable(run.describe()));
        // Changes keep arriving while stale; they are printed, but nothing is "available" then.
        const QStringList whileStale = availabilitiesWhile(run, "stale");
        QVERIFY2(!whileStale.isEmpty(), qPrintable(run.describe()));
        QCOMPARE(whileStale.count(QStringLiteral("unknown")), whileStale.size());
        // With a refresh only on connect, every second's changes arrive as live events.
        QVERIFY2(run.events("live").size() >= 2, qPrintable(run.describe()));
        QVERIFY(availabilitiesWhile(run, "live").contains(QStringLiteral("available")));
    }

    void doorwayStream() {
        // Started by initTestCase(): each doorway sees a crossing every second or two, so
        // several rooms over a few seconds are certain to show some.
        QVERIFY(!m_doorwayIds.isEmpty());
        qsizetype crossings = 0;
        for (qsizetype d = 0; d < m_doorwayIds.size(); ++d) {
            const StreamRun run = finish(*m_doorwayClis.at(size_t(d)), m_staleClock);
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QVERIFY2(run.err.isEmpty(), run.err.constData());
            QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
            QCOMPARE(run.states(), (QStringList{QStringLiteral("connecting"),
                                                QStringLiteral("live"), QStringLiteral("idle")}));
            const QList<QJsonObject> events = run.events("doorway");
            // Nothing but state lines and crossings.
            QCOMPARE(events.size() + 3, run.lines.size());
            for (const QJsonObject &event : events) {
                QCOMPARE(event.value(QLatin1String("doorway_id")).toString(), m_doorwayIds.at(d));
                const int direction = event.value(QLatin1String("direction")).toInt();
                QVERIFY(direction == 1 || direction == -1);
                QVERIFY(QDateTime::fromString(event.value(QLatin1String("timestamp")).toString(),
                                              Qt::ISODateWithMs)
                            .isValid());
                const QJsonArray spaces = event.value(QLatin1String("spaces")).toArray();
                QVERIFY(!spaces.isEmpty());
                QVERIFY(spaces.first()
                            .toObject()
                            .value(QLatin1String("space_id"))
                            .toString()
                            .startsWith(QLatin1String("spc_")));
            }
            crossings += events.size();
        }
        QVERIFY(crossings > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliLive)
#include "tst_cli_live.moc"
