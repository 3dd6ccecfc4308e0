// density-sim: the Density API v3 simulator as a standalone server (thin: parse, start, run).

#include "sim/simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using Density::Sim::FaultOptions;
using Density::Sim::SimOptions;
using Density::Sim::SimServer;

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

//! SIGTERM / SIGINT -> QCoreApplication::quit() via a self-pipe (async-signal-safe).
void installQuitOnSignal(QCoreApplication &app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app]() { app.quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}
#else
void installQuitOnSignal(QCoreApplication &) {}
#endif

[[noreturn]] void fail(const QString &message) {
    QTextStream(stderr) << "density-sim: " << message << Qt::endl;
    std::exit(2);
}

double positiveDouble(const QCommandLineParser &parser, const QString &name, double fallback,
                      bool allowZero) {
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || (!allowZero && value == 0))
        fail(u"--%1 needs a %2 number"_s.arg(name, allowZero ? u"non-negative"_s : u"positive"_s));
    return value;
}

int positiveInt(const QCommandLineParser &parser, const QString &name, int fallback) {
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0)
        fail(u"--%1 needs a non-negative integer"_s.arg(name));
    return value;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"density-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DENSITY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulated Density API v3 server for development, demos and tests."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"listen"_s, u"Address to listen on; port 0 picks a free port."_s, u"HOST:PORT"_s,
         u"127.0.0.1:8080"_s},
        {u"seed"_s, u"Seed of the generated organization."_s, u"N"_s, u"1"_s},
        {u"spaces"_s, u"Number of spaces (up to 50,000)."_s, u"N"_s},
        {u"buildings"_s, u"Number of buildings."_s, u"N"_s},
        {u"floors"_s, u"Floors per building."_s, u"N"_s},
        {u"faults"_s,
         u"Fault injection, comma-separated KEY=VALUE: latency=MS (every response), errors=RATE "
         "(500/502/503), malformed=RATE (broken 2xx bodies), storm429=SECONDS (every request "
         "429), ws-drop=SECONDS (abort each stream socket SECONDS after it opened), "
         "ws-silent=SECONDS (a stream stops sending, pongs included, SECONDS after it opened; "
         "the socket stays open), ws-malformed=RATE (share of stream frames sent malformed), "
         "ws-refuse=SECONDS (brokers answer 503 + Retry-After for SECONDS from start), "
         "ghost-time (Waffle spaces' metrics report a few minutes of time used at night with no "
         "raw session behind them). RATE is 0..1. Example: latency=200,errors=0.1,ws-drop=30"_s,
         u"SPEC"_s},
        {u"access-log"_s, u"Append one line per request to FILE."_s, u"FILE"_s},
        {u"now"_s,
         u"Fixed simulated now (ISO-8601, UTC) for REST; WebSocket streams start there and "
         "advance in real time. Default: the wall clock."_s,
         u"ISO"_s},
        {u"bare-live-responses"_s,
         u"Answer current occupancy / presence-health with a bare map."_s},
        {u"include-parent-rows"_s, u"Analytics for a parent id include the parent's own row."_s},
        {u"no-rate-limit"_s, u"Disable the 15 req/s, burst 100 limiter."_s},
        {u"refresh-interval"_s,
         u"Seconds between WebSocket \"refresh\" snapshots (default 60; fractions allowed)."_s,
         u"S"_s},
        {u"live-rate"_s,
         u"Live changes per second on a floor-sized WebSocket stream (default 0.2; 0 leaves only "
         "the minute-scale day patterns)."_s,
         u"R"_s},
        {u"doorway-events"_s,
         u"Serve the proposed Doorway Events WebSocket (POST "
         "/v3/analytics/ws/doorway/{id}/events); without it that broker answers 404."_s},
    });
    parser.process(app);

    SimOptions options;
    bool ok = false;
    options.seed = parser.value(u"seed"_s).toUInt(&ok);
    if (!ok)
        fail(u"--seed needs a non-negative integer"_s);
    options.spaces = positiveInt(parser, u"spaces"_s, options.spaces);
    if (options.spaces > 50000)
        fail(u"--spaces is limited to 50000"_s);
    options.buildings = std::max(1, positiveInt(parser, u"buildings"_s, options.buildings));
    options.floorsPerBuilding =
        std::max(1, positiveInt(parser, u"floors"_s, options.floorsPerBuilding));
    if (parser.isSet(u"faults"_s)) {
        QString error;
        const auto faults = FaultOptions::parse(parser.value(u"faults"_s), &error);
        if (!faults)
            fail(error);
        options.faults = *faults;
    }
    options.accessLogPath = parser.value(u"access-log"_s);
    if (parser.isSet(u"now"_s)) {
        QDateTime now = QDateTime::fromString(parser.value(u"now"_s), Qt::ISODate);
        if (!now.isValid())
            fail(u"--now needs an ISO-8601 date-time such as 2026-11-25T15:00:00Z"_s);
        options.now = now.toUTC();
        options.followWallClock = false;
    } else {
        options.followWallClock = true;
    }
    options.wrapLiveResponses = !parser.isSet(u"bare-live-responses"_s);
    options.includeParentRows = parser.isSet(u"include-parent-rows"_s);
    options.rateLimitEnabled = !parser.isSet(u"no-rate-limit"_s);
    options.refreshIntervalSeconds =
        positiveDouble(parser, u"refresh-interval"_s, options.refreshIntervalSeconds, false);
    options.liveRate = positiveDouble(parser, u"live-rate"_s, options.liveRate, true);
    options.doorwayEventsEnabled = parser.isSet(u"doorway-events"_s);

    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    const QString host = colon > 0 ? listen.left(colon) : listen;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&ok) : 8080;
    const QHostAddress address(host == "localhost"_L1 ? u"127.0.0.1"_s : host);
    if (colon <= 0 || !ok || port > 65535 || address.isNull())
        fail(u"--listen needs HOST:PORT, e.g. 127.0.0.1:8080"_s);

    SimServer server(options);
    const quint16 actual = server.listen(address, quint16(port));
    if (actual == 0)
        fail(u"cannot listen on %1"_s.arg(listen));
    const QString hostText = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? u"[%1]"_s.arg(address.toString())
                                 : address.toString();
    std::fprintf(stdout, "listening on http://%s:%u\n", qPrintable(hostText), unsigned(actual));
    std::fflush(stdout);

    installQuitOnSignal(app);
    return app.exec();
}
