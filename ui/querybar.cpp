#include "querybar.h"

#include "analytics/timebasis.h"
#include "operatinghoursdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Density {
namespace {

constexpr TimeResolution Resolutions[] = {TimeResolution::Minute,    TimeResolution::TenMinute,
                                          TimeResolution::Hour,      TimeResolution::Day,
                                          TimeResolution::Week,      TimeResolution::Month,
                                          TimeResolution::Year,      TimeResolution::Weekday,
                                          TimeResolution::HourOfDay, TimeResolution::Total};

} // namespace

QueryBar::QueryBar(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_preset(new QComboBox(this))
    , m_customStart(new QDateEdit(this))
    , m_customEnd(new QDateEdit(this))
    , m_range(new QLabel(this))
    , m_resolution(new QComboBox(this))
    , m_hours(new QLabel(this))
    , m_editHours(new QPushButton(tr("&Operating hours…"), this)) {
    for (DateRangePreset preset : DateRanges::presets())
        m_preset->addItem(DateRanges::presetName(preset), int(preset));
    m_preset->setToolTip(tr("\"Last 7 days\" and \"Last 30 days\" are complete days before today, "
                            "in the space's time zone."));
    // Whole local days, first and last included, as the date-range helper defines them.
    m_customStart->setToolTip(tr("First day, in the space's time zone"));
    m_customEnd->setToolTip(tr("Last day (included), in the space's time zone"));
    // They sit right of the "Range:" combo box without a label of their own.
    m_customStart->setAccessibleName(tr("First day"));
    m_customEnd->setAccessibleName(tr("Last day"));
    for (QDateEdit *edit : {m_customStart, m_customEnd}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_resolution->addItem(QString(), QVariant()); // "Automatic (…)", text set in updateTexts()
    for (TimeResolution resolution : Resolutions)
        m_resolution->addItem(timeResolutionText(resolution), int(resolution));
    m_resolution->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_range->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hours->setWordWrap(true);
    m_hours->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hours->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_preset);
    auto *resolutionLabel = new QLabel(tr("Re&solution:"), this);
    resolutionLabel->setBuddy(m_resolution);
    auto *hoursLabel = new QLabel(tr("Operating hours:"), this);

    // Three rows (range, resolution, operating hours) so that long translations wrap instead
    // of forcing the window, and the space dock beside it, to give up width.
    m_range->setWordWrap(true);
    m_range->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_preset);
    rangeRow->addWidget(m_customStart);
    rangeRow->addWidget(m_customEnd);
    rangeRow->addWidget(m_range, 1);

    auto *resolutionRow = new QHBoxLayout;
    resolutionRow->addWidget(m_resolution);
    resolutionRow->addStretch(1);

    auto *hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_hours, 1);
    hoursRow->addWidget(m_editHours, 0, Qt::AlignTop);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    grid->addWidget(rangeLabel, 0, 0);
    grid->addLayout(rangeRow, 0, 1);
    grid->addWidget(resolutionLabel, 1, 0);
    grid->addLayout(resolutionRow, 1, 1);
    grid->addWidget(hoursLabel, 2, 0, Qt::AlignTop);
    grid->addLayout(hoursRow, 2, 1);
    grid->setColumnStretch(1, 1);

    setTabOrder(m_preset, m_customStart);
    setTabOrder(m_customStart, m_customEnd);
    setTabOrder(m_customEnd, m_resolution);
    setTabOrder(m_resolution, m_editHours);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &QueryBar::readWidgets);
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &QueryBar::readWidgets);
    connect(m_customStart, &QDateEdit::dateChanged, this, &QueryBar::readWidgets);
    connect(m_customEnd, &QDateEdit::dateChanged, this, &QueryBar::readWidgets);
    connect(m_editHours, &QPushButton::clicked, this, &QueryBar::editOperatingHours);

    const QDate today = m_clock().date();
    m_selection.customDays = {today.addDays(-7), today.addDays(-1)};
    setSelection(m_selection);
}

void QueryBar::setSelection(const AnalyticsSelection &selection) {
    m_updating = true;
    m_selection = selection;
    m_preset->setCurrentIndex(m_preset->findData(int(selection.preset)));
    m_resolution->setCurrentIndex(
        selection.resolution ? m_resolution->findData(int(*selection.resolution)) : 0);
    if (selection.customDays.first.isValid())
        m_customStart->setDate(selection.customDays.first);
    if (selection.customDays.last.isValid())
        m_customEnd->setDate(selection.customDays.last);
    m_updating = false;
    updateTexts();
}

void QueryBar::setTimeZones(const QStringList &zones) {
    if (zones == m_zones)
        return;
    m_zones = zones;
    updateTexts();
}

void QueryBar::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    updateTexts();
}

void QueryBar::setOperatingHours(const OperatingHours &hours) {
    if (!hours.isValid())
        return;
    m_selection.operatingHours = hours;
    updateTexts();
    Q_EMIT queryChanged();
}

QTimeZone QueryBar::zone() const {
    // Several zones: day boundaries follow the first space's; each chart will use its own.
    for (const QString &name : m_zones) {
        if (!name.isEmpty())
            return QTimeZone(name.toUtf8());
    }
    return QTimeZone::utc();
}

QString QueryBar::rangeText() const {
    return m_range->text();
}

QString QueryBar::operatingHoursSummary() const {
    return m_hours->text();
}

void QueryBar::readWidgets() {
    if (m_updating)
        return;
    AnalyticsSelection next = m_selection;
    next.preset = DateRangePreset(m_preset->currentData().toInt());
    const QVariant resolution = m_resolution->currentData();
    next.resolution =
        resolution.isValid() ? std::optional(TimeResolution(resolution.toInt())) : std::nullopt;
    next.customDays = {m_customStart->date(), m_customEnd->date()};
    if (next == m_selection)
        return;
    m_selection = next;
    updateTexts();
    Q_EMIT queryChanged();
}

void QueryBar::updateTexts() {
    const bool custom = m_selection.preset == DateRangePreset::Custom;
    m_customStart->setVisible(custom);
    m_customEnd->setVisible(custom);

    const QTimeZone tz = zone();
    const std::optional<TimeRange> range = m_selection.range(m_clock(), tz);
    if (range) {
        m_range->setText(TimeBasis::rangeText(*range, tz, QLocale()));
        const TimeResolution automatic = DateRanges::autoResolution(*range);
        m_resolution->setItemText(0, tr("Automatic (%1)").arg(timeResolutionText(automatic)));
    } else {
        m_range->setText(tr("The last day must not be before the first."));
        m_resolution->setItemText(0, tr("Automatic"));
    }
    m_hours->setText(Density::operatingHoursSummary(m_selection.operatingHours, m_zones));
}

void QueryBar::editOperatingHours() {
    auto *dialog = new OperatingHoursDialog(m_selection.operatingHours, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setOperatingHours(dialog->hours()); });
    dialog->open();
}

} // namespace Density
