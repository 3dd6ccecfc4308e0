#pragma once

#include "api/pendingcall.h"

#include <QDialog>
#include <QUrl>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Density {

class DensityClient;
class StaticTokenProvider;

//! Asks for a base URL and an API token and checks them with hello-world. The token lives in
//! memory for this session only (never QSettings, never a file) until the accounts work adds
//! the system keychain; the dialog says so. Accepting runs the same check first and keeps the
//! user's input when it fails.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(const QUrl &baseUrl, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    QUrl baseUrl() const;
    QString token() const;
    QString statusText() const;
    //! True after a check succeeded with the current input.
    bool isVerified() const { return m_verified; }

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *connectButton() const;

    void accept() override;

Q_SIGNALS:
    //! The check finished; `ok` and the sentence shown.
    void checked(bool ok, const QString &sentence);

private:
    void check(bool acceptOnSuccess);
    void setStatus(const QString &text, bool ok);
    void setBusy(bool busy);

    QLineEdit *m_url;
    QLineEdit *m_token;
    QPushButton *m_test;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    //! A client of its own, so a failed test never changes the connection in use.
    std::unique_ptr<DensityClient> m_client;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    RequestHandle m_running;
    bool m_verified = false;
};

} // namespace Density
