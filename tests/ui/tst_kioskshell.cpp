#include "testsettings.h"
#include "ui/kiosk/kioskpin.h"
#include "ui/kiosk/kioskpinprompt.h"
#include "ui/kiosk/kioskshell.h"
#include "ui/kiosk/screensaverinhibitor.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace Density;
using namespace std::chrono_literals;

namespace {

//! A stand-in for the floor view: a few large figures, enough to judge the shell's pictures.
QWidget *placeholderContent() {
    auto *w = new QWidget;
    w->setAutoFillBackground(true);
    QPalette pal = w->palette();
    pal.setColor(QPalette::Window, QColor(0xf5, 0xf7, 0xfa));
    w->setPalette(pal);
    auto *layout = new QVBoxLayout(w);
    auto *title = new QLabel(QStringLiteral("Floor 3 — 10:42"), w);
    title->setStyleSheet(QStringLiteral("font-size: 40px; color: #102a43;"));
    auto *figures = new QLabel(QStringLiteral("12 available · 30 occupied · 2 unknown"), w);
    figures->setStyleSheet(QStringLiteral("font-size: 56px; font-weight: 600; color: #102a43;"));
    layout->addWidget(title);
    layout->addStretch(1);
    layout->addWidget(figures, 0, Qt::AlignCenter);
    layout->addStretch(1);
    return w;
}

void sendKey(QWidget *target, Qt::Key key, Qt::KeyboardModifiers mods) {
    QKeyEvent press(QEvent::KeyPress, key, mods);
    QApplication::sendEvent(target, &press);
}

void saveShot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

class TstKioskShell : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_kioskshell"))); }
    void init() { KioskPin::clear(); }

    void closeEventIgnored() {
        KioskShell shell;
        shell.setContent(placeholderContent());
        shell.resize(800, 600);
        shell.show();
        QCloseEvent ev;
        QApplication::sendEvent(&shell, &ev);
        QVERIFY(!ev.isAccepted());
        QVERIFY(!shell.close());
        QVERIFY(shell.isVisible());
    }

    void escapeAndAltF4Ignored() {
        KioskShell shell;
        shell.setContent(placeholderContent());
        shell.resize(800, 600);
        shell.show();
        QSignalSpy exits(&shell, &KioskShell::exitRequested);
        sendKey(shell.content(), Qt::Key_Escape, Qt::NoModifier);
        sendKey(&shell, Qt::Key_F4, Qt::AltModifier);
        QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_Escape, Qt::NoModifier);
        QVERIFY(QApplication::sendEvent(shell.content(), &override));
        QVERIFY(shell.isVisible());
        QVERIFY(!shell.isPinPromptOpen());
        QCOMPARE(exits.count(), 0);
    }

    void chordOpensPinPrompt() {
        KioskShell shell;
        shell.setContent(placeholderContent());
        shell.resize(800, 600);
        shell.show();
        QVERIFY(!shell.isPinPromptOpen());
        sendKey(shell.content(), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(!shell.isPinPromptOpen()); // not the chord
        sendKey(shell.content(), Qt::Key_K,
                Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QVERIFY(shell.isPinPromptOpen());
        // Escape closes only the prompt.
        sendKey(&shell, Qt::Key_Escape, Qt::NoModifier);
        QVERIFY(!shell.isPinPromptOpen());
        QVERIFY(shell.isVisible());

        shell.setExitChord(QKeySequence(QStringLiteral("Ctrl+Alt+F12")));
        sendKey(&shell, Qt::Key_F12, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(shell.isPinPromptOpen());
    }

    void wrongPinBacksOffRightPinExits() {
        KioskPin::set(QStringLiteral("482913"));
        QDateTime now(QDate(2026, 11, 25), QTime(10, 0));
        KioskShell shell;
        shell.setClock([&now] { return now; });
        shell.resize(1280, 720);
        shell.setContent(placeholderContent());
        shell.show();
        QSignalSpy exits(&shell, &KioskShell::exitRequested);
        shell.openPinPrompt();
        auto *prompt = shell.findChild<KioskPinPrompt *>();
        QVERIFY(prompt);

        QTest::keyClicks(prompt->pinField(), QStringLiteral("1111"));
        QTest::keyClick(prompt->pinField(), Qt::Key_Return);
        QVERIFY(prompt->message().contains(QStringLiteral("Wrong PIN")));
        QVERIFY(shell.isPinPromptOpen());
        QVERIFY(!shell.submitPin(QStringLiteral("2222")));
        QCOMPARE(shell.backOffSecondsLeft(), 0);
        QVERIFY(!shell.submitPin(QStringLiteral("3333")));
        QCOMPARE(shell.backOffSecondsLeft(), 30);
        QVERIFY(!prompt->pinField()->isEnabled());
        saveShot(&shell, QStringLiteral("kiosk-pin-backoff.png"));

        // During the back-off even the right PIN is refused.
        QVERIFY(!shell.submitPin(QStringLiteral("482913")));
        QCOMPARE(exits.count(), 0);
        now = now.addSecs(31);
        QCOMPARE(shell.backOffSecondsLeft(), 0);
        QVERIFY(!shell.submitPin(QStringLiteral("4444"))); // a fourth wrong PIN doubles it
        QCOMPARE(shell.backOffSecondsLeft(), 60);
        now = now.addSecs(61);
        QVERIFY(shell.submitPin(QStringLiteral("482913")));
        QCOMPARE(exits.count(), 1);
        QVERIFY(!shell.isPinPromptOpen());
        QVERIFY(shell.close()); // after the right PIN the window may close
    }

    void noPinSetNeverExits() {
        KioskShell shell;
        QSignalSpy exits(&shell, &KioskShell::exitRequested);
        QVERIFY(!KioskPin::isSet());
        QVERIFY(!shell.submitPin(QString()));
        QVERIFY(!shell.submitPin(QStringLiteral("0000")));
        QCOMPARE(exits.count(), 0);
    }

    void pinStoredOnlyAsSaltedHash() {
        const QString pin = QStringLiteral("482913");
        KioskPin::set(pin);
        QSettings settings;
        const QByteArray hash1 = settings.value(QStringLiteral("kiosk/pinHash")).toByteArray();
        const QByteArray salt1 = settings.value(QStringLiteral("kiosk/pinSalt")).toByteArray();
        QVERIFY(!hash1.isEmpty());
        QVERIFY(!salt1.isEmpty());
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("pinHash"));
        QVERIFY(!text.contains(pin.toUtf8()));
        QVERIFY(!text.contains(
            QCryptographicHash::hash(pin.toUtf8(), QCryptographicHash::Sha256).toBase64()));
        QVERIFY(KioskPin::verify(pin));
        QVERIFY(!KioskPin::verify(QStringLiteral("482914")));

        KioskPin::set(pin); // the same PIN again: a fresh salt, so a different hash
        settings.sync();
        QVERIFY(settings.value(QStringLiteral("kiosk/pinSalt")).toByteArray() != salt1);
        QVERIFY(settings.value(QStringLiteral("kiosk/pinHash")).toByteArray() != hash1);
        QVERIFY(KioskPin::verify(pin));
    }

    void cursorHiddenWhenIdleShownOnMove() {
        KioskShell shell;
        shell.setContent(placeholderContent());
        shell.setCursorIdleTimeout(5s);
        shell.resize(800, 600);
        shell.show();
        QVERIFY(shell.isCursorHidden());
        QCOMPARE(shell.cursor().shape(), Qt::BlankCursor);

        QMouseEvent move(QEvent::MouseMove, QPointF(100, 100), QPointF(100, 100), QPointF(100, 100),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(shell.content(), &move);
        QVERIFY(!shell.isCursorHidden());
        QVERIFY(shell.cursor().shape() != Qt::BlankCursor);
        auto *idle = shell.findChild<QTimer *>(QStringLiteral("kioskCursorIdleTimer"));
        QVERIFY(idle);
        QVERIFY(idle->isActive());
        QCOMPARE(idle->interval(), 5000);

        shell.hideIdleCursor(); // what the idle timer does when it fires
        QVERIFY(shell.isCursorHidden());
        QCOMPARE(shell.cursor().shape(), Qt::BlankCursor);
    }

    void burnInShiftsWithinAmplitude() {
        KioskShell shell;
        shell.setContent(placeholderContent());
        shell.setBurnInShift(10s, 6);
        shell.resize(1280, 720);
        shell.show();
        const QRect home = shell.content()->geometry();
        QCOMPARE(home, QRect(6, 6, 1268, 708));
        QSet<QString> seen;
        QPoint previous = shell.burnInOffset();
        for (int tick = 0; tick < 20; ++tick) {
            shell.stepBurnIn();
            const QPoint offset = shell.burnInOffset();
            QVERIFY(offset != previous);
            QVERIFY(qAbs(offset.x()) <= 6 && qAbs(offset.y()) <= 6);
            QCOMPARE(shell.content()->geometry(), home.translated(offset));
            QVERIFY(shell.rect().contains(shell.content()->geometry()));
            seen.insert(QStringLiteral("%1,%2").arg(offset.x()).arg(offset.y()));
            previous = offset;
        }
        QCOMPARE(seen.size(), 9); // cycles through all offsets, not just two
        saveShot(&shell, QStringLiteral("kiosk-shell.png"));
    }

    void dimOutsideHoursOnly() {
        QDateTime now(QDate(2026, 11, 25), QTime(10, 0)); // a Wednesday
        KioskShell shell;
        shell.setContent(placeholderContent());
        shell.resize(1280, 720);
        shell.setClock([&now] { return now; });
        KioskSchedule schedule;
        schedule.afterHours = KioskSchedule::AfterHours::Dim;
        shell.setSchedule(schedule);
        shell.show();
        QVERIFY(!shell.isDimmed());

        now.setTime(QTime(20, 30));
        shell.evaluateSchedule();
        QVERIFY(shell.isDimmed());
        saveShot(&shell, QStringLiteral("kiosk-dimmed.png"));

        now = QDateTime(QDate(2026, 11, 28), QTime(10, 0)); // Saturday: not an awake day
        shell.evaluateSchedule();
        QVERIFY(shell.isDimmed());
        now = QDateTime(QDate(2026, 11, 30), QTime(7, 0)); // Monday 07:00
        shell.evaluateSchedule();
        QVERIFY(!shell.isDimmed());

        schedule.afterHours = KioskSchedule::AfterHours::Off;
        now.setTime(QTime(23, 0));
        shell.setSchedule(schedule);
        QVERIFY(!shell.isDimmed());

        // The PIN prompt stays on top of a blanked screen.
        schedule.afterHours = KioskSchedule::AfterHours::Blank;
        shell.setSchedule(schedule);
        QVERIFY(shell.isDimmed());
        shell.openPinPrompt();
        QVERIFY(shell.isPinPromptOpen());
        QCOMPARE(shell.childAt(640, 360)->window(), &shell);
        QVERIFY(shell.findChild<KioskPinPrompt *>()->isAncestorOf(shell.childAt(640, 360)) ||
                shell.childAt(640, 360) == shell.findChild<KioskPinPrompt *>());
        saveShot(&shell, QStringLiteral("kiosk-pin-prompt-blanked.png"));
    }

    void scheduleFromSettings() {
        QSettings settings;
        settings.setValue(QStringLiteral("kiosk/afterHours"), QStringLiteral("blank"));
        settings.setValue(QStringLiteral("kiosk/awakeFrom"), QStringLiteral("06:30"));
        settings.setValue(QStringLiteral("kiosk/awakeUntil"), QStringLiteral("18:00"));
        settings.setValue(QStringLiteral("kiosk/awakeDays"), QStringLiteral("0,6"));
        const KioskSchedule s = KioskSchedule::fromSettings(settings);
        QCOMPARE(s.afterHours, KioskSchedule::AfterHours::Blank);
        QCOMPARE(s.awakeFrom, QTime(6, 30));
        QVERIFY(s.isAwakeAt(QDateTime(QDate(2026, 11, 29), QTime(6, 30))));  // Sunday
        QVERIFY(!s.isAwakeAt(QDateTime(QDate(2026, 11, 30), QTime(12, 0)))); // Monday
        settings.remove(QStringLiteral("kiosk"));
    }

    void pinPromptPicture() {
        KioskShell shell;
        shell.setContent(placeholderContent());
        shell.resize(1280, 720);
        shell.show();
        shell.openPinPrompt();
        QTest::keyClicks(shell.findChild<KioskPinPrompt *>()->pinField(), QStringLiteral("12"));
        saveShot(&shell, QStringLiteral("kiosk-pin-prompt.png"));
    }

    void inhibitorWithoutSessionBusSaysWhy() {
        ScreenSaverInhibitor inhibitor;
        QVERIFY(!inhibitor.inhibit(QStringLiteral("Wall screen")));
        QVERIFY(!inhibitor.isActive());
        QVERIFY2(!inhibitor.lastError().isEmpty(), "no reason given");
        inhibitor.release(); // harmless when never active
        QVERIFY(!inhibitor.isActive());

        // The shell asks for it on start() and keeps running when it fails.
        KioskShell shell;
        QVERIFY(!shell.screenSaverInhibitor());
        shell.start();
        QVERIFY(shell.isVisible());
        QVERIFY(shell.isFullScreen());
        QVERIFY(shell.screenSaverInhibitor());
        QVERIFY(!shell.screenSaverInhibitor()->isActive());
        QVERIFY(!shell.screenSaverInhibitor()->lastError().isEmpty());
    }

private:
    TestSettings m_settings;
};

int main(int argc, char **argv) {
    // A dead session bus, set before anything can connect to the real one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/density-test-bus");
    QApplication app(argc, argv);
    TstKioskShell test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskshell.moc"
