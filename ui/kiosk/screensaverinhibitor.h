#pragma once

#include <QObject>
#include <QString>

namespace Density {

//! Keeps the screen awake while the kiosk runs and lets it sleep again when destroyed.
//! Linux: org.freedesktop.ScreenSaver.Inhibit on the session bus (implemented and tested).
//! Windows: SetThreadExecutionState; macOS: an IOPMAssertion (written, not compiled here).
//! Failure is never fatal: the kiosk keeps running and lastError() says why.
class ScreenSaverInhibitor : public QObject {
    Q_OBJECT
public:
    explicit ScreenSaverInhibitor(QObject *parent = nullptr);
    ~ScreenSaverInhibitor() override;

    //! Asks the platform to keep the display on; returns isActive().
    bool inhibit(const QString &reason);
    //! Lets the screen sleep again (also done by the destructor).
    void release();

    bool isActive() const { return m_active; }
    //! A sentence saying why inhibiting failed; empty while active.
    QString lastError() const { return m_lastError; }

private:
    bool m_active = false;
    quint32 m_cookie = 0; //!< D-Bus cookie (Linux) or IOPMAssertionID (macOS)
    QString m_lastError;
};

} // namespace Density
