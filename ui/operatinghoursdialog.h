#pragma once

#include "model/query.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Density {

//! Edits operating hours: which weekdays and which hours count. The hours are wall-clock time
//! in each space's own time zone, which the dialog says, because that is what the API applies.
class OperatingHoursDialog : public QDialog {
    Q_OBJECT
public:
    explicit OperatingHoursDialog(const OperatingHours &hours, QWidget *parent = nullptr);

    OperatingHours hours() const;
    void setHours(const OperatingHours &hours);

    QCheckBox *dayBox(int apiDay) const { return m_days[apiDay]; }
    QComboBox *startCombo() const { return m_start; }
    QComboBox *endCombo() const { return m_end; }

private:
    void validate();

    QCheckBox *m_days[7] = {}; //!< indexed by API day: 0 = Sunday
    QComboBox *m_start;
    QComboBox *m_end;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace Density
