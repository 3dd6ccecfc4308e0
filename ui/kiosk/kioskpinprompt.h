#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Density {

//! The exit-PIN prompt: a child overlay inside the kiosk window (never a separate top-level a
//! passer-by could move, close or escape through), sized to be read from a few metres away.
class KioskPinPrompt : public QWidget {
    Q_OBJECT
public:
    explicit KioskPinPrompt(QWidget *parent);

    //! Shows the prompt over the whole parent with an empty field and focus in it.
    void open();
    void setMessage(const QString &text);
    QString message() const;
    //! Disables entry while a back-off after wrong PINs runs.
    void setLocked(bool locked);
    QLineEdit *pinField() const { return m_pin; }

signals:
    void submitted(const QString &pin);
    void cancelled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();

    QLineEdit *m_pin = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_leave = nullptr;
};

} // namespace Density
