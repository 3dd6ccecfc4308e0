#include "connectdialog.h"

#include "apptheme.h"
#include "windowfit.h"

#include "api/densityclient.h"
#include "auth/tokenprovider.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Density {

ConnectDialog::ConnectDialog(const QUrl &baseUrl, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_displayId(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_form(new QFormLayout)
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_status(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_tester(new ConnectionTest(this)) {
    setWindowTitle(tr("Connect to Density"));
    m_url->setText(baseUrl.isValid() ? baseUrl.toString()
                                     : QStringLiteral("https://api.density.io"));
    m_url->setMinimumWidth(360);
    m_url->setAccessibleName(tr("API address"));

    // Same order as ConnectionAuthKind.
    m_kind->addItem(tr("Static API token"), int(ConnectionAuthKind::StaticToken));
    m_kind->addItem(tr("OAuth client credentials"), int(ConnectionAuthKind::OAuthClient));
    m_kind->addItem(tr("Display credentials (wall screen)"),
                    int(ConnectionAuthKind::DisplayCredentials));
    m_kind->setAccessibleName(tr("Sign in with"));

    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("tok_…"));
    m_token->setAccessibleName(tr("API token"));
    m_clientId->setAccessibleName(tr("Client id"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_displayId->setAccessibleName(tr("Display id"));
    m_displayId->setPlaceholderText(tr("the display this screen signs in as"));

    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    m_status->setMinimumWidth(m_status->fontMetrics().averageCharWidth() * 40);

    m_detailsButton->setText(tr("Certificate &details"));
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->hide();
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setAccessibleName(tr("Certificate details"));
    // A fingerprint is one long "word": wrap it anywhere rather than scroll sideways.
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_details->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The whole leaf certificate without scrolling (about 13 lines).
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 15);
    m_details->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->addRow(tr("&API address:"), m_url);
    m_form->addRow(tr("&Sign in with:"), m_kind);
    m_form->addRow(tr("API &token:"), m_token);
    m_form->addRow(tr("Client &id:"), m_clientId);
    m_form->addRow(tr("Client s&ecret:"), m_clientSecret);
    m_form->addRow(tr("Dis&play id:"), m_displayId);
    m_form->addRow(QString(), m_note);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, [this] { check(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_detailsButton, &QToolButton::toggled, this, &ConnectDialog::setDetailsExpanded);
    connect(m_tester, &ConnectionTest::progress, this, [this](const QString &sentence) {
        m_status->setStyleSheet(QString());
        m_status->setText(sentence);
    });
    connect(m_tester, &ConnectionTest::finished, this, &ConnectDialog::showResult);
    // Editing invalidates an earlier success.
    for (QLineEdit *edit : {m_url, m_token, m_clientId, m_clientSecret, m_displayId})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_verified = false; });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_verified = false;
        updateKindFields();
    });
    updateKindFields();
    m_token->setFocus();
}

ConnectDialog::~ConnectDialog() {
    m_tester->abort();
}

QUrl ConnectDialog::baseUrl() const {
    const QString text = m_url->text().trimmed();
    // fromUserInput would make "api.density.io" plain http://, which is then refused: a bare
    // host means https.
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        return QUrl::fromUserInput(QStringLiteral("https://") + text);
    return QUrl::fromUserInput(text);
}

ConnectionAuthKind ConnectDialog::authKind() const {
    return ConnectionAuthKind(m_kind->currentData().toInt());
}

void ConnectDialog::setAuthKind(ConnectionAuthKind kind) {
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QString ConnectDialog::token() const {
    return m_token->text().trimmed();
}

QString ConnectDialog::clientId() const {
    return m_clientId->text().trimmed();
}

QString ConnectDialog::clientSecret() const {
    return m_clientSecret->text().trimmed();
}

QString ConnectDialog::displayId() const {
    return m_displayId->text().trimmed();
}

ConnectionInput ConnectDialog::input() const {
    ConnectionInput input;
    input.baseUrl = baseUrl();
    input.authKind = authKind();
    switch (input.authKind) {
    case ConnectionAuthKind::StaticToken:
        input.token = token();
        break;
    case ConnectionAuthKind::DisplayCredentials:
        input.displayId = displayId();
        [[fallthrough]];
    case ConnectionAuthKind::OAuthClient:
        input.clientId = clientId();
        input.clientSecret = clientSecret();
        break;
    }
    return input;
}

void ConnectDialog::setInput(const ConnectionInput &input) {
    if (input.baseUrl.isValid())
        m_url->setText(input.baseUrl.toString());
    setAuthKind(input.authKind);
    m_token->setText(input.token);
    m_clientId->setText(input.clientId);
    m_clientSecret->setText(input.clientSecret);
    m_displayId->setText(input.displayId);
    m_verified = false;
}

std::unique_ptr<TokenProvider> ConnectDialog::createTokenProvider(DensityClient *client) const {
    return input().createTokenProvider(client);
}

void ConnectDialog::useNetworkSettingsOf(const DensityClient *client) {
    m_tester->client()->setProxySettings(client->proxySettings());
    m_tester->client()->setTimeoutMs(client->timeoutMs());
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

void ConnectDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    growToFitHeight(this);
}

void ConnectDialog::fitHeight(bool mayShrink) {
    if (!isVisible())
        return;
    if (mayShrink) {
        QLayout *box = layout();
        box->activate();
        const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                    : box->totalSizeHint().height();
        resize(width(), std::max(needed, minimumSizeHint().height()));
        return;
    }
    growToFitHeight(this);
}

void ConnectDialog::reject() {
    m_tester->abort();
    setBusy(false);
    QDialog::reject();
}

void ConnectDialog::updateKindFields() {
    const ConnectionAuthKind kind = authKind();
    const bool isStatic = kind == ConnectionAuthKind::StaticToken;
    const bool isDisplay = kind == ConnectionAuthKind::DisplayCredentials;
    m_form->setRowVisible(m_token, isStatic);
    m_form->setRowVisible(m_clientId, !isStatic);
    m_form->setRowVisible(m_clientSecret, !isStatic);
    m_form->setRowVisible(m_displayId, isDisplay);
    switch (kind) {
    case ConnectionAuthKind::StaticToken:
        m_note->setText(tr("A long-lived token an Owner created (it starts with tok_). It is kept "
                           "in the system keychain (or for this session only where there is "
                           "none), never in a settings file."));
        break;
    case ConnectionAuthKind::OAuthClient:
        m_note->setText(tr("The id and secret of an OAuth client an Owner created (Your Account "
                           "→ Developer). Needed to manage users. The secret is kept in the "
                           "system keychain (or for this session only), never in a settings "
                           "file."));
        break;
    case ConnectionAuthKind::DisplayCredentials:
        m_note->setText(tr("Credentials for a wall screen: they can read presence only. The "
                           "secret is kept in the system keychain (or for this session only)."));
        break;
    }
    fitHeight(true);
}

void ConnectDialog::check(bool acceptOnSuccess) {
    m_acceptOnSuccess = acceptOnSuccess;
    m_verified = false;
    setBusy(true);
    m_tester->start(input());
}

void ConnectDialog::showResult(const ConnectionTestResult &result) {
    setBusy(false);
    m_lastResult = result;
    m_status->setText(result.sentence);
    // Red only for problems, in the theme's legible red; the palette's text colour otherwise.
    m_status->setStyleSheet(
        result.ok()
            ? QString()
            : QStringLiteral("color: %1;").arg(AppTheme::errorTextColour(palette()).name()));

    const QString details = result.detailsText();
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    if (details.isEmpty())
        setDetailsExpanded(false);
    else if (m_detailsButton->isChecked())
        setDetailsExpanded(true);

    if (result.kind == ConnectionTestResult::Kind::Incomplete) {
        // Put the cursor where the missing piece goes.
        const ConnectionInput typed = input();
        QLineEdit *missing = m_url;
        if (typed.baseUrl.isValid() && !typed.baseUrl.host().isEmpty()) {
            if (authKind() == ConnectionAuthKind::StaticToken)
                missing = m_token;
            else if (typed.clientId.isEmpty())
                missing = m_clientId;
            else if (typed.clientSecret.isEmpty())
                missing = m_clientSecret;
            else
                missing = m_displayId;
        }
        missing->setFocus();
    }

    m_verified = result.ok();
    Q_EMIT checked(result.ok(), result.sentence);
    Q_EMIT tested(result);
    fitHeight(false);
    if (result.ok() && m_acceptOnSuccess)
        QDialog::accept();
}

void ConnectDialog::setDetailsExpanded(bool expanded) {
    if (m_detailsButton->isChecked() != expanded)
        m_detailsButton->setChecked(expanded); // comes back here through toggled()
    m_detailsButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_details->isVisible() == expanded)
        return;
    m_details->setVisible(expanded);
    fitHeight(!expanded);
}

void ConnectDialog::setBusy(bool busy) {
    m_test->setEnabled(!busy);
    connectButton()->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    for (QLineEdit *edit : {m_url, m_token, m_clientId, m_clientSecret, m_displayId})
        edit->setReadOnly(busy);
}

} // namespace Density
