#include "choicebutton.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Density {

ChoiceButton::ChoiceButton(const QString &title, const QString &description, QWidget *parent)
    : QPushButton(parent)
    , m_title(new QLabel(title, this))
    , m_description(new QLabel(description, this)) {
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_description->setWordWrap(true);
    for (QLabel *label : {m_title, m_description})
        label->setAttribute(Qt::WA_TransparentForMouseEvents); // clicks belong to the button
    setAccessibleName(title);
    setAccessibleDescription(description);
    setToolTip(description);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_description);

    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed, QSizePolicy::PushButton);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QString ChoiceButton::title() const {
    return m_title->text();
}

QString ChoiceButton::description() const {
    return m_description->text();
}

QSize ChoiceButton::sizeHint() const {
    return layout()->totalSizeHint();
}

QSize ChoiceButton::minimumSizeHint() const {
    return layout()->totalMinimumSize();
}

bool ChoiceButton::hasHeightForWidth() const {
    return true;
}

int ChoiceButton::heightForWidth(int width) const {
    return layout()->totalHeightForWidth(width);
}

} // namespace Density
