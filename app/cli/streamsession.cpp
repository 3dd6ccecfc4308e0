#include "streamsession.h"

#include "clitext.h"
#include "exitcode.h"
#include "invocation.h"
#include "streamjson.h"

#include <algorithm>
#include <csignal>

namespace Density::Cli {
namespace {

//! Set from the signal handler, read on the event loop: the only thing a handler may safely do.
volatile std::sig_atomic_t interruptRequested = 0;

void requestInterrupt(int) {
    interruptRequested = 1;
}

//! A short poll rather than a self-pipe: portable (Ctrl+C on Windows arrives on another
//! thread), and 50 ms is far below what a person or a supervisor notices.
constexpr int InterruptPollMs = 50;

//! The back-off keeps the real API's proportions (first retry after about a second, at most a
//! minute, for a refresh a minute), so a test simulator refreshing five times a second is not
//! waited on at the real API's pace — with floors that keep a failing broker from being hammered.
LiveFeed::Timing timingFor(int refreshIntervalMs) {
    LiveFeed::Timing timing;
    timing.refreshIntervalMs = refreshIntervalMs;
    timing.reconnectBaseMs = std::clamp(refreshIntervalMs / 60, 20, 1000);
    timing.reconnectMaxMs = std::clamp(refreshIntervalMs, 250, 60000);
    return timing;
}

} // namespace

StreamSession::StreamSession(Invocation &call, const Settings &settings)
    : m_call(call)
    , m_feed(&call.client(), settings.kind, settings.id)
    , m_durationMs(settings.durationMs) {
    m_feed.setTiming(timingFor(settings.refreshIntervalMs));
    connect(&m_feed, &LiveFeed::stateChanged, this, &StreamSession::onState);
    connect(&m_feed, &LiveFeed::frameApplied, this, &StreamSession::onFrame);
    connect(&m_feed, &LiveFeed::doorwayEvent, this, &StreamSession::onDoorway);
    connect(&m_feed, &LiveFeed::malformedFrame, this, &StreamSession::onMalformed);

    m_duration.setSingleShot(true);
    // A coarse timer may fire up to 5% early; "--duration 1.5" must mean at least 1.5 s.
    m_duration.setTimerType(Qt::PreciseTimer);
    connect(&m_duration, &QTimer::timeout, this, [this] { end(ExitCode::Success); });
    m_interruptPoll.setInterval(InterruptPollMs);
    connect(&m_interruptPoll, &QTimer::timeout, this, &StreamSession::checkInterrupted);
}

StreamSession::~StreamSession() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

void StreamSession::start() {
    interruptRequested = 0;
    std::signal(SIGINT, requestInterrupt);
    std::signal(SIGTERM, requestInterrupt);
    m_interruptPoll.start();
    if (m_durationMs)
        m_duration.start(*m_durationMs);
    m_feed.start();
}

void StreamSession::checkInterrupted() {
    if (interruptRequested)
        end(ExitCode::Success);
}

void StreamSession::write(const QByteArray &line) {
    // Nobody reads any more (the pipe's reader quit): stop as if interrupted.
    if (!m_call.output().line(line))
        end(ExitCode::Success);
}

void StreamSession::onState(LiveFeed::State state, const QString &reason) {
    const QString shown = m_call.output().redact(reason);
    write(StreamJson::stateLine(state, shown, QDateTime::currentDateTimeUtc()));
    if (state != LiveFeed::State::Failed)
        return;
    // A wrong id or a missing permission will not heal by waiting: say so once and leave.
    m_call.output().error(Text::tr("The live stream failed: %1").arg(shown));
    end(ExitCode::Api);
}

void StreamSession::onFrame(LiveFrame::Type type, const QStringList &changedSpaceIds) {
    const bool refresh = type == LiveFrame::Type::Refresh;
    // A live frame that only repeats what is known changes nothing a reader could act on.
    if (!refresh && changedSpaceIds.isEmpty())
        return;
    const QStringList ids = refresh ? m_feed.spaces().keys() : changedSpaceIds;
    write(StreamJson::frameLine(type, m_feed.spaces(), ids, m_feed.isTrustworthy(),
                                QDateTime::currentDateTimeUtc()));
}

void StreamSession::onDoorway(const DoorwayEvent &event) {
    write(StreamJson::doorwayLine(event, QDateTime::currentDateTimeUtc()));
}

void StreamSession::onMalformed(const QString &problem) {
    write(StreamJson::malformedLine(problem, QDateTime::currentDateTimeUtc()));
}

void StreamSession::end(int code) {
    if (m_ended)
        return;
    m_ended = true;
    m_duration.stop();
    m_interruptPoll.stop();
    // Stopping closes the socket, so nothing is printed after this but, on a clean end, the
    // feed's "idle" line; after a failure the "failed" line stays the last one.
    if (code != ExitCode::Success)
        m_feed.disconnect(this);
    m_feed.stop();
    m_call.finish(code);
}

} // namespace Density::Cli
