#pragma once

#include "models/analyticsselection.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace Density {

//! The strip above every chart page: date range preset (or a custom range), resolution (Auto
//! shows what it picked) and the operating hours with their time basis, always visible. One
//! instance serves all chart pages, so switching pages keeps the question the same.
class QueryBar : public QWidget {
    Q_OBJECT
public:
    explicit QueryBar(QWidget *parent = nullptr);

    AnalyticsSelection selection() const { return m_selection; }
    void setSelection(const AnalyticsSelection &selection);
    //! The selected spaces' zones (empty string = unset), for the summary and day boundaries.
    void setTimeZones(const QStringList &zones);
    //! "Now" for the presets; the wall clock unless a test or the demo pins it.
    void setClock(std::function<QDateTime()> clock);

    //! The range as displayed, e.g. "Wed 18 Nov – Tue 24 Nov 2026".
    QString rangeText() const;
    QString operatingHoursSummary() const;

    QComboBox *presetCombo() const { return m_preset; }
    QComboBox *resolutionCombo() const { return m_resolution; }
    QDateEdit *customStartEdit() const { return m_customStart; }
    QDateEdit *customEndEdit() const { return m_customEnd; }
    QPushButton *operatingHoursButton() const { return m_editHours; }
    //! Applies new hours as the dialog would; the dialog itself calls this.
    void setOperatingHours(const OperatingHours &hours);

Q_SIGNALS:
    void queryChanged();

private:
    void readWidgets();
    void updateTexts();
    void editOperatingHours();
    QTimeZone zone() const;

    AnalyticsSelection m_selection;
    QStringList m_zones;
    std::function<QDateTime()> m_clock;
    QComboBox *m_preset;
    QDateEdit *m_customStart;
    QDateEdit *m_customEnd;
    QLabel *m_range;
    QComboBox *m_resolution;
    QLabel *m_hours;
    QPushButton *m_editHours;
    bool m_updating = false;
};

} // namespace Density
