#include "screensaverinhibitor.h"

#include "ui/uilogging.h"

#include <QCoreApplication>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <IOKit/pwr_mgt/IOPMLib.h>
#elif defined(DENSITY_SCREENSAVER_DBUS)
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#endif

namespace Density {

#if defined(DENSITY_SCREENSAVER_DBUS) && !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
namespace {
QString service() {
    return QStringLiteral("org.freedesktop.ScreenSaver");
}
QString path() {
    return QStringLiteral("/org/freedesktop/ScreenSaver");
}
constexpr int kCallTimeoutMs = 3000; //!< a hung bus must not hold up the kiosk's start
} // namespace
#endif

ScreenSaverInhibitor::ScreenSaverInhibitor(QObject *parent)
    : QObject(parent) {}

ScreenSaverInhibitor::~ScreenSaverInhibitor() {
    release();
}

bool ScreenSaverInhibitor::inhibit(const QString &reason) {
    if (m_active)
        return true;
    m_lastError.clear();
#if defined(Q_OS_WIN)
    // Thread-bound: called from the GUI thread, which lives as long as the kiosk.
    Q_UNUSED(reason);
    if (SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED) != 0)
        m_active = true;
    else
        m_lastError = tr("Windows refused to keep the display on (SetThreadExecutionState).");
#elif defined(Q_OS_MACOS)
    CFStringRef cfReason = reason.toCFString();
    IOPMAssertionID id = 0;
    const IOReturn rc = IOPMAssertionCreateWithName(kIOPMAssertionTypePreventUserIdleDisplaySleep,
                                                    kIOPMAssertionLevelOn, cfReason, &id);
    CFRelease(cfReason);
    if (rc == kIOReturnSuccess) {
        m_cookie = id;
        m_active = true;
    } else {
        m_lastError = tr("macOS refused to keep the display on (IOPMAssertion error %1).")
                          .arg(static_cast<int>(rc));
    }
#elif defined(DENSITY_SCREENSAVER_DBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_lastError = tr("No D-Bus session bus, so the screen saver cannot be held off: %1")
                          .arg(bus.lastError().message());
    } else {
        QDBusMessage call =
            QDBusMessage::createMethodCall(service(), path(), service(), QStringLiteral("Inhibit"));
        call << QCoreApplication::applicationName() << reason;
        const QDBusMessage reply = bus.call(call, QDBus::Block, kCallTimeoutMs);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            m_cookie = reply.arguments().constFirst().toUInt();
            m_active = true;
        } else {
            m_lastError = tr("The session has no screen saver service to hold off: %1")
                              .arg(reply.errorMessage());
        }
    }
#else
    Q_UNUSED(reason);
    m_lastError = tr("Keeping the screen awake is not supported on this platform.");
#endif
    if (m_active)
        qCInfo(lcUi) << "Screen saver inhibited";
    else
        qCWarning(lcUi).noquote() << "Screen saver not inhibited:" << m_lastError;
    return m_active;
}

void ScreenSaverInhibitor::release() {
    if (!m_active)
        return;
    m_active = false;
#if defined(Q_OS_WIN)
    SetThreadExecutionState(ES_CONTINUOUS);
#elif defined(Q_OS_MACOS)
    IOPMAssertionRelease(static_cast<IOPMAssertionID>(m_cookie));
#elif defined(DENSITY_SCREENSAVER_DBUS)
    QDBusMessage call =
        QDBusMessage::createMethodCall(service(), path(), service(), QStringLiteral("UnInhibit"));
    call << m_cookie;
    QDBusConnection::sessionBus().call(call, QDBus::Block, kCallTimeoutMs);
#endif
    m_cookie = 0;
}

} // namespace Density
