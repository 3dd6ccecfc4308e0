#include "settingsdialog.h"

#include "dialoglayout.h"
#include "windowfit.h"

#include "applanguage.h"
#include "apptheme.h"
#include "kiosk/kiosksettingssection.h"
#include "operatinghoursdialog.h"

#include "analytics/timebasis.h"
#include "auth/credentialstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Density {

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_appearanceBox(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_themeLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_appearanceNote(DialogLayout::note(this))
    , m_dataBox(new QGroupBox(this))
    , m_hoursLabel(new QLabel(this))
    , m_hoursText(new QLabel(this))
    , m_hoursButton(new QPushButton(this))
    , m_demo(new QCheckBox(this))
    , m_networkBox(new QGroupBox(this))
    , m_proxySystem(new QRadioButton(this))
    , m_proxyNone(new QRadioButton(this))
    , m_proxyManual(new QRadioButton(this))
    , m_manual(new QWidget(this))
    , m_proxyTypeLabel(new QLabel(this))
    , m_proxyType(new QComboBox(this))
    , m_proxyHostLabel(new QLabel(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPortLabel(new QLabel(this))
    , m_proxyPort(new QSpinBox(this))
    , m_proxyUserLabel(new QLabel(this))
    , m_proxyUser(new QLineEdit(this))
    , m_proxyPasswordLabel(new QLabel(this))
    , m_proxyPassword(new QLineEdit(this))
    , m_passwordNote(DialogLayout::note(this))
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_timeoutNote(DialogLayout::note(this))
    , m_tabs(new QTabWidget(this))
    , m_kiosk(new KioskSettingsSection(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply |
                                         QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    m_appearanceBox->setObjectName(QStringLiteral("appearanceBox"));

    // Appearance
    fillLanguages();
    for (int i = 0; i < 3; ++i)
        m_theme->addItem(QString(), Preferences::themeName(Preferences::Theme(i)));
    auto *appearance = DialogLayout::form();
    appearance->addRow(m_languageLabel, m_language);
    appearance->addRow(m_themeLabel, m_theme);
    appearance->addRow(m_appearanceNote);
    m_appearanceBox->setLayout(appearance);
    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);

    // Data
    m_hoursText->setWordWrap(true);
    auto *hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_hoursText, 1);
    hoursRow->addWidget(m_hoursButton, 0, Qt::AlignTop);
    auto *dataForm = DialogLayout::form();
    dataForm->addRow(m_hoursLabel, hoursRow);
    dataForm->addRow(m_demo);
    m_dataBox->setLayout(dataForm);
    m_hoursLabel->setBuddy(m_hoursButton);

    // Network
    m_proxyType->addItem(QStringLiteral("HTTP"),
                         ProxySettings::typeName(ProxySettings::Type::Http));
    m_proxyType->addItem(QStringLiteral("SOCKS5"),
                         ProxySettings::typeName(ProxySettings::Type::Socks5));
    m_proxyPort->setRange(0, 65535);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    auto *manual = DialogLayout::form();
    manual->setContentsMargins(24, 0, 0, 0); // under "Manual proxy"
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_proxyHost, 1);
    hostRow->addWidget(m_proxyPortLabel);
    hostRow->addWidget(m_proxyPort);
    manual->addRow(m_proxyTypeLabel, m_proxyType);
    manual->addRow(m_proxyHostLabel, hostRow);
    manual->addRow(m_proxyUserLabel, m_proxyUser);
    manual->addRow(m_proxyPasswordLabel, m_proxyPassword);
    manual->addRow(m_passwordNote);
    m_manual->setLayout(manual);
    m_proxyTypeLabel->setBuddy(m_proxyType);
    m_proxyHostLabel->setBuddy(m_proxyHost);
    m_proxyPortLabel->setBuddy(m_proxyPort);
    m_proxyUserLabel->setBuddy(m_proxyUser);
    m_proxyPasswordLabel->setBuddy(m_proxyPassword);

    m_timeout->setRange(Preferences::MinTimeoutSeconds, Preferences::MaxTimeoutSeconds);
    auto *network = new QVBoxLayout;
    network->addWidget(m_proxySystem);
    network->addWidget(m_proxyNone);
    network->addWidget(m_proxyManual);
    network->addWidget(m_manual);
    auto *timeoutForm = DialogLayout::form();
    timeoutForm->addRow(m_timeoutLabel, m_timeout);
    timeoutForm->addRow(m_timeoutNote);
    network->addSpacing(6);
    network->addLayout(timeoutForm);
    m_networkBox->setLayout(network);
    m_timeoutLabel->setBuddy(m_timeout);

    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->hide();

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(m_appearanceBox);
    generalLayout->addWidget(m_dataBox);
    generalLayout->addWidget(m_networkBox);
    generalLayout->addStretch();
    m_tabs->addTab(general, QString());
    m_tabs->addTab(m_kiosk, QString());
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(applyButton(), &QPushButton::clicked, this, &SettingsDialog::applyChanges);
    // Restore Defaults resets the tab in view: the kiosk's floors are not a "preference" to
    // lose while changing the theme.
    connect(restoreDefaultsButton(), &QPushButton::clicked, this, [this] {
        if (m_tabs->currentWidget() == m_kiosk)
            m_kiosk->restoreDefaults();
        else
            setPreferences(Preferences{});
    });
    connect(m_hoursButton, &QPushButton::clicked, this, &SettingsDialog::editOperatingHours);

    for (QComboBox *combo : {m_language, m_theme, m_proxyType})
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    for (QRadioButton *radio : {m_proxySystem, m_proxyNone, m_proxyManual})
        connect(radio, &QRadioButton::toggled, this, &SettingsDialog::updateState);
    for (QLineEdit *edit : {m_proxyHost, m_proxyUser, m_proxyPassword})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    for (QSpinBox *spin : {m_proxyPort, m_timeout})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::updateState);
    connect(m_demo, &QCheckBox::toggled, this, &SettingsDialog::updateState);
    connect(m_kiosk, &KioskSettingsSection::changed, this, &SettingsDialog::updateState);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SettingsDialog::updateState);
    // Each tab wraps its notes at the dialog's width; a dialog does not follow height-for-width
    // by itself, so grow it whenever another tab (or a message) may need more lines.
    connect(m_tabs, &QTabWidget::currentChanged, this, &SettingsDialog::fitHeight,
            Qt::QueuedConnection);

    QSettings kioskSettings;
    m_kiosk->load(kioskSettings);
    retranslateUi();
    setPreferences(m_settings->preferences());
}

void SettingsDialog::fillLanguages() {
    m_language->addItem(QString(), QString()); // "System default (...)", set in retranslateUi()
    const QList<AppLanguage::Language> languages = AppLanguage::available();
    for (const AppLanguage::Language &language : languages)
        m_language->addItem(language.name, language.code);
}

void SettingsDialog::retranslateUi() {
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_kiosk) - 1, tr("&General"));
    m_tabs->setTabText(m_tabs->indexOf(m_kiosk), tr("&Kiosk"));

    m_appearanceBox->setTitle(tr("Appearance"));
    m_languageLabel->setText(tr("&Language:"));
    QString systemLanguage = QLocale::system().nativeLanguageName();
    if (!systemLanguage.isEmpty())
        systemLanguage[0] = systemLanguage[0].toUpper();
    m_language->setItemText(0, systemLanguage.isEmpty()
                                   ? tr("System default")
                                   : tr("System default (%1)").arg(systemLanguage));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(int(Preferences::Theme::System), tr("Follow the system"));
    m_theme->setItemText(int(Preferences::Theme::Light), tr("Light"));
    m_theme->setItemText(int(Preferences::Theme::Dark), tr("Dark"));
    m_appearanceNote->setText(tr("Language and theme change as soon as you press Apply or OK."));

    m_dataBox->setTitle(tr("Data"));
    m_hoursLabel->setText(tr("Default operating hours:"));
    m_hoursButton->setText(tr("&Change…"));
    m_hoursButton->setToolTip(tr("The hours every chart page starts with; the query bar can "
                                 "still change them for one question."));
    m_demo->setText(tr("Offer the &demo portfolio (simulated data, no account needed)"));
    m_demo->setToolTip(tr("Offers the demo on the welcome screen and in the File menu. Starting "
                          "the program with --demo always works."));

    m_networkBox->setTitle(tr("Network"));
    m_proxySystem->setText(tr("Use the &system's proxy settings"));
    m_proxyNone->setText(tr("&No proxy (connect directly)"));
    m_proxyManual->setText(tr("&Manual proxy:"));
    m_proxyTypeLabel->setText(tr("T&ype:"));
    m_proxyHostLabel->setText(tr("&Host:"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPortLabel->setText(tr("&Port:"));
    m_proxyUserLabel->setText(tr("&User name:"));
    m_proxyUser->setPlaceholderText(tr("Optional"));
    m_proxyPasswordLabel->setText(tr("Pass&word:"));
    m_proxyPassword->setPlaceholderText(tr("Optional"));
    const CredentialStore *store = m_settings->credentialStore();
    const auto kind = store ? store->kind() : CredentialStore::Kind::SessionOnly;
    m_passwordNote->setText(
        kind == CredentialStore::Kind::Keychain
            ? tr("The password is kept in the system keychain, never in the settings file.")
        : kind == CredentialStore::Kind::InsecureFile
            ? tr("The password is kept in a plain file, as chosen for credentials.")
            : tr("The password is kept until you quit and never saved to disk."));
    m_timeoutLabel->setText(tr("Re&quest timeout:"));
    m_timeout->setSuffix(tr(" seconds"));
    m_timeoutNote->setText(tr("How long to wait for each answer before trying again (%1 to %2 "
                              "seconds).")
                               .arg(Preferences::MinTimeoutSeconds)
                               .arg(Preferences::MaxTimeoutSeconds));

    setHoursShown(m_hours);
    updateState();
}

void SettingsDialog::changeEvent(QEvent *event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateState(); // the message colour follows light / dark
}

Preferences SettingsDialog::preferences() const {
    Preferences prefs;
    prefs.language = m_language->currentData().toString();
    prefs.theme = Preferences::themeFromName(m_theme->currentData().toString());
    prefs.operatingHours = m_hours;
    prefs.offerDemo = m_demo->isChecked();
    prefs.proxy.mode = m_proxyManual->isChecked() ? ProxySettings::Mode::Manual
                       : m_proxyNone->isChecked() ? ProxySettings::Mode::None
                                                  : ProxySettings::Mode::System;
    prefs.proxy.type = ProxySettings::typeFromName(m_proxyType->currentData().toString());
    prefs.proxy.host = m_proxyHost->text().trimmed();
    prefs.proxy.port = m_proxyPort->value();
    prefs.proxy.user = m_proxyUser->text();
    prefs.proxy.password = m_proxyPassword->text();
    prefs.timeoutSeconds = m_timeout->value();
    return prefs;
}

void SettingsDialog::setPreferences(const Preferences &prefs) {
    int language = m_language->findData(prefs.language);
    if (language < 0) {
        // A language whose file went away: keep the choice visible rather than losing it.
        m_language->addItem(prefs.language, prefs.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_theme->setCurrentIndex(int(prefs.theme));
    m_hours = prefs.operatingHours;
    setHoursShown(m_hours);
    m_demo->setChecked(prefs.offerDemo);
    proxyModeButton(prefs.proxy.mode)->setChecked(true);
    m_proxyType->setCurrentIndex(m_proxyType->findData(ProxySettings::typeName(prefs.proxy.type)));
    m_proxyHost->setText(prefs.proxy.host);
    m_proxyPort->setValue(prefs.proxy.port);
    m_proxyUser->setText(prefs.proxy.user);
    m_proxyPassword->setText(prefs.proxy.password);
    m_timeout->setValue(prefs.timeoutSeconds);
    updateState();
}

QString SettingsDialog::problem() const {
    const QString proxy = preferences().proxy.problem();
    return proxy.isEmpty() ? m_kiosk->problem() : proxy;
}

void SettingsDialog::setKioskProfiles(const QList<ConnectionProfile> &profiles) {
    m_kiosk->setProfiles(profiles);
}

void SettingsDialog::setKioskFloors(const QList<KioskFloorChoice> &floors) {
    m_kiosk->setFloorChoices(floors);
}

QRadioButton *SettingsDialog::proxyModeButton(ProxySettings::Mode mode) const {
    switch (mode) {
    case ProxySettings::Mode::System:
        return m_proxySystem;
    case ProxySettings::Mode::None:
        return m_proxyNone;
    case ProxySettings::Mode::Manual:
        return m_proxyManual;
    }
    return m_proxySystem;
}

QPushButton *SettingsDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *SettingsDialog::applyButton() const {
    return m_buttons->button(QDialogButtonBox::Apply);
}

QPushButton *SettingsDialog::cancelButton() const {
    return m_buttons->button(QDialogButtonBox::Cancel);
}

QPushButton *SettingsDialog::restoreDefaultsButton() const {
    return m_buttons->button(QDialogButtonBox::RestoreDefaults);
}

bool SettingsDialog::applyChanges() {
    if (!problem().isEmpty())
        return false;
    m_settings->apply(preferences());
    QSettings kioskSettings;
    m_kiosk->apply(kioskSettings);
    updateState();
    return true;
}

void SettingsDialog::accept() {
    if (applyChanges())
        QDialog::accept();
}

void SettingsDialog::setHoursShown(const OperatingHours &hours) {
    m_hoursText->setText(TimeBasis::operatingHoursText(hours, QLocale()));
}

void SettingsDialog::editOperatingHours() {
    auto *dialog = new OperatingHoursDialog(m_hours, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_hours = dialog->hours();
        setHoursShown(m_hours);
        updateState();
    });
    dialog->open();
    Q_EMIT operatingHoursDialogOpened(dialog);
}

void SettingsDialog::fitHeight() {
    // As wide as the widest tab asks for (a long language's day names, combo texts), but never
    // wider than the screen; then tall enough for every wrapped line at that width.
    const int wanted = std::min(sizeHint().width(), screen()->availableGeometry().width());
    if (width() < wanted)
        resize(wanted, height());
    growToFitHeight(this);
}

void SettingsDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    QMetaObject::invokeMethod(this, &SettingsDialog::fitHeight, Qt::QueuedConnection);
}

void SettingsDialog::updateState() {
    m_manual->setEnabled(m_proxyManual->isChecked());
    const QString text = problem();
    // A kiosk problem is shown under its field; from the General tab, say where to look.
    QString shown = text;
    const QString proxy = preferences().proxy.problem();
    if (proxy.isEmpty() && !text.isEmpty())
        shown = m_tabs->currentWidget() == m_kiosk
                    ? QString()
                    : tr("The Kiosk tab has a problem: %1").arg(text);
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, AppTheme::errorTextColour(palette()));
    m_message->setPalette(messagePalette);
    m_message->setText(shown);
    m_message->setVisible(!shown.isEmpty());
    okButton()->setEnabled(text.isEmpty());
    applyButton()->setEnabled(
        text.isEmpty() && (preferences() != m_settings->preferences() || m_kiosk->isModified()));
}

} // namespace Density
