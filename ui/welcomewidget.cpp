#include "welcomewidget.h"

#include "choicebutton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Density {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
    , m_demo(new ChoiceButton(
          tr("Explore the demo portfolio"),
          tr("A simulated organization with campuses, buildings, floors and rooms, served on "
             "this computer. No account needed."),
          this))
    , m_connect(new ChoiceButton(tr("Connect to your Density account"),
                                 tr("Enter the API address and an API token. The token is kept "
                                    "for this session only."),
                                 this)) {
    auto *title = new QLabel(tr("Welcome to Density Dashboard"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    title->setWordWrap(true);

    auto *intro = new QLabel(tr("See how your floors, rooms and desks are used: occupancy, "
                                "utilization and time used, with the time range, operating hours "
                                "and data quality behind every number."),
                             this);
    intro->setWordWrap(true);

    // A readable column in the middle of a large window, not a line across the screen.
    auto *column = new QWidget(this);
    column->setMaximumWidth(620);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(title);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_demo);
    columnLayout->addWidget(m_connect);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 6);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    setTabOrder(m_demo, m_connect);
    setFocusProxy(m_demo);
    connect(m_demo, &ChoiceButton::clicked, this, &WelcomeWidget::demoRequested);
    connect(m_connect, &ChoiceButton::clicked, this, &WelcomeWidget::connectRequested);
}

} // namespace Density
