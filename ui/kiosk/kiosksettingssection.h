#pragma once

#include "auth/connectionprofile.h"
#include "kioskconfig.h"
#include "kioskschedule.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QSpinBox;
class QTimeEdit;
class QVBoxLayout;

namespace Density {

class SpaceTreeModel;

//! A floor the wall screen can rotate through, as the Settings dialog's owner knows it.
struct KioskFloorChoice {
    QString id = {};
    QString name = {};
    QString buildingName = {};
};

//! The Settings dialog's "Kiosk" tab: what `density-dashboard --kiosk` shows (KioskConfig), when
//! it sleeps (KioskSchedule) and its exit PIN (KioskPin). Like the rest of the dialog it edits a
//! copy: load() reads the settings, problem() says what blocks OK (each problem is also shown
//! under its field), apply() writes. The PIN itself is only ever held in the two password
//! fields until apply() hashes it.
class KioskSettingsSection : public QWidget {
    Q_OBJECT
public:
    enum class PinChange { None, Set, Remove };

    explicit KioskSettingsSection(QWidget *parent = nullptr);

    //! The owner's connection profiles; only those with display credentials are offered (a
    //! wall screen signs in as a display). Keeps the current choice when it is still there.
    void setProfiles(const QList<ConnectionProfile> &profiles);
    //! Floors to choose from; without any, the floors are a comma-separated list of ids.
    void setFloorChoices(const QList<KioskFloorChoice> &floors);
    //! Every space of type "floor" in `model`, in tree order, with its building's name.
    static QList<KioskFloorChoice> floorChoices(const SpaceTreeModel &model);

    //! Reads kiosk/* and whether a PIN is set; forgets an unapplied PIN change.
    void load(QSettings &settings);
    //! What the widgets say now (not applied yet).
    KioskConfig config() const;
    KioskSchedule schedule() const;
    PinChange pinChange() const { return m_pinChange; }
    //! Empty when the section can be applied, else its first problem.
    QString problem() const;
    //! True when applying would change something.
    bool isModified() const;
    //! Writes the configuration, the schedule and a PIN change; false (nothing written) when
    //! there is a problem.
    bool apply(QSettings &settings);
    //! The default configuration and schedule (the PIN stays as it is).
    void restoreDefaults();

    QComboBox *profileCombo() const { return m_profile; }
    QLabel *profileNote() const { return m_profileNote; }
    QLineEdit *displayIdEdit() const { return m_displayId; }
    //! The floor checklist (shown with floor choices) and the id line edit (without).
    QListWidget *floorList() const { return m_floorList; }
    QLineEdit *floorIdsEdit() const { return m_floorIds; }
    QPushButton *floorUpButton() const { return m_floorUp; }
    QPushButton *floorDownButton() const { return m_floorDown; }
    QLabel *floorError() const { return m_floorError; }
    QSpinBox *rotateSpin() const { return m_rotate; }
    QComboBox *themeCombo() const { return m_theme; }
    QTimeEdit *lightFromEdit() const { return m_lightFrom; }
    QTimeEdit *darkFromEdit() const { return m_darkFrom; }
    QLabel *themeError() const { return m_themeError; }
    QComboBox *afterHoursCombo() const { return m_afterHours; }
    QTimeEdit *awakeFromEdit() const { return m_awakeFrom; }
    QTimeEdit *awakeUntilEdit() const { return m_awakeUntil; }
    //! 0 = Sunday, as KioskSchedule counts.
    QCheckBox *awakeDayBox(int day) const;
    QLabel *scheduleError() const { return m_scheduleError; }
    QLabel *pinStatus() const { return m_pinStatus; }
    QPushButton *setPinButton() const { return m_setPin; }
    QPushButton *removePinButton() const { return m_removePin; }
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *pinRepeatEdit() const { return m_pinRepeat; }
    QLabel *pinError() const { return m_pinError; }

    static constexpr int MinPinLength = 4;
    static constexpr int MaxPinLength = 32; //!< what the wall screen's PIN prompt accepts

Q_SIGNALS:
    //! Something the user can change changed (the dialog re-validates).
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setConfig(const KioskConfig &config);
    void setSchedule(const KioskSchedule &schedule);
    void fillProfiles(const QString &selectedId);
    void fillFloorList(const QStringList &selectedIds);
    QStringList selectedFloorIds() const;
    void moveFloor(int delta);
    void editPin();
    void removePin();
    void cancelPinEdit();
    QString floorProblem() const;
    QString themeProblem() const;
    QString scheduleProblem() const;
    QString pinProblem() const;
    void updateState();

    QList<ConnectionProfile> m_profiles; //!< display-credential profiles only
    QList<KioskFloorChoice> m_floorChoices;
    KioskConfig m_loadedConfig;
    KioskSchedule m_loadedSchedule;
    bool m_pinSet = false;
    PinChange m_pinChange = PinChange::None;

    QGroupBox *m_connectionBox;
    QLabel *m_profileLabel;
    QComboBox *m_profile;
    QLabel *m_profileNote;
    QLabel *m_displayIdLabel;
    QLineEdit *m_displayId;
    QLabel *m_displayIdNote;

    QGroupBox *m_floorsBox;
    QWidget *m_floorListPage; //!< the checklist and its arrows
    QListWidget *m_floorList;
    QPushButton *m_floorUp;
    QPushButton *m_floorDown;
    QLineEdit *m_floorIds;
    QLabel *m_floorError;
    QLabel *m_floorNote;
    QLabel *m_rotateLabel;
    QSpinBox *m_rotate;

    QGroupBox *m_themeBox;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_lightFromLabel;
    QTimeEdit *m_lightFrom;
    QLabel *m_darkFromLabel;
    QTimeEdit *m_darkFrom;
    QLabel *m_themeError;

    QGroupBox *m_scheduleBox;
    QLabel *m_afterHoursLabel;
    QComboBox *m_afterHours;
    QLabel *m_awakeFromLabel;
    QTimeEdit *m_awakeFrom;
    QLabel *m_awakeUntilLabel;
    QTimeEdit *m_awakeUntil;
    QLabel *m_awakeDaysLabel;
    QList<QCheckBox *> m_days; //!< index = KioskSchedule day (0 = Sunday)
    QLabel *m_scheduleError;

    QGroupBox *m_pinBox;
    QLabel *m_pinStatus;
    QPushButton *m_setPin;
    QPushButton *m_removePin;
    QWidget *m_pinEditor;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QLabel *m_pinRepeatLabel;
    QLineEdit *m_pinRepeat;
    QLabel *m_pinError;
    QPushButton *m_cancelPin;

    QLabel *m_launchNote;
    QVBoxLayout *m_leftColumn = nullptr;
};

} // namespace Density
