#pragma once

#include "appsettings.h"
#include "auth/connectionprofile.h"

#include <QDialog>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QWidget;

namespace Density {

class KioskSettingsSection;
class OperatingHoursDialog;
struct KioskFloorChoice;

//! Preferences > Settings: language and theme (both take effect on Apply / OK, no restart),
//! the query bar's default operating hours, whether the demo portfolio is offered, the proxy
//! and the request timeout on the "General" tab; the wall screen's settings on the "Kiosk" tab
//! (KioskSettingsSection). Problems show inline and keep OK and Apply disabled; Cancel
//! discards whatever was not applied yet.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    //! What the widgets say now (not applied yet).
    Preferences preferences() const;
    void setPreferences(const Preferences &prefs);
    //! Empty when the form can be applied, else the sentence shown under it.
    QString problem() const;

    //! The owner's connection profiles (the kiosk may sign in with a display profile); the
    //! dialog never opens a profile store itself.
    void setKioskProfiles(const QList<ConnectionProfile> &profiles);
    //! Floors the kiosk can rotate through (the owner's space tree); without any, the Kiosk
    //! tab asks for floor ids.
    void setKioskFloors(const QList<KioskFloorChoice> &floors);
    KioskSettingsSection *kioskSection() const { return m_kiosk; }
    QTabWidget *tabs() const { return m_tabs; }

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *themeCombo() const { return m_theme; }
    QLabel *operatingHoursLabel() const { return m_hoursText; }
    QPushButton *operatingHoursButton() const { return m_hoursButton; }
    QCheckBox *demoCheck() const { return m_demo; }
    QRadioButton *proxyModeButton(ProxySettings::Mode mode) const;
    QComboBox *proxyTypeCombo() const { return m_proxyType; }
    QLineEdit *proxyHostEdit() const { return m_proxyHost; }
    QSpinBox *proxyPortSpin() const { return m_proxyPort; }
    QLineEdit *proxyUserEdit() const { return m_proxyUser; }
    QLineEdit *proxyPasswordEdit() const { return m_proxyPassword; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const;
    QPushButton *applyButton() const;
    QPushButton *cancelButton() const;
    QPushButton *restoreDefaultsButton() const;

public Q_SLOTS:
    //! Saves and applies the form (Apply); false when the form has a problem.
    bool applyChanges();
    void accept() override;

Q_SIGNALS:
    //! The operating hours editor is open (tests drive it; it is window-modal).
    void operatingHoursDialogOpened(Density::OperatingHoursDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitHeight();
    void retranslateUi();
    void fillLanguages();
    void setHoursShown(const OperatingHours &hours);
    void editOperatingHours();
    void updateState();

    AppSettings *m_settings;
    OperatingHours m_hours;

    QGroupBox *m_appearanceBox;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_appearanceNote;

    QGroupBox *m_dataBox;
    QLabel *m_hoursLabel;
    QLabel *m_hoursText;
    QPushButton *m_hoursButton;
    QCheckBox *m_demo;

    QGroupBox *m_networkBox;
    QRadioButton *m_proxySystem;
    QRadioButton *m_proxyNone;
    QRadioButton *m_proxyManual;
    QWidget *m_manual;
    QLabel *m_proxyTypeLabel;
    QComboBox *m_proxyType;
    QLabel *m_proxyHostLabel;
    QLineEdit *m_proxyHost;
    QLabel *m_proxyPortLabel;
    QSpinBox *m_proxyPort;
    QLabel *m_proxyUserLabel;
    QLineEdit *m_proxyUser;
    QLabel *m_proxyPasswordLabel;
    QLineEdit *m_proxyPassword;
    QLabel *m_passwordNote;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_timeoutNote;

    QTabWidget *m_tabs;
    KioskSettingsSection *m_kiosk;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Density
