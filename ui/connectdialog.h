#pragma once

#include "api/connectiontest.h"

#include <QDialog>
#include <QUrl>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Density {

class DensityClient;
class TokenProvider;

//! Asks for a base URL and credentials — a static token, OAuth client credentials or display
//! credentials — and checks them with ConnectionTest: hello-world, or the token endpoint and
//! then hello-world. Each failure gets its own sentence; a refused certificate shows its
//! details and is never accepted. Accepting runs the same check first and keeps the user's
//! input when it fails. The secrets live in this dialog only until the caller takes them.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(const QUrl &baseUrl, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    QUrl baseUrl() const;
    ConnectionAuthKind authKind() const;
    void setAuthKind(ConnectionAuthKind kind);
    QString token() const;
    QString clientId() const;
    QString clientSecret() const;
    QString displayId() const;
    //! Everything typed in, as the connection test and a profile want it.
    ConnectionInput input() const;
    //! Pre-fills the fields (e.g. from a profile); secrets may be left empty.
    void setInput(const ConnectionInput &input);
    //! A token provider for the accepted input, to be used by `client` (the app's client: OAuth
    //! and display providers fetch their tokens through it).
    std::unique_ptr<TokenProvider> createTokenProvider(DensityClient *client) const;

    QString statusText() const;
    //! True after a check succeeded with the current input.
    bool isVerified() const { return m_verified; }
    ConnectionTestResult lastResult() const { return m_lastResult; }
    //! The tester (its own client, never the one in use).
    ConnectionTest *connectionTest() const { return m_tester; }
    //! Tests through the same proxy and with the same timeout as `client` (the app's), so a
    //! success here means the real connection will get through too.
    void useNetworkSettingsOf(const DensityClient *client);

    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *authKindCombo() const { return m_kind; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *clientSecretEdit() const { return m_clientSecret; }
    QLineEdit *displayIdEdit() const { return m_displayId; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *connectButton() const;
    //! Shows or hides the certificate details; only offered after a TLS failure.
    QToolButton *detailsButton() const { return m_detailsButton; }
    QPlainTextEdit *detailsView() const { return m_details; }

    void accept() override;
    //! Also stops a test still running.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    //! The check finished; `ok` and the sentence shown.
    void checked(bool ok, const QString &sentence);
    //! The same moment, with the whole result (kind, certificate details).
    void tested(const Density::ConnectionTestResult &result);

private:
    void check(bool acceptOnSuccess);
    void showResult(const ConnectionTestResult &result);
    void updateKindFields();
    void setDetailsExpanded(bool expanded);
    void setBusy(bool busy);
    //! Top-level windows ignore height-for-width: grow so every wrapped line shows, or also
    //! shrink back when rows or the details area went away.
    void fitHeight(bool mayShrink);

    QLineEdit *m_url;
    QComboBox *m_kind;
    QLineEdit *m_token;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_displayId;
    QLabel *m_note;
    QFormLayout *m_form;
    QPushButton *m_test;
    QLabel *m_status;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
    //! Runs the checks with a client of its own, so a failed test never changes the
    //! connection in use.
    ConnectionTest *m_tester;
    ConnectionTestResult m_lastResult;
    bool m_acceptOnSuccess = false;
    bool m_verified = false;
};

} // namespace Density
