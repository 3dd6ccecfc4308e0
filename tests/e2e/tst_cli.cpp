// End to end: the real density-cli against the real density-sim over loopback HTTP. No mocks:
// each case runs the CLI as a process and checks what a script would see — stdout, stderr and
// the exit code.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <cmath>

namespace {

const QString Token = QStringLiteral("tok_demo");
const QString ClientId = QStringLiteral("demo-client");
const QString ClientSecret = QStringLiteral("demo-secret");
// A fixed past day: the simulator's history is a pure function of the seed and the date.
const QString DayStart = QStringLiteral("2026-11-16T00:00:00Z");
const QString DayEnd = QStringLiteral("2026-11-16T23:59:59Z");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonArray array() const { return json().array(); }
    QJsonObject object() const { return json().object(); }
    QStringList errLines() const {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

//! RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QByteArray &bytes, bool *crlfOnly) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *crlfOnly = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else if (c == QLatin1Char('\n')) {
            *crlfOnly = false;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
        *crlfOnly = false;
    }
    return rows;
}

QString cellOf(const QJsonValue &value) {
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::trunc(number) == number)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    return value.toString();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    Run cli(const QStringList &arguments, const QStringList &environment = {},
            bool withBaseUrl = true) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DENSITY_TOKEN", "DENSITY_CLIENT_ID", "DENSITY_CLIENT_SECRET"})
            env.remove(QLatin1String(name));
        for (const QString &assignment : environment) {
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            env.insert(assignment.left(equals), assignment.mid(equals + 1));
        }
        process.setProcessEnvironment(env);
        QStringList all;
        if (withBaseUrl)
            all << QStringLiteral("--base-url") << m_baseUrl;
        all += arguments;
        process.start(QStringLiteral(DENSITY_CLI_PATH), all);
        Run run;
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            run.err = "density-cli did not finish: " + all.join(QLatin1Char(' ')).toUtf8();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    Run withToken(QStringList arguments) {
        return cli(arguments << QStringLiteral("--token") << Token);
    }
    Run withClient(QStringList arguments) {
        return cli(arguments << QStringLiteral("--client-id") << ClientId
                             << QStringLiteral("--client-secret") << ClientSecret);
    }

    //! A failed run: the code, nothing on stdout, exactly one "density-cli: " line on stderr.
    void verifyFailure(const Run &run, int code) {
        QVERIFY2(run.exitCode == code, qPrintable(QStringLiteral("exit %1, want %2; stderr: %3")
                                                      .arg(run.exitCode)
                                                      .arg(code)
                                                      .arg(QString::fromUtf8(run.err))));
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        const QStringList lines = run.errLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("density-cli: ")), run.err.constData());
        QVERIFY(lines.first().size() > 20);
    }

    void verifySuccess(const Run &run) {
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }

    QJsonObject spaceWhere(const std::function<bool(const QJsonObject &)> &predicate) {
        for (const QJsonValue &value : m_spaces) {
            if (predicate(value.toObject()))
                return value.toObject();
        }
        return {};
    }

    //! Starts density-sim on a free loopback port and returns its base URL (empty on failure).
    static QString startSimulator(QProcess &sim, const QStringList &extra) {
        // A fixed "now" makes the live reads repeatable; without the server's rate limit the
        // many short-lived CLI processes never wait on 429s, which is not what is under test.
        sim.setProcessChannelMode(QProcess::SeparateChannels);
        sim.start(QStringLiteral(DENSITY_SIM_PATH),
                  QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--seed"), QStringLiteral("7"),
                              QStringLiteral("--now"), QStringLiteral("2026-11-25T15:00:00Z"),
                              QStringLiteral("--no-rate-limit")} +
                      extra);
        if (!sim.waitForStarted(10000))
            return QString();
        QByteArray first;
        QElapsedTimer clock;
        clock.start();
        while (!first.contains('\n') && clock.elapsed() < 15000) {
            sim.waitForReadyRead(500);
            first += sim.readAllStandardOutput();
        }
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^listening on (http://[^\\s]+)"))
                .match(QString::fromUtf8(first));
        return match.hasMatch() ? match.captured(1) : QString();
    }

    static void stopSimulator(QProcess &sim) {
        if (sim.state() != QProcess::NotRunning) {
            sim.kill();
            sim.waitForFinished(5000);
        }
    }

    QProcess m_sim;
    QString m_baseUrl;
    QJsonArray m_spaces;

private Q_SLOTS:
    void initTestCase() {
        m_baseUrl = startSimulator(m_sim, {});
        QVERIFY2(!m_baseUrl.isEmpty(), "density-sim did not report its address");

        const Run spaces = withToken({QStringLiteral("spaces"), QStringLiteral("list")});
        verifySuccess(spaces);
        m_spaces = spaces.array();
        QVERIFY(m_spaces.size() > 10);
    }

    void cleanupTestCase() { stopSimulator(m_sim); }

    void help() {
        const Run tool = cli({QStringLiteral("--help")}, {}, false);
        verifySuccess(tool);
        const QString text = QString::fromUtf8(tool.out);
        for (const char *command : {"hello",
                                    "token",
                                    "display-token",
                                    "spaces list",
                                    "spaces update",
                                    "spaces labels",
                                    "labels list",
                                    "labels create",
                                    "labels update",
                                    "label-groups list",
                                    "label-groups create",
                                    "label-groups update",
                                    "doorways list",
                                    "sensors list",
                                    "sensors health",
                                    "sensors history",
                                    "users list",
                                    "users get",
                                    "users create",
                                    "users update",
                                    "users delete",
                                    "occupancy",
                                    "utilization",
                                    "time-used",
                                    "metrics",
                                    "sessions",
                                    "current-occupancy",
                                    "presence",
                                    "presence-health",
                                    "short-term",
                                    "data-status",
                                    "stream-url floor",
                                    "stream-url space",
                                    "live presence",
                                    "live counts",
                                    "live doorway"})
            QVERIFY2(text.contains(QLatin1String("\n  ") + QLatin1String(command)), command);

        const Run command =
            cli({QStringLiteral("spaces"), QStringLiteral("update"), QStringLiteral("--help")}, {},
                false);
        verifySuccess(command);
        QVERIFY(command.out.startsWith("Usage: density-cli spaces update ID"));
        for (const char *option :
             {"--name", "--capacity", "--function", "--time-zone", "--address", "--iwms-id"})
            QVERIFY2(command.out.contains(option), option);
        QVERIFY(!command.out.contains("--display-id"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const auto row = [](const char *name, QStringList arguments, const char *mentions) {
            QTest::newRow(name) << arguments << QString::fromUtf8(mentions);
        };
        const QString from = QStringLiteral("--from");
        const QString to = QStringLiteral("--to");
        row("no command", {}, "No command");
        row("unknown command", {QStringLiteral("frobnicate")}, "frobnicate");
        row("group without subcommand", {QStringLiteral("spaces")}, "list, update, labels");
        row("unknown subcommand", {QStringLiteral("spaces"), QStringLiteral("remove")}, "remove");
        row("unknown option",
            {QStringLiteral("hello"), QStringLiteral("--colour"), QStringLiteral("red")},
            "--colour");
        row("option without value", {QStringLiteral("occupancy"), from}, "--from");
        row("missing required option", {QStringLiteral("occupancy"), from, DayStart}, "--to");
        row("date only",
            {QStringLiteral("occupancy"), from, QStringLiteral("2026-11-16"), to, DayEnd},
            "2026-11-16");
        row("start after end", {QStringLiteral("occupancy"), from, DayEnd, to, DayStart}, "after");
        row("shorthand resolution",
            {QStringLiteral("occupancy"), from, DayStart, to, DayEnd,
             QStringLiteral("--resolution"), QStringLiteral("1h")},
            "hour_of_day");
        row("day out of range",
            {QStringLiteral("metrics"), from, DayStart, to, DayEnd, QStringLiteral("--days"),
             QStringLiteral("1,7")},
            "Sunday");
        row("bad hours",
            {QStringLiteral("metrics"), from, DayStart, to, DayEnd, QStringLiteral("--hours"),
             QStringLiteral("18-8")},
            "hour");
        row("unknown metric",
            {QStringLiteral("metrics"), from, DayStart, to, DayEnd, QStringLiteral("--metrics"),
             QStringLiteral("occupancy,footfall")},
            "footfall");
        row("bad format",
            {QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("hello")}, "xml");
        row("bad timeout",
            {QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("hello")},
            "--timeout");
        row("plain http off loopback",
            {QStringLiteral("--base-url"), QStringLiteral("http://api.example.com"),
             QStringLiteral("hello")},
            "loopback");
        row("both sensor filters",
            {QStringLiteral("sensors"), QStringLiteral("list"), QStringLiteral("--serials"),
             QStringLiteral("A1"), QStringLiteral("--spaces"), QStringLiteral("spc_1")},
            "not both");
        row("nothing to update",
            {QStringLiteral("spaces"), QStringLiteral("update"), QStringLiteral("spc_1")},
            "Nothing to update");
        row("capacity not a number",
            {QStringLiteral("spaces"), QStringLiteral("update"), QStringLiteral("spc_1"),
             QStringLiteral("--capacity"), QStringLiteral("lots")},
            "--capacity");
        row("missing argument", {QStringLiteral("users"), QStringLiteral("get")}, "ID");
        row("extra argument", {QStringLiteral("hello"), QStringLiteral("there")}, "there");
        row("minutes out of range",
            {QStringLiteral("short-term"), QStringLiteral("--minutes"), QStringLiteral("0")},
            "--minutes");
        row("display token without id", {QStringLiteral("display-token")}, "--display-id");
    }

    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = withToken(arguments);
        verifyFailure(run, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    }

    void credentials() {
        // None at all is a usage error, caught before anything is sent.
        const Run none = cli({QStringLiteral("hello")});
        verifyFailure(none, 2);
        QVERIFY(none.err.contains("--token"));

        const Run both = cli({QStringLiteral("hello"), QStringLiteral("--token"), Token,
                              QStringLiteral("--client-id"), ClientId});
        verifyFailure(both, 2);

        // A secret pasted where a command belongs is echoed in the error only as "***".
        const QString pasted = QStringLiteral("tok_pasted_by_mistake_0042");
        const Run echoed = cli({QStringLiteral("--token"), pasted, pasted});
        verifyFailure(echoed, 2);
        QVERIFY(!echoed.err.contains(pasted.toUtf8()));
        QVERIFY(echoed.err.contains("***"));
        const Run echoedFromEnvironment = cli({QStringLiteral("--timeout"), pasted},
                                              {QStringLiteral("DENSITY_CLIENT_SECRET=") + pasted});
        verifyFailure(echoedFromEnvironment, 2);
        QVERIFY(!echoedFromEnvironment.err.contains(pasted.toUtf8()));

        const Run fromEnvironment =
            cli({QStringLiteral("hello")}, {QStringLiteral("DENSITY_TOKEN=") + Token});
        verifySuccess(fromEnvironment);

        const Run oauthFromEnvironment =
            cli({QStringLiteral("users"), QStringLiteral("list")},
                {QStringLiteral("DENSITY_CLIENT_ID=") + ClientId,
                 QStringLiteral("DENSITY_CLIENT_SECRET=") + ClientSecret});
        verifySuccess(oauthFromEnvironment);
        QVERIFY(oauthFromEnvironment.json().isArray());
    }

    void hello() {
        const Run json = withToken({QStringLiteral("hello")});
        verifySuccess(json);
        // A JSON string at the top level: wrap it to read it back with QJsonDocument.
        const QJsonArray wrapped = QJsonDocument::fromJson("[" + json.out + "]").array();
        QCOMPARE(wrapped.size(), 1);
        QCOMPARE(wrapped.first().toString(),
                 QString::fromUtf8("Do\u2026 or do not. There is no try. - Yoda"));

        const Run csv =
            withToken({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("hello")});
        verifySuccess(csv);
        QCOMPARE(csv.out,
                 QByteArray("message\r\n") +
                     QString::fromUtf8("Do\u2026 or do not. There is no try. - Yoda").toUtf8() +
                     "\r\n");
    }

    void apiAndNetworkErrors() {
        const QString wrongToken = QStringLiteral("tok_wrong_0123456789");
        const Run refused = cli({QStringLiteral("hello"), QStringLiteral("--token"), wrongToken});
        verifyFailure(refused, 3);
        QVERIFY(refused.err.contains("401"));
        QVERIFY(!refused.err.contains(wrongToken.toUtf8()));

        const Run forbidden = withToken({QStringLiteral("users"), QStringLiteral("list")});
        verifyFailure(forbidden, 3);
        QVERIFY(forbidden.err.contains("403"));

        const Run missing = withToken({QStringLiteral("spaces"), QStringLiteral("update"),
                                       QStringLiteral("spc_does_not_exist"),
                                       QStringLiteral("--name"), QStringLiteral("x")});
        verifyFailure(missing, 3);
        QVERIFY(missing.err.contains("404"));

        const QString wrongSecret = QStringLiteral("not-the-secret-42");
        const Run badClient = cli({QStringLiteral("token"), QStringLiteral("--client-id"), ClientId,
                                   QStringLiteral("--client-secret"), wrongSecret});
        verifyFailure(badClient, 3);
        QVERIFY(!badClient.err.contains(wrongSecret.toUtf8()));
        const Run badClientBearer =
            cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--client-id"),
                 ClientId, QStringLiteral("--client-secret"), wrongSecret});
        verifyFailure(badClientBearer, 3);
        QVERIFY(!badClientBearer.err.contains(wrongSecret.toUtf8()));

        // Port 1 on loopback has no listener (it needs root): connection refused, a network
        // error (4). Create-label is never retried, and the timeout bounds a filtered port.
        const Run offline = cli({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1"),
                                 QStringLiteral("--timeout"), QStringLiteral("3"),
                                 QStringLiteral("labels"), QStringLiteral("create"),
                                 QStringLiteral("never"), QStringLiteral("--token"), Token},
                                {}, false);
        verifyFailure(offline, 4);
    }

    void timeout() {
        // Every answer of this simulator comes 3 s late; --timeout 0.3 must give up first.
        // Create-label is not retried, so one timeout ends the run.
        QProcess slow;
        const QString slowUrl =
            startSimulator(slow, {QStringLiteral("--faults"), QStringLiteral("latency=3000")});
        QVERIFY(!slowUrl.isEmpty());
        QElapsedTimer clock;
        clock.start();
        const Run run =
            cli({QStringLiteral("--base-url"), slowUrl, QStringLiteral("--timeout"),
                 QStringLiteral("0.3"), QStringLiteral("--token"), Token, QStringLiteral("labels"),
                 QStringLiteral("create"), QStringLiteral("late")},
                {}, false);
        const qint64 elapsed = clock.elapsed();
        stopSimulator(slow);
        verifyFailure(run, 4);
        QVERIFY2(run.err.contains("0.3"), run.err.constData());
        QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
    }

    void tokens() {
        const Run oauth = withClient({QStringLiteral("token")});
        verifySuccess(oauth);
        const QJsonObject token = oauth.object();
        QVERIFY(!token.value(QLatin1String("access_token")).toString().isEmpty());
        QVERIFY(token.value(QLatin1String("expires_in")).toInteger() > 0);
        QVERIFY(!token.value(QLatin1String("token_type")).toString().isEmpty());

        const Run display = cli({QStringLiteral("display-token"), QStringLiteral("--display-id"),
                                 QStringLiteral("dsp_lobby"), QStringLiteral("--client-id"),
                                 QStringLiteral("demo-display"), QStringLiteral("--client-secret"),
                                 QStringLiteral("demo-display-secret")});
        verifySuccess(display);
        QVERIFY(!display.object().value(QLatin1String("access_token")).toString().isEmpty());
        QVERIFY(display.object().value(QLatin1String("access_token")) !=
                token.value(QLatin1String("access_token")));
    }

    void spacesJsonAndCsvAgree() {
        const Run csv = withToken({QStringLiteral("spaces"), QStringLiteral("list"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        verifySuccess(csv);
        bool crlf = false;
        const QList<QStringList> rows = parseCsv(csv.out, &crlf);
        QVERIFY(crlf);
        QCOMPARE(rows.size(), m_spaces.size() + 1);
        const QStringList header = rows.first();
        QCOMPARE(
            header.mid(0, 5),
            (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("space_type"),
                         QStringLiteral("function"), QStringLiteral("capacity")}));
        // Null stays null (not dropped, not ""): the campus has no function.
        const QJsonObject campus = spaceWhere([](const QJsonObject &space) {
            return space.value(QLatin1String("space_type")).toString() == QLatin1String("campus");
        });
        QVERIFY(campus.contains(QLatin1String("function")));
        QVERIFY(campus.value(QLatin1String("function")).isNull());
        const qsizetype address = header.indexOf(QLatin1String("address"));
        const qsizetype children = header.indexOf(QLatin1String("children_ids"));
        QVERIFY(address > 0 && children > 0);
        for (qsizetype i = 0; i < m_spaces.size(); ++i) {
            const QJsonObject space = m_spaces.at(i).toObject();
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row.at(0), space.value(QLatin1String("id")).toString());
            QCOMPARE(row.at(1), space.value(QLatin1String("name")).toString());
            QCOMPARE(row.at(4), cellOf(space.value(QLatin1String("capacity"))));
            QCOMPARE(row.at(address), space.value(QLatin1String("address")).toString());
            QStringList ids;
            for (const QJsonValue &child : space.value(QLatin1String("children_ids")).toArray())
                ids.append(child.toString());
            QCOMPARE(row.at(children), ids.join(QLatin1Char(';')));
        }
    }

    void updateSpace() {
        const QJsonObject target = spaceWhere([](const QJsonObject &space) {
            return space.value(QLatin1String("space_type")).toString() == QLatin1String("space");
        });
        QVERIFY(!target.isEmpty());
        const QString id = target.value(QLatin1String("id")).toString();
        const QString name = QStringLiteral("Room, \"Quoted\"\nsecond line");
        const Run updated = withToken({QStringLiteral("spaces"), QStringLiteral("update"), id,
                                       QStringLiteral("--name"), name, QStringLiteral("--capacity"),
                                       QStringLiteral("12")});
        verifySuccess(updated);
        QCOMPARE(updated.object().value(QLatin1String("id")).toString(), id);
        QCOMPARE(updated.object().value(QLatin1String("name")).toString(), name);
        QCOMPARE(updated.object().value(QLatin1String("capacity")).toInt(), 12);
        // Fields not given are not sent, so they keep their value.
        QCOMPARE(updated.object().value(QLatin1String("time_zone")),
                 target.value(QLatin1String("time_zone")));

        // The change is visible to the next process, and survives a CSV round trip.
        const Run csv = withToken({QStringLiteral("spaces"), QStringLiteral("list"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        verifySuccess(csv);
        bool crlf = false;
        bool found = false;
        for (const QStringList &row : parseCsv(csv.out, &crlf)) {
            if (row.first() == id) {
                found = true;
                QCOMPARE(row.at(1), name);
                QCOMPARE(row.at(4), QStringLiteral("12"));
            }
        }
        QVERIFY(found);
        QVERIFY(crlf);
    }

    void labelsAndGroups() {
        const Run created = withToken(
            {QStringLiteral("labels"), QStringLiteral("create"), QStringLiteral("cli-label")});
        verifySuccess(created);
        const QString labelId = created.object().value(QLatin1String("id")).toString();
        QVERIFY(!labelId.isEmpty());
        QCOMPARE(created.object().value(QLatin1String("name")).toString(),
                 QStringLiteral("cli-label"));

        const Run group = withToken({QStringLiteral("label-groups"), QStringLiteral("create"),
                                     QStringLiteral("cli-group")});
        verifySuccess(group);
        const QString groupId = group.object().value(QLatin1String("id")).toString();
        QVERIFY(!groupId.isEmpty());

        const Run renamedGroup =
            withToken({QStringLiteral("label-groups"), QStringLiteral("update"), groupId,
                       QStringLiteral("--name"), QStringLiteral("cli-group-2")});
        verifySuccess(renamedGroup);
        QCOMPARE(renamedGroup.object().value(QLatin1String("name")).toString(),
                 QStringLiteral("cli-group-2"));

        const Run moved = withToken({QStringLiteral("labels"), QStringLiteral("update"), labelId,
                                     QStringLiteral("--name"), QStringLiteral("cli-label-2"),
                                     QStringLiteral("--group"), groupId});
        verifySuccess(moved);
        QCOMPARE(moved.object().value(QLatin1String("name")).toString(),
                 QStringLiteral("cli-label-2"));
        QCOMPARE(moved.object()
                     .value(QLatin1String("group"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 groupId);

        const Run list = withToken({QStringLiteral("labels"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        verifySuccess(list);
        bool crlf = false;
        const QList<QStringList> rows = parseCsv(list.out, &crlf);
        QCOMPARE(
            rows.first(),
            (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("group_id"),
                         QStringLiteral("group_name"), QStringLiteral("space_ids")}));
        bool found = false;
        for (const QStringList &row : rows)
            found = found || (row.at(0) == labelId && row.at(1) == QLatin1String("cli-label-2") &&
                              row.at(2) == groupId);
        QVERIFY(found);

        const Run groups = withToken({QStringLiteral("label-groups"), QStringLiteral("list")});
        verifySuccess(groups);
        found = false;
        for (const QJsonValue &value : groups.array())
            found = found || value.toObject().value(QLatin1String("id")).toString() == groupId;
        QVERIFY(found);

        // Attach, then create-and-attach and detach in one call.
        const QString spaceId = m_spaces.first().toObject().value(QLatin1String("id")).toString();
        const auto labelIds = [](const Run &run) {
            QStringList ids;
            for (const QJsonValue &value : run.array())
                ids.append(value.toObject().value(QLatin1String("id")).toString());
            return ids;
        };
        const Run attached = withToken({QStringLiteral("spaces"), QStringLiteral("labels"), spaceId,
                                        QStringLiteral("--add"), labelId});
        verifySuccess(attached);
        QVERIFY(labelIds(attached).contains(labelId));
        const Run swapped = withToken({QStringLiteral("spaces"), QStringLiteral("labels"), spaceId,
                                       QStringLiteral("--create"), QStringLiteral("cli-fresh"),
                                       QStringLiteral("--delete"), labelId});
        verifySuccess(swapped);
        QVERIFY(!labelIds(swapped).contains(labelId));
        bool fresh = false;
        for (const QJsonValue &value : swapped.array())
            fresh = fresh || value.toObject().value(QLatin1String("name")).toString() ==
                                 QLatin1String("cli-fresh");
        QVERIFY(fresh);
    }

    void doorwaysAndSensors() {
        const Run doorways = withToken({QStringLiteral("doorways"), QStringLiteral("list")});
        verifySuccess(doorways);
        QVERIFY(doorways.json().isArray());

        const Run sensors = withToken({QStringLiteral("sensors"), QStringLiteral("list")});
        verifySuccess(sensors);
        QVERIFY(!sensors.array().isEmpty());
        const QString serial =
            sensors.array().first().toObject().value(QLatin1String("serial_number")).toString();
        QVERIFY(!serial.isEmpty());

        const Run one = withToken({QStringLiteral("sensors"), QStringLiteral("list"),
                                   QStringLiteral("--serials"), serial, QStringLiteral("--format"),
                                   QStringLiteral("csv")});
        verifySuccess(one);
        bool crlf = false;
        const QList<QStringList> rows = parseCsv(one.out, &crlf);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().first(), QStringLiteral("serial_number"));
        QCOMPARE(rows.at(1).first(), serial);

        const Run health = withToken({QStringLiteral("sensors"), QStringLiteral("health"),
                                      QStringLiteral("--serials"), serial});
        verifySuccess(health);
        QCOMPARE(health.array().size(), 1);
        QCOMPARE(health.array().first().toObject().value(QLatin1String("serial_number")).toString(),
                 serial);
        QVERIFY(!health.array()
                     .first()
                     .toObject()
                     .value(QLatin1String("health_status"))
                     .toString()
                     .isEmpty());

        // 12 days: more than one 10-day window, stitched into one answer.
        const Run history = withToken(
            {QStringLiteral("sensors"), QStringLiteral("history"), QStringLiteral("--from"),
             QStringLiteral("2026-11-01T00:00:00Z"), QStringLiteral("--to"),
             QStringLiteral("2026-11-12T23:59:59Z"), QStringLiteral("--serials"), serial});
        verifySuccess(history);
        QVERIFY(history.json().isObject());
        const QStringList serials = history.object().keys();
        QVERIFY(serials.size() <= 1);
        for (const QString &key : serials)
            QCOMPARE(key, serial);
    }

    void users() {
        const Run created = withClient(
            {QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--email"),
             QStringLiteral("cli@example.com"), QStringLiteral("--full-name"),
             QStringLiteral("Cli User"), QStringLiteral("--role"), QStringLiteral("owner"),
             QStringLiteral("--spaces"),
             m_spaces.first().toObject().value(QLatin1String("id")).toString()});
        verifySuccess(created);
        const QString id = created.object().value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());

        const Run fetched = withClient({QStringLiteral("users"), QStringLiteral("get"), id});
        verifySuccess(fetched);
        QCOMPARE(fetched.object().value(QLatin1String("email")).toString(),
                 QStringLiteral("cli@example.com"));

        // Only the role is given: name and spaces must survive the full-replacement update.
        const QString otherRole = QStringLiteral("admin");
        const Run updated = withClient({QStringLiteral("users"), QStringLiteral("update"), id,
                                        QStringLiteral("--role"), otherRole});
        verifySuccess(updated);
        QCOMPARE(updated.object().value(QLatin1String("role")).toString(), otherRole);
        QCOMPARE(updated.object().value(QLatin1String("full_name")).toString(),
                 QStringLiteral("Cli User"));
        QCOMPARE(updated.object().value(QLatin1String("spaces")).toArray().size(), 1);

        const Run list = withClient({QStringLiteral("users"), QStringLiteral("list"),
                                     QStringLiteral("--format"), QStringLiteral("csv")});
        verifySuccess(list);
        QVERIFY(list.out.startsWith("id,email,full_name,role,space_ids,created_at\r\n"));
        QVERIFY(list.out.contains(id.toUtf8() + ",cli@example.com,Cli User,admin,"));

        const Run deleted = withClient({QStringLiteral("users"), QStringLiteral("delete"), id});
        verifySuccess(deleted);
        QVERIFY(deleted.object().contains(QLatin1String("code")));
        verifyFailure(withClient({QStringLiteral("users"), QStringLiteral("get"), id}), 3);
    }

    void historicalMetrics() {
        const QJsonObject target = spaceWhere([](const QJsonObject &space) {
            return space.value(QLatin1String("space_type")).toString() == QLatin1String("space") &&
                   space.value(QLatin1String("counting_mode")).toString() == QLatin1String("oa");
        });
        QVERIFY(!target.isEmpty());
        const QString id = target.value(QLatin1String("id")).toString();
        const QStringList query{QStringLiteral("--from"),       DayStart,
                                QStringLiteral("--to"),         DayEnd,
                                QStringLiteral("--spaces"),     id,
                                QStringLiteral("--resolution"), QStringLiteral("hour")};

        const Run json = withToken(QStringList{QStringLiteral("occupancy")} + query);
        verifySuccess(json);
        const QJsonObject buckets = json.object().value(id).toObject();
        QCOMPARE(buckets.size(), 24);
        // An OA space has no cap: the field is present and null, as the API sent it.
        const QJsonObject firstBucket = buckets.begin().value().toObject();
        QVERIFY(firstBucket.contains(QLatin1String("capped_count_limit")));
        QVERIFY(firstBucket.value(QLatin1String("capped_count_limit")).isNull());
        const Run csv = withToken(QStringList{QStringLiteral("occupancy"),
                                              QStringLiteral("--format"), QStringLiteral("csv")} +
                                  query);
        verifySuccess(csv);
        bool crlf = false;
        const QList<QStringList> rows = parseCsv(csv.out, &crlf);
        QVERIFY(crlf);
        const QStringList header = rows.first();
        QCOMPARE(header.mid(0, 2),
                 (QStringList{QStringLiteral("space_id"), QStringLiteral("bucket")}));
        const qsizetype maxColumn = header.indexOf(QLatin1String("occupancy_max"));
        QVERIFY(maxColumn > 1);
        int ownRows = 0;
        for (const QStringList &row : rows.mid(1)) {
            if (row.at(0) != id)
                continue;
            ++ownRows;
            QVERIFY2(buckets.contains(row.at(1)), qPrintable(row.at(1)));
            QCOMPARE(row.at(maxColumn), cellOf(buckets.value(row.at(1)).toObject().value(
                                            QLatin1String("occupancy_max"))));
        }
        QCOMPARE(ownRows, 24);

        // Same query, same answer: the simulator is seeded and the CLI adds nothing random.
        QCOMPARE(withToken(QStringList{QStringLiteral("occupancy")} + query).out, json.out);

        const Run timeUsed =
            withToken(QStringList{QStringLiteral("time-used"), QStringLiteral("--format"),
                                  QStringLiteral("csv")} +
                      query);
        verifySuccess(timeUsed);
        QVERIFY(timeUsed.out.contains("time_used_raw"));
        QVERIFY2(!timeUsed.out.contains("e+"), "milliseconds must not be written with an exponent");

        const Run utilization = withToken(QStringList{QStringLiteral("utilization")} + query);
        verifySuccess(utilization);
        QCOMPARE(utilization.object().value(id).toObject().size(), 24);

        const Run metrics = withToken(
            {QStringLiteral("metrics"), QStringLiteral("--from"), DayStart, QStringLiteral("--to"),
             DayEnd, QStringLiteral("--spaces"), id, QStringLiteral("--resolution"),
             QStringLiteral("day"), QStringLiteral("--days"), QStringLiteral("1,2,3,4,5"),
             QStringLiteral("--hours"), QStringLiteral("8-18")});
        verifySuccess(metrics);
        const QJsonObject day = metrics.object().value(id).toObject();
        QCOMPARE(day.size(), 1);
        const QJsonObject bucket = day.begin().value().toObject();
        QVERIFY(bucket.contains(QLatin1String("occupancy_avg")));
        QVERIFY(bucket.contains(QLatin1String("time_used_raw")));
    }

    void sessionsAndDataStatus() {
        const Run sessions =
            withToken({QStringLiteral("sessions"), QStringLiteral("--from"),
                       QStringLiteral("2026-11-16T00:00:00"), QStringLiteral("--to"),
                       QStringLiteral("2026-11-16T23:59:59"), QStringLiteral("--format"),
                       QStringLiteral("csv")});
        verifySuccess(sessions);
        QVERIFY(sessions.out.startsWith("space_id,start_time,end_time,session_type\r\n"));

        const Run status =
            withToken({QStringLiteral("data-status"), QStringLiteral("--from"),
                       QStringLiteral("2026-11-01T00:00:00Z"), QStringLiteral("--to"),
                       QStringLiteral("2026-11-14T23:59:59Z")});
        verifySuccess(status);
        const QJsonArray windows = status.array();
        QCOMPARE(windows.size(), 2); // 14 days in windows of at most 10
        QCOMPARE(windows.first().toObject().value(QLatin1String("start_date")).toString(),
                 QStringLiteral("2026-11-01T00:00:00Z"));
        QCOMPARE(windows.last().toObject().value(QLatin1String("end_date")).toString(),
                 QStringLiteral("2026-11-14T23:59:59Z"));
        QVERIFY(windows.first().toObject().value(QLatin1String("completion")).isObject());
    }

    void liveReads() {
        const QJsonObject target = spaceWhere([](const QJsonObject &space) {
            return space.value(QLatin1String("space_type")).toString() == QLatin1String("space") &&
                   space.value(QLatin1String("counting_mode")).toString() == QLatin1String("oa");
        });
        const QString id = target.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());

        const Run current =
            withToken({QStringLiteral("current-occupancy"), QStringLiteral("--spaces"), id});
        verifySuccess(current);
        QVERIFY(current.object().value(id).toObject().contains(QLatin1String("count")));
        const Run currentCsv =
            withToken({QStringLiteral("current-occupancy"), QStringLiteral("--spaces"), id,
                       QStringLiteral("--format"), QStringLiteral("csv")});
        verifySuccess(currentCsv);
        QVERIFY(currentCsv.out.startsWith("space_id,count,space_health_status,"));
        QVERIFY(currentCsv.out.contains("\r\n" + id.toUtf8() + ","));

        const Run presence = withToken({QStringLiteral("presence")});
        QCOMPARE(presence.exitCode, 0);
        QVERIFY(presence.json().isObject());
        QCOMPARE(presence.errLines().size(), 1);
        QVERIFY(presence.err.contains("deprecated"));

        const Run health =
            withToken({QStringLiteral("presence-health"), QStringLiteral("--spaces"), id});
        verifySuccess(health);
        QVERIFY(health.json().isObject());

        const Run shortTerm = withToken(
            {QStringLiteral("short-term"), QStringLiteral("--minutes"), QStringLiteral("10")});
        verifySuccess(shortTerm);
        QVERIFY(shortTerm.json().isObject());

        const QJsonObject floor = spaceWhere([](const QJsonObject &space) {
            return space.value(QLatin1String("space_type")).toString() == QLatin1String("floor");
        });
        QVERIFY(!floor.isEmpty());
        const Run floorUrl = withToken({QStringLiteral("stream-url"), QStringLiteral("floor"),
                                        floor.value(QLatin1String("id")).toString()});
        verifySuccess(floorUrl);
        QVERIFY(floorUrl.object()
                    .value(QLatin1String("ws_url"))
                    .toString()
                    .startsWith(QLatin1String("ws")));
        const Run spaceUrl = withToken({QStringLiteral("stream-url"), QStringLiteral("space"), id,
                                        QStringLiteral("--format"), QStringLiteral("csv")});
        verifySuccess(spaceUrl);
        QVERIFY(spaceUrl.out.startsWith("ws_url\r\nws"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
