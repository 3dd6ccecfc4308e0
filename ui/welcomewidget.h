#pragma once

#include <QWidget>

namespace Density {

class ChoiceButton;

//! Shown when no account is configured: the two ways in, the demo portfolio (no account
//! needed, runs on this computer) or a connection to the user's Density organization.
class WelcomeWidget : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

    ChoiceButton *demoButton() const { return m_demo; }
    ChoiceButton *connectButton() const { return m_connect; }

Q_SIGNALS:
    void demoRequested();
    void connectRequested();

private:
    ChoiceButton *m_demo;
    ChoiceButton *m_connect;
};

} // namespace Density
