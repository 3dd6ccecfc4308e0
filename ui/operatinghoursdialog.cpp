#include "operatinghoursdialog.h"

#include "analytics/timebasis.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Density {

OperatingHoursDialog::OperatingHoursDialog(const OperatingHours &hours, QWidget *parent)
    : QDialog(parent)
    , m_start(new QComboBox(this))
    , m_end(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this)) {
    setWindowTitle(tr("Operating hours"));

    auto *intro = new QLabel(tr("Only these days and hours count towards averages, peaks and "
                                "time used. Hours are local time in each space's own time zone."),
                             this);
    intro->setWordWrap(true);

    auto *dayRow = new QHBoxLayout;
    const QLocale locale;
    for (int apiDay : {1, 2, 3, 4, 5, 6, 0}) {
        const int qtDay = apiDay == 0 ? 7 : apiDay;
        auto *box = new QCheckBox(locale.dayName(qtDay, QLocale::ShortFormat), this);
        box->setToolTip(locale.dayName(qtDay, QLocale::LongFormat));
        m_days[apiDay] = box;
        dayRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &OperatingHoursDialog::validate);
    }
    dayRow->addStretch();

    for (int hour = 0; hour < 24; ++hour)
        m_start->addItem(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')), hour);
    for (int hour = 1; hour <= 24; ++hour)
        m_end->addItem(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')), hour);
    auto *hourRow = new QHBoxLayout;
    hourRow->addWidget(m_start);
    hourRow->addWidget(new QLabel(tr("to"), this));
    hourRow->addWidget(m_end);
    hourRow->addStretch();
    connect(m_start, &QComboBox::currentIndexChanged, this, &OperatingHoursDialog::validate);
    connect(m_end, &QComboBox::currentIndexChanged, this, &OperatingHoursDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("Days:"), dayRow);
    form->addRow(tr("Hours:"), hourRow);

    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Monday to Friday, 08:00 to 18:00"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setHours(OperatingHours{}); });
    setHours(hours);
}

OperatingHours OperatingHoursDialog::hours() const {
    OperatingHours result;
    result.days.clear();
    for (int day = 0; day < 7; ++day) {
        if (m_days[day]->isChecked())
            result.days.append(day);
    }
    result.startHour = m_start->currentData().toInt();
    result.endHour = m_end->currentData().toInt();
    return result;
}

void OperatingHoursDialog::setHours(const OperatingHours &hours) {
    for (int day = 0; day < 7; ++day)
        m_days[day]->setChecked(hours.days.contains(day));
    m_start->setCurrentIndex(m_start->findData(hours.startHour));
    m_end->setCurrentIndex(m_end->findData(hours.endHour));
    validate();
}

void OperatingHoursDialog::validate() {
    const OperatingHours current = hours();
    QString problem;
    if (current.days.isEmpty())
        problem = tr("Choose at least one day.");
    else if (current.startHour >= current.endHour)
        problem = tr("The end must be later than the start.");
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_summary->setText(problem.isEmpty()
                           ? tr("Counts: %1").arg(TimeBasis::operatingHoursText(current, QLocale()))
                           : problem);
}

} // namespace Density
