// Time-compressed soak of the kiosk's data pipeline: three KioskFloorModels on one DensityClient
// signed in with display credentials, against the in-process simulator on 127.0.0.1, for hours
// of *simulated* traffic (stream drops, token renewals, a simulator restart on the same port),
// sampling memory, descriptors, sockets and the server's live connections. Built, not run by
// ctest (see docs/kiosk.md, "Kiosk soak"):
//
//   build/tests/benchmarks/bench_kiosksoak [--hours 2] [--compression 600] [--help]
//
// Exit code 0: flat; 1: memory grew or sockets / connections drifted upward, or a floor was not
// live at the end; 2: the run could not be set up.
#include "api/densityclient.h"
#include "auth/renewingtokenprovider.h"
#include "live/livefeed.h"
#include "model/space.h"
#include "models/kioskfloormodel.h"
#include "sim/simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <optional>
#include <tuple>
#include <unistd.h>
#include <vector>

using namespace Density;

// Qt's hook table for tools (QtCore/private/qhooks_p.h, as GammaRay uses it): callbacks on every
// QObject construction and destruction. Declared here because Debian ships the private headers
// separately; the layout is versioned (index 0) and has been stable since Qt 5.4.
extern quintptr Q_DECL_IMPORT qtHookData[];

namespace {

enum HookIndex { HookDataVersion = 0, QtVersion = 2, AddQObject = 3, RemoveQObject = 4 };
using ObjectHook = void (*)(QObject *);
std::atomic<qint64> g_liveObjects{0};
bool g_countingObjects = false;
ObjectHook g_previousAdd = nullptr;
ObjectHook g_previousRemove = nullptr;

void objectAdded(QObject *object) {
    ++g_liveObjects;
    if (g_previousAdd)
        g_previousAdd(object);
}

void objectRemoved(QObject *object) {
    --g_liveObjects;
    if (g_previousRemove)
        g_previousRemove(object);
}

//! Counts live QObjects in the whole process (client and simulator) from now on.
bool installObjectCounter() {
    if (qtHookData[HookDataVersion] < 1 || (qtHookData[QtVersion] >> 16) != QT_VERSION_MAJOR)
        return false;
    g_previousAdd = reinterpret_cast<ObjectHook>(qtHookData[AddQObject]);
    g_previousRemove = reinterpret_cast<ObjectHook>(qtHookData[RemoveQObject]);
    qtHookData[AddQObject] = reinterpret_cast<quintptr>(&objectAdded);
    qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(&objectRemoved);
    return true;
}

//! What one real minute of a kiosk is, in this run: the server's refresh period (REFERENCE §8.2:
//! once a minute) is what the compression factor divides.
constexpr double RealRefreshSeconds = 60;

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

//! Resident set size in kB (VmRSS of /proc/self/status), -1 if unreadable.
qint64 residentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

//! Open descriptors of this process, and how many of them are sockets.
std::pair<int, int> descriptors() {
    const QString dir = QStringLiteral("/proc/self/fd");
    const QStringList entries =
        QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System | QDir::Hidden);
    int sockets = 0;
    for (const QString &entry : entries) {
        const QByteArray path = QFile::encodeName(dir + QLatin1Char('/') + entry);
        char target[256] = {};
        const ssize_t n = ::readlink(path.constData(), target, sizeof(target) - 1);
        if (n > 0 && QByteArray(target, int(n)).startsWith("socket:"))
            ++sockets;
    }
    // entryList itself held one descriptor open while listing; it is closed again now.
    return {int(entries.size()) - 1, sockets};
}

template <typename T>
double median(std::vector<T> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? double(values[mid]) : (double(values[mid - 1]) + values[mid]) / 2;
}

struct Settings {
    double hours = 2;
    double compression = 600;
    int floors = 3;
    double sampleMinutes = 5;
    double warmupMinutes = 20;
    int tokenSeconds = 3;
    double liveRate = 10;
    double dropAfterMinutes = 10;
    double serverDropMinutes = 25;
    int restarts = 1;
    double downtimeMinutes = 1;
    double maxGrowth = 0.10;
    int maxTableRows = 72;
    bool verbose = false;

    //! Simulated minutes to real milliseconds.
    int realMs(double simulatedMinutes) const {
        return int(std::lround(simulatedMinutes * 60000.0 / compression));
    }
};

struct Sample {
    double simMinutes = 0;
    double realSeconds = 0;
    qint64 rssKb = 0;
    int fds = 0;
    int sockets = 0;
    int liveConnections = 0;
    int accepted = 0;
    qint64 objects = 0;
    int stale = 0;
    qint64 frames = 0;
    qint64 changes = 0;
    int reconnects = 0;
    int restarts = 0;
    int tokenFetches = 0;
    int unauthorized = 0;
    int liveFloors = 0;
};

//! Follows one floor model's feed across pipeline rebuilds to count frames and reconnects.
struct FloorProbe {
    std::unique_ptr<KioskFloorModel> model;
    QPointer<LiveFeed> hooked;
    qint64 frames = 0;
    qint64 changes = 0;
    int reconnects = 0;
    int stale = 0;
};

class SoakRun : public QObject {
public:
    explicit SoakRun(const Settings &settings)
        : m_settings(settings) {}

    ~SoakRun() override {
        // Models talk to the client, the client to the server: tear down in that order.
        m_floors.clear();
        m_client.setTokenProvider(nullptr);
        m_display.reset();
        m_server.reset();
    }

    bool setUp();
    void run();
    int report();

private:
    void hook(FloorProbe &floor);
    void sample();
    void restartServer();
    void bringServerBack();
    bool startServer(quint16 port);
    int liveFloors() const;

    Settings m_settings;
    Sim::SimOptions m_options;
    std::unique_ptr<Sim::SimServer> m_server;
    quint16 m_port = 0;
    int m_acceptedBefore = 0; //!< streams accepted by earlier simulator instances
    int m_serverRestarts = 0;
    DensityClient m_client;
    std::unique_ptr<DisplayTokenProvider> m_display;
    int m_unauthorized = 0;
    QTemporaryDir m_cacheDir;
    std::vector<std::unique_ptr<FloorProbe>> m_floors;
    QElapsedTimer m_clock;
    std::vector<Sample> m_samples;
    qint64 m_endMs = 0;
    int m_busiestLoaded = 0;
    qint64 m_settledMs = -1; //!< when every floor had its busiest hours (the heavy start-up load)
    qint64 m_finalRecoveryMs = -1;
};

bool SoakRun::startServer(quint16 port) {
    m_server = std::make_unique<Sim::SimServer>(m_options);
    for (int attempt = 0; attempt < 50; ++attempt) {
        const quint16 got = m_server->listen(QHostAddress::LocalHost, port);
        if (got != 0) {
            m_port = got;
            return true;
        }
        QThread::msleep(20); // only while a port is being reused right after a restart
    }
    return false;
}

bool SoakRun::setUp() {
    const Settings &s = m_settings;
    m_options.refreshIntervalSeconds = RealRefreshSeconds / s.compression;
    m_options.liveRate = s.liveRate;
    m_options.oauthTokenLifetimeSeconds = s.tokenSeconds; // display tokens too
    m_options.faults.wsDropAfter = s.realMs(s.dropAfterMinutes) / 1000.0;
    // Compressed time multiplies the request rate of a real screen; the server's quota is not
    // what this run measures (the client's own limiter stays as configured).
    m_options.rateLimitEnabled = false;
    if (!startServer(0)) {
        qCritical("simulator did not start");
        return false;
    }
    if (!m_client.setBaseUrl(m_server->baseUrl()).isEmpty()) {
        qCritical("loopback base URL refused");
        return false;
    }
    m_client.setRetryPolicy(
        RetryPolicy{4, std::max(10, s.realMs(400.0 / 60000)), std::max(50, s.realMs(10.0 / 60))});
    m_display = std::make_unique<DisplayTokenProvider>(&m_client, m_options.displayClientId,
                                                       m_options.displayClientSecret,
                                                       QStringLiteral("soak-display"));
    m_client.setTokenProvider(m_display.get());
    connect(&m_client, &DensityClient::responseReceived, this,
            [this](Endpoint, int status) { m_unauthorized += status == 401 ? 1 : 0; });

    // Floors with spaces, as a kiosk would be configured (read with the display token).
    std::optional<Result<QList<Space>>> spaces;
    m_client.spaces(this, [&spaces](const Result<QList<Space>> &result) { spaces = result; });
    QElapsedTimer wait;
    wait.start();
    while (!spaces && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!spaces || !spaces->ok()) {
        qCritical("space list not loaded: %s",
                  qPrintable(spaces ? spaces->error().message() : QStringLiteral("timeout")));
        return false;
    }
    QStringList floorIds;
    for (const Space &space : spaces->value()) {
        if (space.spaceType == QLatin1String("floor") && !space.childrenIds.isEmpty() &&
            floorIds.size() < s.floors)
            floorIds.append(space.id);
    }
    if (floorIds.size() < s.floors || !m_cacheDir.isValid()) {
        qCritical("not enough floors (%d) or no temporary directory", int(floorIds.size()));
        return false;
    }

    LiveFeed::Timing timing;
    timing.refreshIntervalMs = s.realMs(1);
    timing.reconnectBaseMs = std::max(10, s.realMs(1.0 / 60));
    timing.reconnectMaxMs = std::max(50, s.realMs(1));
    for (const QString &id : std::as_const(floorIds)) {
        auto floor = std::make_unique<FloorProbe>();
        floor->model = std::make_unique<KioskFloorModel>(&m_client, id);
        floor->model->setFeedTiming(timing);
        floor->model->setCachePath(m_cacheDir.filePath(id + QStringLiteral(".json")));
        floor->model->setCacheThrottleMs(50);
        floor->model->setFailedRetry(std::max(10, s.realMs(5.0 / 60)), std::max(50, s.realMs(5)));
        floor->model->watchdog()->setSilenceMs(std::max(100, s.realMs(5)));
        floor->model->watchdog()->setCheckIntervalMs(std::max(10, s.realMs(10.0 / 60)));
        FloorProbe *probe = floor.get();
        // restartPipeline() replaces the feed and emits changed() before returning to the event
        // loop, so hooking the new feed here misses none of its frames.
        connect(floor->model.get(), &KioskFloorModel::changed, this,
                [this, probe] { hook(*probe); });
        connect(floor->model.get(), &KioskFloorModel::busiestHoursChanged, this, [this] {
            if (++m_busiestLoaded == int(m_floors.size()))
                m_settledMs = m_clock.elapsed();
        });
        m_floors.push_back(std::move(floor));
    }
    return true;
}

void SoakRun::hook(FloorProbe &floor) {
    LiveFeed *feed = floor.model->feed();
    if (!feed || feed == floor.hooked)
        return;
    floor.hooked = feed;
    connect(feed, &LiveFeed::frameApplied, this,
            [&floor](LiveFrame::Type, const QStringList &changedSpaceIds) {
                ++floor.frames;
                floor.changes += changedSpaceIds.size();
            });
    connect(feed, &LiveFeed::stateChanged, this, [&floor](LiveFeed::State state) {
        floor.reconnects += state == LiveFeed::State::Reconnecting ? 1 : 0;
        floor.stale += state == LiveFeed::State::Stale ? 1 : 0;
    });
}

int SoakRun::liveFloors() const {
    int live = 0;
    for (const auto &floor : m_floors)
        live += floor->model->feedState() == LiveFeed::State::Live && !floor->model->isOffline();
    return live;
}

void SoakRun::sample() {
    Sample row;
    const qint64 ms = m_clock.elapsed();
    row.realSeconds = ms / 1000.0;
    row.simMinutes = ms * m_settings.compression / 60000.0;
    row.rssKb = residentKb();
    std::tie(row.fds, row.sockets) = descriptors();
    row.liveConnections = m_server ? m_server->liveConnectionCount() : 0;
    row.accepted = m_acceptedBefore + (m_server ? m_server->liveConnectionsAccepted() : 0);
    row.objects = g_countingObjects ? qint64(g_liveObjects) : -1;
    for (const auto &floor : m_floors) {
        row.frames += floor->frames;
        row.changes += floor->changes;
        row.reconnects += floor->reconnects;
        row.stale += floor->stale;
        row.restarts += floor->model->restarts();
    }
    row.tokenFetches = m_display->fetchCount();
    row.unauthorized = m_unauthorized;
    row.liveFloors = liveFloors();
    m_samples.push_back(row);
    if (m_settings.verbose) {
        out() << QStringLiteral("sample %1 min rss %2 kB sockets %3 live %4")
                     .arg(row.simMinutes, 0, 'f', 0)
                     .arg(row.rssKb)
                     .arg(row.sockets)
                     .arg(row.liveConnections)
              << Qt::endl;
    }
}

void SoakRun::restartServer() {
    if (!m_server)
        return;
    ++m_serverRestarts;
    m_acceptedBefore += m_server->liveConnectionsAccepted();
    // The next instance's streams continue the simulated clock: a real server does not go back
    // in time, and the client rightly ignores readings older than what it showed.
    m_options.now = m_server->liveNow().addMSecs(m_settings.realMs(m_settings.downtimeMinutes));
    m_server.reset(); // the server goes away entirely
    QTimer::singleShot(m_settings.realMs(m_settings.downtimeMinutes), this,
                       [this] { bringServerBack(); });
}

void SoakRun::bringServerBack() {
    if (!startServer(m_port)) {
        qCritical("simulator did not come back on port %u", unsigned(m_port));
        QCoreApplication::exit(2);
    }
}

void SoakRun::run() {
    const Settings &s = m_settings;
    m_endMs = s.realMs(s.hours * 60);
    m_clock.start();
    for (const auto &floor : m_floors) {
        floor->model->start();
        hook(*floor);
    }

    QTimer sampler;
    sampler.setTimerType(Qt::PreciseTimer); // coarse timers may fire 5% early
    connect(&sampler, &QTimer::timeout, this, [this] { sample(); });
    sampler.start(std::max(1, s.realMs(s.sampleMinutes)));

    QTimer serverDrops; // server-side aborts on top of the per-stream wsDropAfter
    serverDrops.setTimerType(Qt::PreciseTimer);
    connect(&serverDrops, &QTimer::timeout, this, [this] {
        if (m_server)
            m_server->dropLiveConnections();
    });
    // Faults fall half a sample interval off the sampling grid, so no sample systematically
    // lands on the instant of a drop or a restart.
    const int phase = s.realMs(s.sampleMinutes) / 2;
    if (s.serverDropMinutes > 0) {
        QTimer::singleShot(phase, Qt::PreciseTimer, this,
                           [&] { serverDrops.start(std::max(1, s.realMs(s.serverDropMinutes))); });
    }

    for (int i = 1; i <= s.restarts; ++i) {
        const int at = int(m_endMs * i / (s.restarts + 1)) + phase;
        QTimer::singleShot(at, Qt::PreciseTimer, this, [this] { restartServer(); });
    }

    QTimer::singleShot(int(m_endMs), Qt::PreciseTimer, this, [&] {
        sampler.stop();
        serverDrops.stop();
        // The last sample, taken under the same faults as all others (unless the sampler just
        // took it).
        if (m_samples.empty() || m_clock.elapsed() - qint64(m_samples.back().realSeconds * 1000) >
                                     m_settings.realMs(m_settings.sampleMinutes) / 2)
            sample();
        // Then the faults stop and every floor must be (or become) live.
        if (m_server)
            m_server->setFaults({});
        QElapsedTimer recovery;
        recovery.start();
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll, recovery] {
            const bool allLive = liveFloors() == int(m_floors.size());
            if (allLive || recovery.elapsed() > 10000) {
                m_finalRecoveryMs = allLive ? recovery.elapsed() : -1;
                poll->stop();
                QCoreApplication::quit();
            }
        });
        poll->start(5);
    });
    QCoreApplication::exec();
}

int SoakRun::report() {
    const Settings &s = m_settings;
    // Warm-up: the given minutes, and at least until every floor's busiest hours were loaded
    // (a month of hourly buckets that the in-process simulator computes on this thread).
    const double settledMinutes =
        m_settledMs < 0 ? 0 : m_settledMs * s.compression / 60000.0 + s.sampleMinutes;
    const double warmupMinutes = std::max(s.warmupMinutes, settledMinutes);
    const int warmupSamples =
        int(std::count_if(m_samples.begin(), m_samples.end(),
                          [&](const Sample &row) { return row.simMinutes < warmupMinutes; }));
    const std::vector<Sample> kept(
        m_samples.begin() + std::min<size_t>(warmupSamples, m_samples.size()), m_samples.end());
    QTextStream &o = out();
    if (m_settledMs >= 0)
        o << QStringLiteral("\nBusiest hours of every floor loaded after %1 s real (%2 sim min)\n")
                 .arg(m_settledMs / 1000.0, 0, 'f', 1)
                 .arg(settledMinutes - s.sampleMinutes, 0, 'f', 0);
    else
        o << "\nThe busiest hours of some floor never loaded\n";
    o << QStringLiteral("Samples (every %1 simulated min; %2 warm-up samples, the first %3 sim "
                        "min, not shown)\n")
             .arg(s.sampleMinutes)
             .arg(warmupSamples)
             .arg(warmupMinutes, 0, 'f', 0);
    o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
             .arg(QStringLiteral("sim_min"), 8)
             .arg(QStringLiteral("real_s"), 8)
             .arg(QStringLiteral("rss_kB"), 8)
             .arg(QStringLiteral("fds"), 5)
             .arg(QStringLiteral("socks"), 5)
             .arg(QStringLiteral("srv_live"), 8)
             .arg(QStringLiteral("accepted"), 8)
             .arg(QStringLiteral("qobjects"), 8)
             .arg(QStringLiteral("frames"), 8)
      << QStringLiteral(" %1 %2 %3 %4 %5 %6\n")
             .arg(QStringLiteral("reconn"), 6)
             .arg(QStringLiteral("stale"), 5)
             .arg(QStringLiteral("rebuilds"), 8)
             .arg(QStringLiteral("tokens"), 6)
             .arg(QStringLiteral("401s"), 5)
             .arg(QStringLiteral("live"), 4);
    const size_t step =
        std::max<size_t>(1, (kept.size() + size_t(s.maxTableRows) - 1) / size_t(s.maxTableRows));
    for (size_t i = 0; i < kept.size(); ++i) {
        if (i % step != 0 && i + 1 != kept.size())
            continue;
        const Sample &r = kept[i];
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                 .arg(r.simMinutes, 8, 'f', 0)
                 .arg(r.realSeconds, 8, 'f', 1)
                 .arg(r.rssKb, 8)
                 .arg(r.fds, 5)
                 .arg(r.sockets, 5)
                 .arg(r.liveConnections, 8)
                 .arg(r.accepted, 8)
                 .arg(r.objects, 8)
                 .arg(r.frames, 8)
          << QStringLiteral(" %1 %2 %3 %4 %5 %6\n")
                 .arg(r.reconnects, 6)
                 .arg(r.stale, 5)
                 .arg(r.restarts, 8)
                 .arg(r.tokenFetches, 6)
                 .arg(r.unauthorized, 5)
                 .arg(QStringLiteral("%1/%2").arg(r.liveFloors).arg(m_floors.size()), 4);
    }
    if (step > 1)
        o << QStringLiteral("(one sample in %1 shown; the summary uses all %2)\n")
                 .arg(step)
                 .arg(kept.size());

    if (kept.size() < 8) {
        o << "\nToo few samples after warm-up for a verdict: run longer or sample more often.\n";
        return 2;
    }
    const size_t quarter = kept.size() / 4;
    auto column = [&](size_t from, size_t to, auto member) {
        std::vector<double> values;
        for (size_t i = from; i < to; ++i)
            values.push_back(double(kept[i].*member));
        return values;
    };
    auto spread = [&](auto member) {
        const auto values = column(0, kept.size(), member);
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        return std::make_pair(*lo, *hi);
    };
    const double rssFirst = median(column(0, quarter, &Sample::rssKb));
    const double rssLast = median(column(kept.size() - quarter, kept.size(), &Sample::rssKb));
    const double rssRatio = rssFirst > 0 ? rssLast / rssFirst : 0;
    const double sockFirst = median(column(0, quarter, &Sample::sockets));
    const double sockLast = median(column(kept.size() - quarter, kept.size(), &Sample::sockets));
    const double liveFirst = median(column(0, quarter, &Sample::liveConnections));
    const double liveLast =
        median(column(kept.size() - quarter, kept.size(), &Sample::liveConnections));
    const double objFirst = median(column(0, quarter, &Sample::objects));
    const double objLast = median(column(kept.size() - quarter, kept.size(), &Sample::objects));
    const auto [fdLo, fdHi] = spread(&Sample::fds);
    const auto [sockLo, sockHi] = spread(&Sample::sockets);
    const auto [liveLo, liveHi] = spread(&Sample::liveConnections);
    const Sample &last = m_samples.back();
    const Sample &firstKept = kept.front();
    int watchdogRestarts = 0;
    for (const auto &floor : m_floors)
        watchdogRestarts += floor->model->watchdog()->restarts();
    const bool allLive = m_finalRecoveryMs >= 0;

    o << "\nSummary (after warm-up; quarters of " << quarter << " samples)\n";
    o << QStringLiteral("  RSS median first quarter   %1 kB\n").arg(rssFirst, 0, 'f', 0);
    o << QStringLiteral("  RSS median last quarter    %1 kB\n").arg(rssLast, 0, 'f', 0);
    o << QStringLiteral("  RSS ratio last/first       %1 (limit %2)\n")
             .arg(rssRatio, 0, 'f', 3)
             .arg(1 + s.maxGrowth, 0, 'f', 2);
    // A slow leak per reconnect hides under a 10% limit in a short run: say what it would be.
    const double midFirst = median(column(0, quarter, &Sample::accepted));
    const double midLast = median(column(kept.size() - quarter, kept.size(), &Sample::accepted));
    o << QStringLiteral("  RSS change per stream      %1 bytes (%2 kB over %3 streams between the "
                        "quarters' medians)\n")
             .arg(midLast > midFirst ? (rssLast - rssFirst) * 1024 / (midLast - midFirst) : 0.0, 0,
                  'f', 0)
             .arg(rssLast - rssFirst, 0, 'f', 0)
             .arg(midLast - midFirst, 0, 'f', 0);
    o << QStringLiteral("  fds max-min                %1 (%2..%3)\n")
             .arg(fdHi - fdLo)
             .arg(fdLo)
             .arg(fdHi);
    o << QStringLiteral("  sockets max-min            %1 (%2..%3); medians first/last %4 / %5\n")
             .arg(sockHi - sockLo)
             .arg(sockLo)
             .arg(sockHi)
             .arg(sockFirst)
             .arg(sockLast);
    o << QStringLiteral("  server live conns max-min  %1 (%2..%3); medians first/last %4 / %5\n")
             .arg(liveHi - liveLo)
             .arg(liveLo)
             .arg(liveHi)
             .arg(liveFirst)
             .arg(liveLast);
    o << QStringLiteral(
             "  live QObjects medians      %1 / %2 (whole process, first/last quarter)\n")
             .arg(objFirst)
             .arg(objLast);
    o << QStringLiteral("  frames applied             %1 (%2 after warm-up); space changes %3\n")
             .arg(last.frames)
             .arg(last.frames - firstKept.frames)
             .arg(last.changes);
    o << QStringLiteral("  streams accepted (server)  %1; feed reconnects %2\n")
             .arg(last.accepted)
             .arg(last.reconnects);
    o << QStringLiteral("  feed went stale            %1 times\n").arg(last.stale);
    o << QStringLiteral("  token fetches              %1 (%2 renewals); 401 answers %3\n")
             .arg(last.tokenFetches)
             .arg(std::max(0, last.tokenFetches - 1))
             .arg(last.unauthorized);
    o << QStringLiteral("  pipeline rebuilds          %1 (watchdog %2); simulator restarts %3\n")
             .arg(last.restarts)
             .arg(watchdogRestarts)
             .arg(m_serverRestarts);
    o << QStringLiteral("  floors live at the end     %1/%2 under faults; %3\n")
             .arg(last.liveFloors)
             .arg(m_floors.size())
             .arg(allLive ? QStringLiteral("all live %1 ms after the faults stopped")
                                .arg(m_finalRecoveryMs)
                          : QStringLiteral("NOT all live 10 s after the faults stopped"));

    QStringList failures;
    if (rssRatio > 1 + s.maxGrowth)
        failures << QStringLiteral("memory grew");
    if (sockLast > sockFirst + 2)
        failures << QStringLiteral("sockets drifted upward");
    if (liveLast > liveFirst)
        failures << QStringLiteral("server live connections drifted upward");
    if (!allLive)
        failures << QStringLiteral("not every floor live at the end");
    if (m_serverRestarts < s.restarts)
        failures << QStringLiteral("simulator restarts missing");
    o << "\nVerdict: "
      << (failures.isEmpty() ? QStringLiteral("FLAT") : failures.join(QStringLiteral("; ")))
      << Qt::endl;
    return failures.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
    g_countingObjects = installObjectCounter(); // before the first QObject
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_kiosksoak"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Time-compressed soak of the kiosk data pipeline against the in-process simulator."));
    parser.addHelpOption();
    const Settings d;
    auto option = [&](const char *name, const char *help, double value) {
        QCommandLineOption o(
            QString::fromLatin1(name),
            QStringLiteral("%1 (default %2).").arg(QString::fromLatin1(help)).arg(value),
            QStringLiteral("n"), QString::number(value));
        parser.addOption(o);
        return o;
    };
    const auto hours = option("hours", "Simulated hours", d.hours);
    const auto compression = option(
        "compression", "Simulated seconds per real second (refresh = 60 s / this)", d.compression);
    const auto floors = option("floors", "Floors, one KioskFloorModel each", d.floors);
    const auto sampleMinutes =
        option("sample-minutes", "Simulated minutes between samples", d.sampleMinutes);
    const auto warmup =
        option("warmup-minutes", "Simulated minutes discarded at the start", d.warmupMinutes);
    const auto tokenSeconds =
        option("token-seconds", "Display token lifetime, real seconds", d.tokenSeconds);
    const auto liveRate =
        option("live-rate", "Live changes per real second per floor stream", d.liveRate);
    const auto dropAfter =
        option("drop-after-minutes",
               "Every stream is aborted this many simulated minutes after it opened (0: never)",
               d.dropAfterMinutes);
    const auto serverDrops =
        option("server-drop-minutes",
               "All streams dropped by the server every this many simulated minutes (0: never)",
               d.serverDropMinutes);
    const auto restarts =
        option("restarts", "Simulator restarts on the same port, evenly spaced", d.restarts);
    const auto downtime =
        option("downtime-minutes", "Simulated minutes the simulator stays down", d.downtimeMinutes);
    const auto maxGrowth =
        option("max-growth", "Allowed RSS growth, first to last quarter", d.maxGrowth);
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Print each sample as taken."));
    parser.addOption(verbose);
    parser.process(app);

    Settings s;
    s.hours = parser.value(hours).toDouble();
    s.compression = parser.value(compression).toDouble();
    s.floors = parser.value(floors).toInt();
    s.sampleMinutes = parser.value(sampleMinutes).toDouble();
    s.warmupMinutes = parser.value(warmup).toDouble();
    s.tokenSeconds = parser.value(tokenSeconds).toInt();
    s.liveRate = parser.value(liveRate).toDouble();
    s.dropAfterMinutes = parser.value(dropAfter).toDouble();
    s.serverDropMinutes = parser.value(serverDrops).toDouble();
    s.restarts = parser.value(restarts).toInt();
    s.downtimeMinutes = parser.value(downtime).toDouble();
    s.maxGrowth = parser.value(maxGrowth).toDouble();
    s.verbose = parser.isSet(verbose);
    if (!(s.hours > 0) || !(s.compression >= 1) || s.floors < 1 || !(s.sampleMinutes > 0) ||
        s.tokenSeconds < 1 || s.restarts < 0) {
        qCritical("bad parameters; see --help");
        return 2;
    }
    // The app's expected warnings (drops, restarts, refused tickets) would drown the table;
    // Qt's own stay visible.
    QLoggingCategory::setFilterRules(
        QStringLiteral("density.*.warning=false\ndensity.*.debug=false"));

    QTextStream &o = out();
    o << QStringLiteral("Kiosk soak: %1 simulated h at %2x = %3 s real (%4 min)\n")
             .arg(s.hours)
             .arg(s.compression)
             .arg(s.hours * 3600 / s.compression, 0, 'f', 1)
             .arg(s.hours * 60 / s.compression, 0, 'f', 2);
    o << QStringLiteral(
             "  refresh every %1 ms real = 60 s simulated; live rate %2 changes/s per floor\n")
             .arg(s.realMs(1))
             .arg(s.liveRate);
    o << QStringLiteral("  %1 floors; display token lifetime %2 s real; streams aborted after %3 "
                        "sim min (%4 ms)\n")
             .arg(s.floors)
             .arg(s.tokenSeconds)
             .arg(s.dropAfterMinutes)
             .arg(s.realMs(s.dropAfterMinutes));
    o << QStringLiteral(
             "  server drops every %1 sim min; %2 simulator restart(s), %3 sim min down; "
             "watchdog silence %4 ms; warm-up %5 sim min\n")
             .arg(s.serverDropMinutes)
             .arg(s.restarts)
             .arg(s.downtimeMinutes)
             .arg(std::max(100, s.realMs(5)))
             .arg(s.warmupMinutes)
      << Qt::flush;

    int rc = 2;
    {
        SoakRun run(s);
        if (run.setUp()) {
            run.run();
            rc = run.report();
        }
    }
    return rc;
}
