#pragma once

#include <QObject>
#include <QPointer>

namespace Density {

//! Something the client is working on that can be cancelled: one HTTP exchange or a fan-out
//! of several windows and batches.
class PendingCall : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    //! Stops the work; the handler is not called afterwards.
    virtual void abort() = 0;
};

//! What every call returns: lets a view abort a query it no longer needs (a superseded
//! selection, a closed window). Copyable, and harmless once the call has finished.
class RequestHandle {
public:
    RequestHandle() = default;
    explicit RequestHandle(PendingCall *call)
        : m_call(call) {}

    bool isRunning() const { return !m_call.isNull(); }
    void abort() {
        if (m_call)
            m_call->abort();
    }

private:
    QPointer<PendingCall> m_call;
};

} // namespace Density
