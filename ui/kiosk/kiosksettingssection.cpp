#include "kiosksettingssection.h"

#include "kioskpin.h"

#include "models/spacetreemodel.h"
#include "ui/apptheme.h"
#include "ui/dialoglayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Density {
namespace {

constexpr int FloorIdRole = Qt::UserRole + 1;
constexpr int KnownFloorRole = Qt::UserRole + 2;

//! A word-wrapped label that takes the width its column has: a wrapped QLabel asks for about
//! 80 characters, which would make each of the tab's two columns that wide.
QLabel *wrappedLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

//! A dimmed explanation that, like wrappedLabel(), takes the width its column has.
QLabel *noteLabel(QWidget *parent) {
    QLabel *label = DialogLayout::note(parent);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

QLabel *errorLabel(QWidget *parent) {
    QLabel *label = wrappedLabel(parent);
    label->hide();
    return label;
}

QTimeEdit *timeEdit(QWidget *parent) {
    auto *edit = new QTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

void showError(QLabel *label, const QString &text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool sameConfig(const KioskConfig &a, const KioskConfig &b) {
    return a.floorIds == b.floorIds && a.rotateSeconds == b.rotateSeconds &&
           a.profileId == b.profileId && a.displayId == b.displayId && a.theme == b.theme &&
           a.lightFrom == b.lightFrom && a.darkFrom == b.darkFrom;
}

bool sameSchedule(const KioskSchedule &a, const KioskSchedule &b) {
    return a.afterHours == b.afterHours && a.awakeFrom == b.awakeFrom &&
           a.awakeUntil == b.awakeUntil && a.awakeDays == b.awakeDays &&
           a.dimPercent == b.dimPercent;
}

void collectFloors(const SpaceTreeModel &model, const QModelIndex &parent, const QString &building,
                   QList<KioskFloorChoice> &floors) {
    const int rows = model.rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const Space *space = model.space(index);
        if (!space)
            continue;
        QString inBuilding = building;
        if (space->spaceType == QLatin1String("building"))
            inBuilding = space->name;
        else if (space->spaceType == QLatin1String("floor"))
            floors.append(KioskFloorChoice{space->id, space->name, building});
        collectFloors(model, index, inBuilding, floors);
    }
}

} // namespace

KioskSettingsSection::KioskSettingsSection(QWidget *parent)
    : QWidget(parent)
    , m_connectionBox(new QGroupBox(this))
    , m_profileLabel(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_profileNote(noteLabel(this))
    , m_displayIdLabel(new QLabel(this))
    , m_displayId(new QLineEdit(this))
    , m_displayIdNote(noteLabel(this))
    , m_floorsBox(new QGroupBox(this))
    , m_floorListPage(new QWidget(this))
    , m_floorList(new QListWidget(this))
    , m_floorUp(new QPushButton(this))
    , m_floorDown(new QPushButton(this))
    , m_floorIds(new QLineEdit(this))
    , m_floorError(errorLabel(this))
    , m_floorNote(noteLabel(this))
    , m_rotateLabel(new QLabel(this))
    , m_rotate(new QSpinBox(this))
    , m_themeBox(new QGroupBox(this))
    , m_themeLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_lightFromLabel(new QLabel(this))
    , m_lightFrom(timeEdit(this))
    , m_darkFromLabel(new QLabel(this))
    , m_darkFrom(timeEdit(this))
    , m_themeError(errorLabel(this))
    , m_scheduleBox(new QGroupBox(this))
    , m_afterHoursLabel(new QLabel(this))
    , m_afterHours(new QComboBox(this))
    , m_awakeFromLabel(new QLabel(this))
    , m_awakeFrom(timeEdit(this))
    , m_awakeUntilLabel(new QLabel(this))
    , m_awakeUntil(timeEdit(this))
    , m_awakeDaysLabel(new QLabel(this))
    , m_scheduleError(errorLabel(this))
    , m_pinBox(new QGroupBox(this))
    , m_pinStatus(wrappedLabel(this))
    , m_setPin(new QPushButton(this))
    , m_removePin(new QPushButton(this))
    , m_pinEditor(new QWidget(this))
    , m_pinLabel(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_pinRepeatLabel(new QLabel(this))
    , m_pinRepeat(new QLineEdit(this))
    , m_pinError(errorLabel(this))
    , m_cancelPin(new QPushButton(this))
    , m_launchNote(noteLabel(this)) {
    setObjectName(QStringLiteral("kioskSettingsSection"));
    // Combo boxes fill their column instead of sizing the (two-column) tab to their longest
    // item: translated items would otherwise push the dialog wider than a laptop screen.
    for (QComboBox *combo : {m_profile, m_theme, m_afterHours}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->setSizePolicy(QSizePolicy::Expanding, combo->sizePolicy().verticalPolicy());
    }

    // Connection
    auto *connection = DialogLayout::form();
    connection->addRow(m_profileLabel, m_profile);
    connection->addRow(m_profileNote);
    connection->addRow(m_displayIdLabel, m_displayId);
    connection->addRow(m_displayIdNote);
    m_connectionBox->setLayout(connection);
    m_profileLabel->setBuddy(m_profile);
    m_displayIdLabel->setBuddy(m_displayId);
    m_profileNote->setTextInteractionFlags(Qt::TextSelectableByMouse); // the CLI command

    // Floors
    m_floorList->setObjectName(QStringLiteral("kioskFloorList"));
    m_floorList->setDragDropMode(QAbstractItemView::InternalMove);
    m_floorList->setDefaultDropAction(Qt::MoveAction);
    m_floorList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_floorList->setUniformItemSizes(true);
    m_floorUp->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_floorDown->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    auto *listRow = new QHBoxLayout(m_floorListPage);
    listRow->setContentsMargins(0, 0, 0, 0);
    listRow->addWidget(m_floorList, 1);
    auto *arrows = new QVBoxLayout;
    arrows->addWidget(m_floorUp);
    arrows->addWidget(m_floorDown);
    arrows->addStretch();
    listRow->addLayout(arrows);
    m_floorIds->setObjectName(QStringLiteral("kioskFloorIds"));
    m_floorIds->setPlaceholderText(QStringLiteral("spc_…, spc_…"));
    m_rotate->setRange(KioskConfig::MinRotateSeconds, KioskConfig::MaxRotateSeconds);
    auto *floors = DialogLayout::form();
    // One of the two, depending on whether the owner gave floor choices.
    floors->addRow(m_floorListPage);
    floors->addRow(m_floorIds);
    floors->addRow(m_floorError);
    floors->addRow(m_floorNote);
    floors->addRow(m_rotateLabel, m_rotate);
    m_floorsBox->setLayout(floors);
    m_rotateLabel->setBuddy(m_rotate);

    // Wall theme
    for (int i = 0; i < 3; ++i)
        m_theme->addItem(QString(), KioskConfig::themeKey(KioskConfig::Theme(i)));
    auto *theme = DialogLayout::form();
    theme->addRow(m_themeLabel, m_theme);
    theme->addRow(m_lightFromLabel, m_lightFrom);
    theme->addRow(m_darkFromLabel, m_darkFrom);
    theme->addRow(m_themeError);
    m_themeBox->setLayout(theme);
    m_themeLabel->setBuddy(m_theme);
    m_lightFromLabel->setBuddy(m_lightFrom);
    m_darkFromLabel->setBuddy(m_darkFrom);

    // After hours
    for (int i = 0; i < 3; ++i)
        m_afterHours->addItem(QString(), i);
    auto *daysRow = new QHBoxLayout;
    const QLocale locale;
    for (int day = 0; day < 7; ++day)
        m_days.append(new QCheckBox(this));
    // In the locale's order (Monday or Sunday first); Qt counts 1 = Monday .. 7 = Sunday.
    for (int i = 0; i < 7; ++i) {
        const int qtDay = (int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1;
        QCheckBox *box = m_days.at(qtDay % 7);
        box->setObjectName(QStringLiteral("kioskAwakeDay%1").arg(qtDay % 7));
        daysRow->addWidget(box);
    }
    daysRow->addStretch();
    auto *schedule = DialogLayout::form();
    schedule->addRow(m_afterHoursLabel, m_afterHours);
    schedule->addRow(m_awakeFromLabel, m_awakeFrom);
    schedule->addRow(m_awakeUntilLabel, m_awakeUntil);
    // The seven boxes need the whole width; their label goes above them in any language.
    schedule->addRow(m_awakeDaysLabel);
    schedule->addRow(daysRow);
    schedule->addRow(m_scheduleError);
    m_scheduleBox->setLayout(schedule);
    m_afterHoursLabel->setBuddy(m_afterHours);
    m_awakeFromLabel->setBuddy(m_awakeFrom);
    m_awakeUntilLabel->setBuddy(m_awakeUntil);

    // Exit PIN
    m_pinStatus->setObjectName(QStringLiteral("kioskPinStatus"));
    for (QLineEdit *edit : {m_pin, m_pinRepeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(MaxPinLength);
        edit->setContextMenuPolicy(Qt::NoContextMenu); // no copying it elsewhere
    }
    auto *pinButtons = new QHBoxLayout;
    pinButtons->addWidget(m_setPin);
    pinButtons->addWidget(m_removePin);
    pinButtons->addStretch();
    auto *pinForm = DialogLayout::form();
    pinForm->setContentsMargins(0, 0, 0, 0);
    pinForm->addRow(m_pinLabel, m_pin);
    pinForm->addRow(m_pinRepeatLabel, m_pinRepeat);
    pinForm->addRow(m_pinError);
    auto *cancelRow = new QHBoxLayout;
    cancelRow->addStretch();
    cancelRow->addWidget(m_cancelPin);
    pinForm->addRow(cancelRow);
    m_pinEditor->setLayout(pinForm);
    m_pinEditor->hide();
    m_pinLabel->setBuddy(m_pin);
    m_pinRepeatLabel->setBuddy(m_pinRepeat);
    auto *pin = new QVBoxLayout;
    pin->addWidget(m_pinStatus);
    pin->addLayout(pinButtons);
    pin->addWidget(m_pinEditor);
    m_pinBox->setLayout(pin);

    auto *left = new QVBoxLayout;
    left->addWidget(m_connectionBox);
    left->addWidget(m_floorsBox);
    left->addStretch(); // the checklist takes the room instead (fillFloorList)
    m_leftColumn = left;
    auto *right = new QVBoxLayout;
    right->addWidget(m_themeBox);
    right->addWidget(m_scheduleBox);
    right->addWidget(m_pinBox);
    right->addStretch();
    // Wide enough columns that the notes wrap into a few lines rather than a tall thin strip.
    const int columnWidth = fontMetrics().averageCharWidth() * 38;
    for (QWidget *box : {static_cast<QWidget *>(m_connectionBox),
                         static_cast<QWidget *>(m_floorsBox), static_cast<QWidget *>(m_themeBox),
                         static_cast<QWidget *>(m_scheduleBox), static_cast<QWidget *>(m_pinBox)})
        box->setMinimumWidth(columnWidth);
    m_floorList->setMinimumHeight(fontMetrics().height() * 6);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_launchNote);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &KioskSettingsSection::updateState);
    connect(m_displayId, &QLineEdit::textChanged, this, &KioskSettingsSection::updateState);
    connect(m_floorIds, &QLineEdit::textChanged, this, &KioskSettingsSection::updateState);
    connect(m_floorList, &QListWidget::itemChanged, this, &KioskSettingsSection::updateState);
    connect(m_floorList, &QListWidget::currentRowChanged, this, &KioskSettingsSection::updateState);
    connect(m_floorList->model(), &QAbstractItemModel::rowsMoved, this,
            &KioskSettingsSection::updateState);
    connect(m_floorUp, &QPushButton::clicked, this, [this] { moveFloor(-1); });
    connect(m_floorDown, &QPushButton::clicked, this, [this] { moveFloor(1); });
    connect(m_rotate, &QSpinBox::valueChanged, this, &KioskSettingsSection::updateState);
    for (QComboBox *combo : {m_theme, m_afterHours})
        connect(combo, &QComboBox::currentIndexChanged, this, &KioskSettingsSection::updateState);
    for (QTimeEdit *edit : {m_lightFrom, m_darkFrom, m_awakeFrom, m_awakeUntil})
        connect(edit, &QTimeEdit::timeChanged, this, &KioskSettingsSection::updateState);
    for (QCheckBox *box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, &KioskSettingsSection::updateState);
    connect(m_setPin, &QPushButton::clicked, this, &KioskSettingsSection::editPin);
    connect(m_removePin, &QPushButton::clicked, this, &KioskSettingsSection::removePin);
    connect(m_cancelPin, &QPushButton::clicked, this, &KioskSettingsSection::cancelPinEdit);
    for (QLineEdit *edit : {m_pin, m_pinRepeat})
        connect(edit, &QLineEdit::textChanged, this, &KioskSettingsSection::updateState);

    fillProfiles(QString());
    retranslateUi();
}

QList<KioskFloorChoice> KioskSettingsSection::floorChoices(const SpaceTreeModel &model) {
    QList<KioskFloorChoice> floors;
    collectFloors(model, QModelIndex(), QString(), floors);
    return floors;
}

void KioskSettingsSection::retranslateUi() {
    m_connectionBox->setTitle(tr("Connection"));
    m_profileLabel->setText(tr("Sign in &with:"));
    m_displayIdLabel->setText(tr("&Display id:"));
    m_displayId->setPlaceholderText(tr("Optional"));
    m_displayIdNote->setText(tr("Overrides the connection's display id, which names this screen "
                                "to Density."));

    m_floorsBox->setTitle(tr("Floors"));
    m_floorUp->setToolTip(tr("Move up"));
    m_floorUp->setAccessibleName(tr("Move up"));
    m_floorDown->setToolTip(tr("Move down"));
    m_floorDown->setAccessibleName(tr("Move down"));
    m_floorList->setAccessibleName(tr("Floors to rotate through"));
    m_floorIds->setAccessibleName(tr("Floor ids"));
    m_rotateLabel->setText(tr("&Seconds per floor:"));
    m_rotate->setSuffix(tr(" seconds"));

    m_themeBox->setTitle(tr("Wall theme"));
    m_themeLabel->setText(tr("T&heme:"));
    m_theme->setItemText(int(KioskConfig::Theme::Schedule), tr("Follow the schedule"));
    m_theme->setItemText(int(KioskConfig::Theme::Light), tr("Always light"));
    m_theme->setItemText(int(KioskConfig::Theme::Dark), tr("Always dark"));
    m_lightFromLabel->setText(tr("&Light from:"));
    m_darkFromLabel->setText(tr("Dar&k from:"));

    m_scheduleBox->setTitle(tr("Awake hours"));
    m_afterHoursLabel->setText(tr("After h&ours:"));
    m_afterHours->setItemText(int(KioskSchedule::AfterHours::Off), tr("Stay on"));
    m_afterHours->setItemText(int(KioskSchedule::AfterHours::Dim), tr("Dim the screen"));
    m_afterHours->setItemText(int(KioskSchedule::AfterHours::Blank), tr("Blank the screen"));
    m_awakeFromLabel->setText(tr("&Awake from:"));
    m_awakeUntilLabel->setText(tr("A&wake until:"));
    m_awakeDaysLabel->setText(tr("Awake days:"));
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        const int qtDay = day == 0 ? 7 : day;
        m_days.at(day)->setText(locale.dayName(qtDay, QLocale::ShortFormat));
        m_days.at(day)->setToolTip(locale.dayName(qtDay, QLocale::LongFormat));
    }

    m_pinBox->setTitle(tr("Exit PIN"));
    m_removePin->setText(tr("&Remove PIN"));
    m_pinLabel->setText(tr("&New PIN:"));
    m_pinRepeatLabel->setText(tr("Re&peat PIN:"));
    m_pin->setPlaceholderText(tr("At least %1 characters").arg(MinPinLength));
    m_pin->setAccessibleName(tr("New PIN"));
    m_pinRepeat->setAccessibleName(tr("Repeat PIN"));

    m_launchNote->setText(tr("Start the wall screen with density-dashboard --kiosk"));

    fillProfiles(m_profile->currentData().toString());
    fillFloorList(selectedFloorIds());
    updateState();
}

void KioskSettingsSection::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateState(); // the error colour follows light / dark
}

void KioskSettingsSection::setProfiles(const QList<ConnectionProfile> &profiles) {
    const QString selected = m_profile->currentData().toString();
    m_profiles.clear();
    for (const ConnectionProfile &profile : profiles) {
        if (profile.authKind == ConnectionProfile::AuthKind::DisplayCredentials)
            m_profiles.append(profile);
    }
    fillProfiles(selected);
    updateState();
}

void KioskSettingsSection::fillProfiles(const QString &selectedId) {
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("Current connection"), QString());
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        m_profile->addItem(profile.name, profile.id);
        m_profile->setItemData(
            m_profile->count() - 1,
            tr("%1, display %2").arg(profile.baseUrl.toDisplayString(), profile.displayId),
            Qt::ToolTipRole);
    }
    int index = m_profile->findData(selectedId);
    if (index < 0) {
        // Gone, or not a display profile: keep the choice rather than losing it silently.
        m_profile->addItem(tr("Unknown connection (%1)").arg(selectedId), selectedId);
        index = m_profile->count() - 1;
    }
    m_profile->setCurrentIndex(index);
    m_profileNote->setText(
        m_profiles.isEmpty()
            ? tr("No saved connection signs in as a display yet. Add one with File > Connect to "
                 "an Account… (sign in with “Display credentials”), or run: "
                 "density-cli profile add NAME --base-url URL --client-id ID --client-secret "
                 "SECRET --display-id DISPLAY")
            : tr("Connections that sign in with display credentials; “Current "
                 "connection” "
                 "is the one the dashboard last used."));
}

void KioskSettingsSection::setFloorChoices(const QList<KioskFloorChoice> &floors) {
    const QStringList selected = selectedFloorIds();
    m_floorChoices = floors;
    fillFloorList(selected);
    updateState();
}

void KioskSettingsSection::fillFloorList(const QStringList &selectedIds) {
    const bool checklist = !m_floorChoices.isEmpty();
    m_floorListPage->setVisible(checklist);
    m_floorIds->setVisible(!checklist);
    if (m_leftColumn) {
        m_leftColumn->setStretch(1, checklist ? 1 : 0);
        m_leftColumn->setStretch(2, checklist ? 0 : 1);
    }
    {
        const QSignalBlocker blocker(m_floorIds);
        m_floorIds->setText(selectedIds.join(QStringLiteral(", ")));
    }
    const QSignalBlocker blocker(m_floorList);
    m_floorList->clear();
    if (!checklist)
        return;
    const auto addItem = [this](const QString &id, const QString &text, bool known, bool checked) {
        auto *item = new QListWidgetItem(text, m_floorList);
        item->setData(FloorIdRole, id);
        item->setData(KnownFloorRole, known);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(known ? id : tr("%1 is not in the portfolio open now.").arg(id));
    };
    const auto choiceText = [this](const KioskFloorChoice &floor) {
        return floor.buildingName.isEmpty() ? floor.name
                                            : tr("%1 (%2)").arg(floor.name, floor.buildingName);
    };
    // Checked floors first, in rotation order; ids the portfolio does not have stay as they are.
    for (const QString &id : selectedIds) {
        const auto found = std::find_if(m_floorChoices.cbegin(), m_floorChoices.cend(),
                                        [&id](const KioskFloorChoice &f) { return f.id == id; });
        if (found != m_floorChoices.cend())
            addItem(id, choiceText(*found), true, true);
        else
            addItem(id, id, false, true);
    }
    for (const KioskFloorChoice &floor : std::as_const(m_floorChoices)) {
        if (!selectedIds.contains(floor.id))
            addItem(floor.id, choiceText(floor), true, false);
    }
}

QStringList KioskSettingsSection::selectedFloorIds() const {
    if (m_floorChoices.isEmpty())
        return KioskConfig::parseIdList(m_floorIds->text());
    QStringList ids;
    for (int row = 0; row < m_floorList->count(); ++row) {
        const QListWidgetItem *item = m_floorList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(FloorIdRole).toString());
    }
    return ids;
}

void KioskSettingsSection::moveFloor(int delta) {
    const int row = m_floorList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_floorList->count())
        return;
    QListWidgetItem *item = m_floorList->takeItem(row);
    m_floorList->insertItem(target, item);
    m_floorList->setCurrentRow(target);
    updateState();
}

void KioskSettingsSection::load(QSettings &settings) {
    m_loadedConfig = KioskConfig::fromSettings(settings);
    m_loadedSchedule = KioskSchedule::fromSettings(settings);
    m_pinSet = KioskPin::isSet();
    m_pinChange = PinChange::None;
    m_pin->clear();
    m_pinRepeat->clear();
    m_pinEditor->hide();
    setConfig(m_loadedConfig);
    setSchedule(m_loadedSchedule);
    updateState();
}

void KioskSettingsSection::setConfig(const KioskConfig &config) {
    fillProfiles(config.profileId);
    m_displayId->setText(config.displayId);
    fillFloorList(config.floorIds);
    m_rotate->setValue(config.rotateSeconds);
    m_theme->setCurrentIndex(int(config.theme));
    m_lightFrom->setTime(config.lightFrom);
    m_darkFrom->setTime(config.darkFrom);
}

void KioskSettingsSection::setSchedule(const KioskSchedule &schedule) {
    m_afterHours->setCurrentIndex(int(schedule.afterHours));
    m_awakeFrom->setTime(schedule.awakeFrom);
    m_awakeUntil->setTime(schedule.awakeUntil);
    for (int day = 0; day < 7; ++day)
        m_days.at(day)->setChecked(schedule.awakeDays.contains(day));
}

void KioskSettingsSection::restoreDefaults() {
    setConfig(KioskConfig{});
    setSchedule(KioskSchedule{});
    updateState();
}

KioskConfig KioskSettingsSection::config() const {
    KioskConfig config;
    config.floorIds = selectedFloorIds();
    config.rotateSeconds = m_rotate->value();
    config.profileId = m_profile->currentData().toString();
    config.displayId = m_displayId->text().trimmed();
    config.theme = KioskConfig::Theme(qMax(0, m_theme->currentIndex()));
    config.lightFrom = m_lightFrom->time();
    config.darkFrom = m_darkFrom->time();
    return config;
}

KioskSchedule KioskSettingsSection::schedule() const {
    KioskSchedule schedule;
    schedule.afterHours = KioskSchedule::AfterHours(qMax(0, m_afterHours->currentIndex()));
    schedule.awakeFrom = m_awakeFrom->time();
    schedule.awakeUntil = m_awakeUntil->time();
    schedule.awakeDays.clear();
    for (int day = 0; day < 7; ++day) {
        if (m_days.at(day)->isChecked())
            schedule.awakeDays.append(day);
    }
    schedule.dimPercent = m_loadedSchedule.dimPercent; // not edited here
    return schedule;
}

QString KioskSettingsSection::floorProblem() const {
    if (!m_floorChoices.isEmpty())
        return QString();
    const QStringList ids = KioskConfig::parseIdList(m_floorIds->text());
    for (const QString &id : ids) {
        if (id.contains(QRegularExpression(QStringLiteral("\\s"))))
            return tr("Separate floor ids with commas: \u201c%1\u201d has a space in it.").arg(id);
    }
    return QString();
}

QString KioskSettingsSection::themeProblem() const {
    if (m_theme->currentIndex() == int(KioskConfig::Theme::Schedule) &&
        m_lightFrom->time() == m_darkFrom->time())
        return tr("Light and dark need different times.");
    return QString();
}

QString KioskSettingsSection::scheduleProblem() const {
    if (m_afterHours->currentIndex() == int(KioskSchedule::AfterHours::Off))
        return QString();
    const bool anyDay = std::any_of(m_days.cbegin(), m_days.cend(),
                                    [](QCheckBox *box) { return box->isChecked(); });
    if (!anyDay)
        return tr("Choose at least one awake day, or the screen never wakes up.");
    if (m_awakeFrom->time() == m_awakeUntil->time())
        return tr("Awake hours must start and end at different times.");
    return QString();
}

QString KioskSettingsSection::pinProblem() const {
    if (m_pinChange != PinChange::Set)
        return QString();
    if (m_pin->text().size() < MinPinLength)
        return tr("The PIN needs at least %1 characters.").arg(MinPinLength);
    if (m_pinRepeat->text().isEmpty())
        return tr("Type the PIN again in the second field.");
    if (m_pinRepeat->text() != m_pin->text())
        return tr("The two PINs do not match.");
    return QString();
}

QString KioskSettingsSection::problem() const {
    for (const QString &text : {floorProblem(), themeProblem(), scheduleProblem(), pinProblem()}) {
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

bool KioskSettingsSection::isModified() const {
    return m_pinChange != PinChange::None || !sameConfig(config(), m_loadedConfig) ||
           !sameSchedule(schedule(), m_loadedSchedule);
}

bool KioskSettingsSection::apply(QSettings &settings) {
    if (!problem().isEmpty())
        return false;
    const KioskConfig newConfig = config();
    const KioskSchedule newSchedule = schedule();
    newConfig.save(settings);
    newSchedule.save(settings);
    settings.sync();
    if (m_pinChange == PinChange::Set)
        KioskPin::set(m_pin->text());
    else if (m_pinChange == PinChange::Remove)
        KioskPin::clear();
    m_loadedConfig = newConfig;
    m_loadedSchedule = newSchedule;
    m_pinSet = KioskPin::isSet();
    m_pinChange = PinChange::None;
    m_pin->clear();
    m_pinRepeat->clear();
    m_pinEditor->hide();
    updateState();
    return true;
}

void KioskSettingsSection::editPin() {
    m_pinChange = PinChange::Set;
    m_pinEditor->show();
    m_pin->setFocus();
    updateState();
}

void KioskSettingsSection::removePin() {
    m_pinChange = m_pinChange == PinChange::Remove ? PinChange::None : PinChange::Remove;
    m_pin->clear();
    m_pinRepeat->clear();
    m_pinEditor->hide();
    updateState();
}

void KioskSettingsSection::cancelPinEdit() {
    m_pinChange = PinChange::None;
    m_pin->clear();
    m_pinRepeat->clear();
    m_pinEditor->hide();
    updateState();
}

QCheckBox *KioskSettingsSection::awakeDayBox(int day) const {
    return day >= 0 && day < m_days.size() ? m_days.at(day) : nullptr;
}

void KioskSettingsSection::updateState() {
    // Times only matter with the choice that uses them.
    const bool scheduled = m_theme->currentIndex() == int(KioskConfig::Theme::Schedule);
    for (QWidget *widget :
         QList<QWidget *>{m_lightFromLabel, m_lightFrom, m_darkFromLabel, m_darkFrom})
        widget->setEnabled(scheduled);
    const bool sleeps = m_afterHours->currentIndex() != int(KioskSchedule::AfterHours::Off);
    for (QWidget *widget : QList<QWidget *>{m_awakeFromLabel, m_awakeFrom, m_awakeUntilLabel,
                                            m_awakeUntil, m_awakeDaysLabel})
        widget->setEnabled(sleeps);
    for (QCheckBox *box : std::as_const(m_days))
        box->setEnabled(sleeps);
    const int row = m_floorList->currentRow();
    m_floorUp->setEnabled(row > 0);
    m_floorDown->setEnabled(row >= 0 && row + 1 < m_floorList->count());
    m_floorNote->setText(!m_floorChoices.isEmpty()
                             ? tr("Checked floors are shown in this order; drag them or use the "
                                  "arrows to change it. None checked: the first building's "
                                  "floors.")
                             : tr("Floor ids separated by commas, in the order they are shown. "
                                  "Empty: the first building's floors."));

    // PIN: what is set now and what OK will do.
    QString status;
    switch (m_pinChange) {
    case PinChange::Set:
        status = m_pinSet ? tr("A PIN is set. The new PIN replaces it when you press OK or Apply.")
                          : tr("No PIN is set. The new PIN is saved when you press OK or Apply.");
        break;
    case PinChange::Remove:
        status = tr("A PIN is set. It is removed when you press OK or Apply.");
        break;
    case PinChange::None:
        status = m_pinSet ? tr("A PIN is set: leaving the wall screen asks for it.")
                          : tr("No PIN is set: anyone at the wall screen can leave it.");
        break;
    }
    m_pinStatus->setText(status);
    m_setPin->setText(m_pinSet ? tr("&Change PIN…") : tr("&Set PIN…"));
    m_setPin->setEnabled(m_pinChange != PinChange::Set);
    m_removePin->setText(m_pinChange == PinChange::Remove ? tr("&Keep PIN") : tr("&Remove PIN"));
    m_removePin->setEnabled(m_pinSet);
    m_cancelPin->setText(m_pinSet ? tr("Keep the current PIN") : tr("Don't set a PIN"));

    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, AppTheme::errorTextColour(palette()));
    for (QLabel *label : {m_floorError, m_themeError, m_scheduleError, m_pinError})
        label->setPalette(errorPalette);
    showError(m_floorError, floorProblem());
    showError(m_themeError, themeProblem());
    showError(m_scheduleError, scheduleProblem());
    showError(m_pinError, pinProblem());
    Q_EMIT changed();
}

} // namespace Density
