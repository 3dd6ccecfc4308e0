#pragma once

#include "live/livefeed.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace Density::Cli {

class Invocation;

//! One `density-cli live ...` run: keeps a LiveFeed going, prints every state change, frame,
//! doorway event and malformed frame as a JSON line, and ends the program — 0 after
//! --duration or on SIGINT/SIGTERM, 3 when the feed fails for good.
class StreamSession : public QObject {
    Q_OBJECT
public:
    struct Settings {
        LiveFeed::Kind kind = LiveFeed::Kind::FloorPresence;
        QString id;
        std::optional<int> durationMs; //!< nullopt: until interrupted
        int refreshIntervalMs = 60000; //!< what the server promises; drives staleness
    };

    StreamSession(Invocation &call, const Settings &settings);
    ~StreamSession() override;

    void start();

private:
    void onState(LiveFeed::State state, const QString &reason);
    void onFrame(LiveFrame::Type type, const QStringList &changedSpaceIds);
    void onDoorway(const DoorwayEvent &event);
    void onMalformed(const QString &problem);
    void checkInterrupted();
    void end(int code);
    void write(const QByteArray &line);

    Invocation &m_call;
    LiveFeed m_feed;
    std::optional<int> m_durationMs;
    QTimer m_duration;
    QTimer m_interruptPoll;
    bool m_ended = false;
};

} // namespace Density::Cli
