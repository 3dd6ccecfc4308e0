#include "demoserver.h"

#include "sim/simserver.h"

DemoServer::~DemoServer() {
    if (!m_thread.isRunning())
        return;
    // The server's sockets belong to its thread: delete them there, then stop the thread.
    QObject *context = m_context;
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool DemoServer::start(const Density::Sim::SimOptions &options) {
    m_thread.setObjectName(QStringLiteral("demo server"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this, options] {
            auto *server = new Density::Sim::SimServer(options, m_context);
            if (server->listen() != 0)
                m_baseUrl = server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    return m_baseUrl.isValid();
}
