#pragma once

#include "sim/simoptions.h"

#include <QThread>
#include <QUrl>

namespace Density::Sim {
class SimServer;
}

//! The demo portfolio's simulator on a thread of its own. In-process it would share the
//! window's thread, and generating 50,000 spaces or writing them as JSON would freeze the
//! window in a way the real API never does; on its own thread the demo behaves like a server.
class DemoServer {
public:
    DemoServer() = default;
    ~DemoServer();
    DemoServer(const DemoServer &) = delete;
    DemoServer &operator=(const DemoServer &) = delete;

    //! Starts the thread, builds the portfolio and listens on loopback; blocks until it has.
    //! Returns false when the server could not listen.
    bool start(const Density::Sim::SimOptions &options);
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QThread m_thread;
    QObject *m_context = nullptr; //!< lives on m_thread; owns the server
    QUrl m_baseUrl;
};
