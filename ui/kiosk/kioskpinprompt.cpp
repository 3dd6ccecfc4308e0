#include "kioskpinprompt.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Density {

KioskPinPrompt::KioskPinPrompt(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("kioskPinPrompt"));
    setAttribute(Qt::WA_StyledBackground, false);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("kioskPinCard"));
    card->setFixedWidth(560);
    // A fixed, high-contrast card: the wall theme may be light or dark behind it. Every text
    // colour here is 4.5:1 or better on its background (tst_accessibility checks them).
    card->setStyleSheet(QStringLiteral(
        "#kioskPinCard { background: #1f2933; border: 2px solid #52606d; border-radius: 18px; }"
        "#kioskPinCard QLabel { color: #f5f7fa; background: transparent; }"
        "#kioskPinCard #kioskPinTitle { font-size: 32px; font-weight: 600; }"
        "#kioskPinCard #kioskPinHint { font-size: 20px; color: #cbd2d9; }"
        "#kioskPinCard #kioskPinMessage { font-size: 22px; color: #ffb4a9; }"
        "#kioskPinCard QLineEdit { font-size: 44px; padding: 10px 16px; color: #102a43;"
        "  background: #ffffff; border: 2px solid #9fb3c8; border-radius: 10px;"
        "  lineedit-password-character: 9679; }"
        "#kioskPinCard QLineEdit:disabled { background: #9aa5b1; }"
        "#kioskPinCard QPushButton { font-size: 22px; padding: 12px 28px; border-radius: 10px;"
        "  color: #f5f7fa; background: #3e4c59; border: 1px solid #7b8794; }"
        "#kioskPinCard #kioskPinLeave { background: #1f6fb2; border-color: #1f6fb2; }"
        "#kioskPinCard QPushButton:disabled, #kioskPinCard #kioskPinLeave:disabled {"
        "  color: #9aa5b1; background: #323f4b; border-color: #52606d; }"));

    auto *title = new QLabel(tr("Leave kiosk mode"), card);
    title->setObjectName(QStringLiteral("kioskPinTitle"));
    auto *hint = new QLabel(tr("Enter the exit PIN, then press Enter."), card);
    hint->setObjectName(QStringLiteral("kioskPinHint"));
    hint->setWordWrap(true);

    m_pin = new QLineEdit(card);
    m_pin->setObjectName(QStringLiteral("kioskPinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAlignment(Qt::AlignCenter);
    m_pin->setMaxLength(32);
    m_pin->setAccessibleName(tr("Exit PIN"));
    m_pin->setContextMenuPolicy(Qt::NoContextMenu);

    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("kioskPinMessage"));
    m_message->setWordWrap(true);
    // Room for two lines at 22 px: the card takes its size hint, which ignores word wrapping.
    m_message->setMinimumHeight(60);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->hide();

    auto *cancel = new QPushButton(tr("Cancel"), card);
    cancel->setObjectName(QStringLiteral("kioskPinCancel"));
    m_leave = new QPushButton(tr("Leave"), card);
    m_leave->setObjectName(QStringLiteral("kioskPinLeave"));
    cancel->setFocusPolicy(Qt::NoFocus);
    m_leave->setFocusPolicy(Qt::NoFocus);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_leave);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(36, 32, 36, 32);
    cardLayout->setSpacing(18);
    cardLayout->addWidget(title);
    cardLayout->addWidget(hint);
    cardLayout->addWidget(m_pin);
    cardLayout->addWidget(m_message);
    cardLayout->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    // Stretches rather than an alignment flag, so the card grows with a wrapped message.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);

    connect(m_pin, &QLineEdit::returnPressed, this, &KioskPinPrompt::submit);
    connect(m_leave, &QPushButton::clicked, this, &KioskPinPrompt::submit);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
    hide();
}

void KioskPinPrompt::open() {
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    m_pin->clear();
    setMessage(QString());
    show();
    raise();
    m_pin->setFocus(Qt::OtherFocusReason);
}

void KioskPinPrompt::setMessage(const QString &text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString KioskPinPrompt::message() const {
    return m_message->text();
}

void KioskPinPrompt::setLocked(bool locked) {
    m_pin->setEnabled(!locked);
    m_leave->setEnabled(!locked);
    if (!locked)
        m_pin->setFocus(Qt::OtherFocusReason);
}

void KioskPinPrompt::submit() {
    if (!m_pin->isEnabled())
        return;
    const QString pin = m_pin->text();
    m_pin->clear();
    emit submitted(pin);
}

void KioskPinPrompt::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 170)); // a scrim so the card stands out from the content
}

void KioskPinPrompt::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Density
