#include "kioskshell.h"

#include "kioskpin.h"
#include "kioskpinprompt.h"
#include "screensaverinhibitor.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QWindow>

#include <algorithm>

using namespace std::chrono_literals;

namespace Density {

namespace {

//! The after-hours cover: translucent black when dimming, opaque when blanking. It lets mouse
//! events through so moving the mouse still shows the cursor.
class DimOverlay : public QWidget {
public:
    explicit DimOverlay(QWidget *parent)
        : QWidget(parent) {
        setObjectName(QStringLiteral("kioskDimOverlay"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        hide();
    }
    void setAlpha(int alpha) {
        m_alpha = alpha;
        update();
    }
    int alpha() const { return m_alpha; }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter p(this);
        p.fillRect(rect(), QColor(0, 0, 0, m_alpha));
    }

private:
    int m_alpha = 190;
};

constexpr int kFreeAttempts = 3;   //!< wrong PINs before the first back-off
constexpr int kFirstBackOffS = 30; //!< doubles with each further wrong PIN
constexpr int kMaxBackOffS = 300;

//! "0:30" rather than "30 second(s)": no plural forms needed, and readable at a glance.
QString countdown(int seconds) {
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

KioskShell::KioskShell(QWidget *parent)
    : QWidget(parent)
    , m_chord(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_K)
    , m_clock([] { return QDateTime::currentDateTime(); }) {
    setObjectName(QStringLiteral("kioskShell"));
    setWindowTitle(tr("Density Dashboard"));
    setWindowFlag(Qt::FramelessWindowHint);
    setAutoFillBackground(true);
    setMouseTracking(true);
    setContextMenuPolicy(Qt::NoContextMenu);

    m_dim = new DimOverlay(this);
    m_prompt = new KioskPinPrompt(this);
    connect(m_prompt, &KioskPinPrompt::submitted, this, &KioskShell::submitPin);

    m_burnInTimer = new QTimer(this);
    m_burnInTimer->setInterval(3min);
    connect(m_burnInTimer, &QTimer::timeout, this, &KioskShell::stepBurnIn);

    m_cursorTimer = new QTimer(this);
    m_cursorTimer->setObjectName(QStringLiteral("kioskCursorIdleTimer"));
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(3s);
    connect(m_cursorTimer, &QTimer::timeout, this, &KioskShell::hideIdleCursor);

    m_scheduleTimer = new QTimer(this);
    m_scheduleTimer->setInterval(30s);
    connect(m_scheduleTimer, &QTimer::timeout, this, &KioskShell::evaluateSchedule);

    m_unlockTimer = new QTimer(this);
    m_unlockTimer->setSingleShot(true);
    connect(m_unlockTimer, &QTimer::timeout, this, [this] {
        if (backOffSecondsLeft() > 0) {
            m_unlockTimer->start(std::chrono::seconds(backOffSecondsLeft()));
            return;
        }
        m_prompt->setLocked(false);
        m_prompt->setMessage(tr("You can try again now."));
    });

    rebuildOffsets();
    // Keys and mouse moves can land on any child (or on the native window itself), so watch
    // them application-wide and keep only those meant for this window.
    qApp->installEventFilter(this);
    hideIdleCursor();
}

KioskShell::~KioskShell() {
    qApp->removeEventFilter(this);
}

void KioskShell::setContent(QWidget *content) {
    if (m_content == content)
        return;
    delete m_content;
    m_content = content;
    if (m_content) {
        m_content->setParent(this);
        m_content->show();
        m_content->lower();
    }
    layoutChildren();
}

void KioskShell::loadSettings() {
    QSettings settings;
    const QKeySequence chord(settings.value(QStringLiteral("kiosk/exitChord")).toString(),
                             QKeySequence::PortableText);
    if (!chord.isEmpty())
        setExitChord(chord);
    setSchedule(KioskSchedule::fromSettings(settings));
}

void KioskShell::setExitChord(const QKeySequence &chord) {
    m_chord = chord;
}

void KioskShell::setBurnInShift(std::chrono::milliseconds interval, int amplitude) {
    m_burnInTimer->setInterval(interval);
    m_amplitude = std::max(0, amplitude);
    rebuildOffsets();
    m_offsetIndex = 0;
    layoutChildren();
}

QPoint KioskShell::burnInOffset() const {
    return m_offsets.value(m_offsetIndex);
}

void KioskShell::setCursorIdleTimeout(std::chrono::milliseconds timeout) {
    m_cursorTimer->setInterval(timeout);
}

void KioskShell::setSchedule(const KioskSchedule &schedule) {
    m_schedule = schedule;
    evaluateSchedule();
}

void KioskShell::setClock(Clock clock) {
    m_clock = std::move(clock);
    evaluateSchedule();
}

bool KioskShell::isDimmed() const {
    return m_dim->isVisibleTo(this);
}

bool KioskShell::isPinPromptOpen() const {
    return m_prompt->isVisibleTo(this);
}

int KioskShell::backOffSecondsLeft() const {
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 left = m_clock().secsTo(m_lockedUntil);
    return left > 0 ? static_cast<int>(left) : 0;
}

bool KioskShell::submitPin(const QString &pin) {
    if (const int left = backOffSecondsLeft(); left > 0) {
        m_prompt->setLocked(true);
        m_prompt->setMessage(tr("Too many wrong PINs. Try again in %1.").arg(countdown(left)));
        return false;
    }
    m_prompt->setLocked(false);
    if (!KioskPin::isSet()) {
        m_prompt->setMessage(tr("No exit PIN is set for this screen. Ask your administrator."));
        return false;
    }
    if (KioskPin::verify(pin)) {
        m_failures = 0;
        m_lockedUntil = QDateTime();
        m_exitAllowed = true;
        m_prompt->hide();
        emit exitRequested();
        return true;
    }
    ++m_failures;
    if (m_failures >= kFreeAttempts) {
        const int extra = std::min(m_failures - kFreeAttempts, 4);
        const int seconds = std::min(kFirstBackOffS << extra, kMaxBackOffS);
        m_lockedUntil = m_clock().addSecs(seconds);
        m_prompt->setLocked(true);
        m_prompt->setMessage(
            tr("Wrong PIN. Too many attempts: try again in %1.").arg(countdown(seconds)));
        m_unlockTimer->start(std::chrono::seconds(seconds));
    } else {
        m_prompt->setMessage(tr("Wrong PIN. Please try again."));
    }
    return false;
}

void KioskShell::start() {
    if (!m_inhibitor) {
        m_inhibitor = new ScreenSaverInhibitor(this);
        m_inhibitor->inhibit(tr("Showing occupancy on a wall screen"));
    }
    // Without a window manager (a bare X session, as docs/kiosk.md suggests) nobody acts on the
    // full-screen request: cover the screen ourselves as well.
    if (const QScreen *screen = this->screen())
        setGeometry(screen->geometry());
    showFullScreen();
    m_burnInTimer->start();
    m_scheduleTimer->start();
    evaluateSchedule();
}

void KioskShell::stepBurnIn() {
    if (m_offsets.isEmpty())
        return;
    m_offsetIndex = (m_offsetIndex + 1) % m_offsets.size();
    layoutChildren();
}

void KioskShell::evaluateSchedule() {
    const bool cover =
        m_schedule.afterHours != KioskSchedule::AfterHours::Off && !m_schedule.isAwakeAt(m_clock());
    auto *dim = static_cast<DimOverlay *>(m_dim);
    dim->setAlpha(m_schedule.afterHours == KioskSchedule::AfterHours::Blank
                      ? 255
                      : m_schedule.dimPercent * 255 / 100);
    dim->setVisible(cover);
    if (cover) {
        dim->raise();
        m_prompt->raise(); // the PIN prompt stays usable after hours
    }
}

void KioskShell::hideIdleCursor() {
    m_cursorHidden = true;
    setCursor(Qt::BlankCursor);
}

void KioskShell::showCursor() {
    if (m_cursorHidden) {
        m_cursorHidden = false;
        unsetCursor();
    }
    m_cursorTimer->start();
}

void KioskShell::openPinPrompt() {
    m_prompt->open();
    if (backOffSecondsLeft() > 0)
        submitPin(QString()); // shows the remaining back-off instead of an empty prompt
}

bool KioskShell::belongsToShell(QObject *object) const {
    if (object == this)
        return true;
    if (auto *widget = qobject_cast<QWidget *>(object))
        return widget->window() == this;
    if (auto *window = qobject_cast<QWindow *>(object))
        return window == windowHandle();
    return false;
}

bool KioskShell::handleKey(QKeyEvent *event) {
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const QKeyCombination pressed(mods, static_cast<Qt::Key>(event->key()));
    if (!m_chord.isEmpty() && m_chord[0] == pressed) {
        if (event->type() == QEvent::KeyPress)
            openPinPrompt();
        return true;
    }
    if (event->key() == Qt::Key_F4 && (mods & Qt::AltModifier))
        return true;
    if (event->key() == Qt::Key_Escape) {
        if (event->type() == QEvent::KeyPress && isPinPromptOpen())
            m_prompt->hide(); // Escape only ever closes the prompt, never the kiosk
        return true;
    }
    return false;
}

bool KioskShell::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
        if (belongsToShell(watched) && handleKey(static_cast<QKeyEvent *>(event)))
            return true;
        break;
    case QEvent::MouseMove:
    case QEvent::TabletMove:
        if (belongsToShell(watched))
            showCursor();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskShell::closeEvent(QCloseEvent *event) {
    if (m_exitAllowed)
        event->accept();
    else
        event->ignore(); // window-manager close requests, Alt+F4 handled by the WM
}

void KioskShell::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    layoutChildren();
}

void KioskShell::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    layoutChildren();
    evaluateSchedule();
}

void KioskShell::layoutChildren() {
    if (m_content) {
        const int a = m_amplitude;
        m_content->setGeometry(rect().adjusted(a, a, -a, -a).translated(burnInOffset()));
    }
    m_dim->setGeometry(rect());
    m_prompt->setGeometry(rect());
}

void KioskShell::rebuildOffsets() {
    // The centre, then a ring around it: each step moves at most one amplitude, and every
    // pixel near an edge spends most of the cycle showing something else.
    const int a = m_amplitude;
    m_offsets = {QPoint(0, 0),  QPoint(a, 0),   QPoint(a, a),  QPoint(0, a), QPoint(-a, a),
                 QPoint(-a, 0), QPoint(-a, -a), QPoint(0, -a), QPoint(a, -a)};
    if (a == 0)
        m_offsets = {QPoint(0, 0)};
}

} // namespace Density
