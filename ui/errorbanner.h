#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Density {

class ApiError;

//! A non-modal strip above the page: the ApiError's sentence with Retry and Dismiss. It never
//! blocks the window, so the user can keep reading what is already loaded.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    //! `canRetry` false hides Retry, for errors a second attempt cannot fix.
    void showMessage(const QString &sentence, bool canRetry = true);
    QString message() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *dismissButton() const { return m_dismiss; }

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    void retryRequested();
    void dismissed();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
};

} // namespace Density
