#include "liveconnectionindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace Density {

LiveConnectionIndicator::LiveConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_symbol(new QLabel(this))
    , m_text(new QLabel(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(6);
    QFont big = m_symbol->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_symbol->setFont(big);
    m_symbol->setTextFormat(Qt::RichText);
    m_text->setTextFormat(Qt::PlainText);
    //! A failure's reason is a sentence; it wraps instead of squeezing the page title.
    m_text->setWordWrap(true);
    setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    layout->addWidget(m_symbol);
    layout->addWidget(m_text, 1);
    refresh();
}

void LiveConnectionIndicator::setState(LiveFeed::State state, const QString &reason) {
    m_state = state;
    m_reason = reason;
    refresh();
}

QString LiveConnectionIndicator::text() const {
    return symbol(m_state) + QLatin1Char(' ') + m_text->text();
}

QString LiveConnectionIndicator::symbol(LiveFeed::State state) {
    switch (state) {
    case LiveFeed::State::Live:
        return QStringLiteral("\u25CF"); // ●
    case LiveFeed::State::Stale:
        return QStringLiteral("\u25D0"); // ◐
    case LiveFeed::State::Reconnecting:
        return QStringLiteral("\u21BB"); // ↻
    case LiveFeed::State::Failed:
        return QStringLiteral("\u2715"); // ✕
    case LiveFeed::State::Connecting:
        return QStringLiteral("\u2026"); // …
    case LiveFeed::State::Idle:
        break;
    }
    return QStringLiteral("\u25CB"); // ○
}

QString LiveConnectionIndicator::label(LiveFeed::State state) {
    switch (state) {
    case LiveFeed::State::Live:
        return tr("Live");
    case LiveFeed::State::Stale:
        return tr("Stale: showing last known state");
    case LiveFeed::State::Reconnecting:
        return tr("Reconnecting");
    case LiveFeed::State::Failed:
        return tr("Failed");
    case LiveFeed::State::Connecting:
        return tr("Connecting");
    case LiveFeed::State::Idle:
        break;
    }
    return tr("Not connected");
}

QColor LiveConnectionIndicator::colour(LiveFeed::State state) {
    switch (state) {
    case LiveFeed::State::Live:
        return QColor(0x1e, 0x9e, 0x4a); // green
    case LiveFeed::State::Stale:
        return QColor(0xc7, 0x8a, 0x00); // amber
    case LiveFeed::State::Reconnecting:
        return QColor(0x2f, 0x80, 0xd0); // blue: working on it
    case LiveFeed::State::Failed:
        return QColor(0xd0, 0x3a, 0x2f); // red
    case LiveFeed::State::Connecting:
    case LiveFeed::State::Idle:
        break;
    }
    return QColor(0x88, 0x88, 0x88);
}

void LiveConnectionIndicator::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        refresh();
}

void LiveConnectionIndicator::paintEvent(QPaintEvent *event) {
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour(m_state), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
}

void LiveConnectionIndicator::refresh() {
    const QColor tint = colour(m_state);
    QString label = LiveConnectionIndicator::label(m_state);
    //! A failure's reason is shown, not only hovered: the person has to act on it.
    if (m_state == LiveFeed::State::Failed && !m_reason.isEmpty())
        label = tr("Failed: %1").arg(m_reason);
    m_text->setText(label);
    // Only the symbol takes the state colour; the words keep the palette's text colour, so
    // they read on light and dark windows alike. paintEvent repeats the colour as a border.
    m_symbol->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>").arg(tint.name(), symbol(m_state)));
    update();
    setToolTip(m_reason.isEmpty() ? label : label + QLatin1Char('\n') + m_reason);
    setAccessibleName(label);
}

} // namespace Density
