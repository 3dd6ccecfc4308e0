#include "connectdialog.h"

#include "api/densityclient.h"
#include "auth/tokenprovider.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Density {

ConnectDialog::ConnectDialog(const QUrl &baseUrl, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_client(std::make_unique<DensityClient>()) {
    setWindowTitle(tr("Connect to Density"));
    m_url->setText(baseUrl.isValid() ? baseUrl.toString()
                                     : QStringLiteral("https://api.density.io"));
    m_url->setMinimumWidth(320);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("tok_…"));
    m_token->setAccessibleName(tr("API token"));

    auto *tokenNote = new QLabel(tr("The token is kept in memory for this session only: it is not "
                                    "saved to disk, so you will enter it again next time. Storing "
                                    "it in the system keychain comes with account profiles."),
                                 this);
    tokenNote->setWordWrap(true);
    tokenNote->setForegroundRole(QPalette::PlaceholderText);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&API address:"), m_url);
    form->addRow(tr("API &token:"), m_token);
    form->addRow(QString(), tokenNote);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, [this] { check(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Editing invalidates an earlier success.
    for (QLineEdit *edit : {m_url, m_token})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_verified = false; });
    m_token->setFocus();
}

ConnectDialog::~ConnectDialog() {
    m_running.abort();
}

QUrl ConnectDialog::baseUrl() const {
    return QUrl::fromUserInput(m_url->text().trimmed());
}

QString ConnectDialog::token() const {
    return m_token->text().trimmed();
}

QString ConnectDialog::statusText() const {
    return m_status->text();
}

QPushButton *ConnectDialog::connectButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ConnectDialog::accept() {
    if (m_verified) {
        QDialog::accept();
        return;
    }
    check(true);
}

void ConnectDialog::check(bool acceptOnSuccess) {
    m_running.abort();
    const QUrl url = baseUrl();
    // fromUserInput turns "api.density.io" into http://; only https (or loopback) may pass.
    const QString problem = DensityClient::checkBaseUrl(url);
    if (!problem.isEmpty()) {
        setStatus(problem, false);
        return;
    }
    if (token().isEmpty()) {
        setStatus(tr("Enter an API token."), false);
        m_token->setFocus();
        return;
    }
    m_client->setBaseUrl(url);
    m_tokens = std::make_unique<StaticTokenProvider>(token());
    m_client->setTokenProvider(m_tokens.get());
    setBusy(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Checking %1…").arg(url.host()));
    m_running = m_client->helloWorld(this, [this, acceptOnSuccess](const Result<QString> &result) {
        setBusy(false);
        if (!result) {
            setStatus(result.error().message(), false);
            return;
        }
        m_verified = true;
        setStatus(tr("Connected: the API answered \"%1\".").arg(result.value()), true);
        if (acceptOnSuccess)
            QDialog::accept();
    });
}

void ConnectDialog::setStatus(const QString &text, bool ok) {
    m_status->setText(text);
    // Red only for problems; the palette's text colour otherwise, so dark themes stay legible.
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #c0392b;"));
    Q_EMIT checked(ok, text);
}

void ConnectDialog::setBusy(bool busy) {
    m_test->setEnabled(!busy);
    connectButton()->setEnabled(!busy);
    m_url->setReadOnly(busy);
    m_token->setReadOnly(busy);
}

} // namespace Density
