#pragma once

#include "kioskschedule.h"

#include <QDateTime>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <functional>

class QTimer;

namespace Density {

class KioskPinPrompt;
class ScreenSaverInhibitor;

//! The wall-screen window: full screen, no menus, hosting one content widget. It cannot be
//! closed by the window manager, Alt+F4 or Escape; leaving needs the exit PIN (KioskPin), typed
//! into a prompt that opens on a key chord. It also hides an idle cursor, shifts the content a
//! few pixels every few minutes against burn-in, and dims or blanks the screen after hours.
//! Timers, clock and amplitudes are injectable so tests run without waiting.
class KioskShell : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit KioskShell(QWidget *parent = nullptr);
    ~KioskShell() override;

    //! Hosts \a content (the shell takes ownership; a previous content is deleted).
    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }

    //! Reads kiosk/exitChord and the schedule keys (see KioskSchedule::fromSettings).
    void loadSettings();

    void setExitChord(const QKeySequence &chord);
    QKeySequence exitChord() const { return m_chord; }

    //! Content shift against burn-in: every \a interval, move to the next of a ring of offsets
    //! at most \a amplitude pixels from the centre.
    void setBurnInShift(std::chrono::milliseconds interval, int amplitude);
    QPoint burnInOffset() const;
    int burnInAmplitude() const { return m_amplitude; }

    void setCursorIdleTimeout(std::chrono::milliseconds timeout);
    bool isCursorHidden() const { return m_cursorHidden; }

    void setSchedule(const KioskSchedule &schedule);
    KioskSchedule schedule() const { return m_schedule; }
    //! Replaces the wall clock (tests); also used for the PIN back-off.
    void setClock(Clock clock);
    bool isDimmed() const;

    bool isPinPromptOpen() const;
    //! Checks \a pin against the stored hash, honouring the back-off. Returns true (and emits
    //! exitRequested()) only for the right PIN outside a back-off.
    bool submitPin(const QString &pin);
    //! Seconds left in the current back-off, 0 when none.
    int backOffSecondsLeft() const;

    //! Shows the window full screen, starts the timers and asks the platform to keep the screen
    //! awake (a failure is logged and shown by screenSaverInhibitor(), never fatal).
    void start();
    //! Null until start().
    ScreenSaverInhibitor *screenSaverInhibitor() const { return m_inhibitor; }

public slots:
    //! Moves the content to the next burn-in offset (what the burn-in timer calls).
    void stepBurnIn();
    //! Re-evaluates the dim / blank schedule against the clock (what the schedule timer calls).
    void evaluateSchedule();
    //! Hides the cursor (what the idle timer calls).
    void hideIdleCursor();
    void openPinPrompt();

signals:
    //! The right PIN was entered: the application should quit.
    void exitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool belongsToShell(QObject *object) const;
    bool handleKey(QKeyEvent *event);
    void showCursor();
    void layoutChildren();
    void rebuildOffsets();

    QPointer<QWidget> m_content;
    KioskPinPrompt *m_prompt = nullptr;
    QWidget *m_dim = nullptr;
    QTimer *m_burnInTimer = nullptr;
    QTimer *m_cursorTimer = nullptr;
    QTimer *m_scheduleTimer = nullptr;
    QTimer *m_unlockTimer = nullptr;
    ScreenSaverInhibitor *m_inhibitor = nullptr;

    QKeySequence m_chord;
    KioskSchedule m_schedule;
    Clock m_clock;
    QList<QPoint> m_offsets;
    int m_offsetIndex = 0;
    int m_amplitude = 4;
    bool m_cursorHidden = false;
    bool m_exitAllowed = false;
    int m_failures = 0;
    QDateTime m_lockedUntil;
};

} // namespace Density
