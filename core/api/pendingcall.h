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

Q_SIGNALS:
    //! Parts (windows × batches) finished so far; a single request reports 0 of 1, then ends.
    void progressed(int done, int total);
};

//! What every call returns: lets a view abort a query it no longer needs (a superseded
//! selection, a closed window). Copyable, and harmless once the call has finished.
class RequestHandle {
public:
    RequestHandle() = default;
    explicit RequestHandle(PendingCall *call)
        : m_call(call) {}

    bool isRunning() const { return !m_call.isNull(); }
    //! Calls `report(done, total)` as parts of a windowed call finish (only while `context`
    //! lives), so long loads can say "window 12 of 53".
    template <typename Fn>
    void onProgress(QObject *context, Fn report) const {
        if (m_call)
            QObject::connect(m_call, &PendingCall::progressed, context, std::move(report));
    }
    void abort() {
        if (m_call)
            m_call->abort();
    }

private:
    QPointer<PendingCall> m_call;
};

} // namespace Density
