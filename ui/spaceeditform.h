#pragma once

#include "adminform.h"
#include "spaceconflictdialog.h"
#include "spacedetails.h"

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Density {

class SpaceTreeModel;

//! Edits one space's name, capacity, function, time zone, address and IWMS id (issue 6).
//!
//! Capacity and time zone feed every utilization figure and chart, so the form is strict where
//! a slip corrupts reporting: the name must be 1–255 characters, capacity a whole number ≥ 0 or
//! empty ("not set", with a warning that 0 and unset leave utilization unavailable), the time
//! zone a named IANA zone picked from a searchable list. Function is one of the known values or
//! free text, stored as the API's snake_case.
//!
//! Only changed fields are sent. Before sending, the form reads the space again: if someone
//! else changed any of the six fields since the form loaded, the conflict resolver decides
//! (by default SpaceConflictDialog asks the user).
class SpaceEditForm : public AdminForm {
    Q_OBJECT
public:
    using Resolution = SpaceConflictDialog::Resolution;
    //! Decides a conflict: the values the form loaded, the space on the server now, and the
    //! user's changes (only the fields they edited).
    using ConflictResolver = std::function<Resolution(const Space &loaded, const Space &server,
                                                      const SpaceUpdate &mine)>;

    //! `tree` (optional, not owned) adds the functions already used in the portfolio to the
    //! suggestions and the space's place in the hierarchy to the heading. Call reload() to load.
    SpaceEditForm(DensityClient *client, const QString &spaceId,
                  const SpaceTreeModel *tree = nullptr, QWidget *parent = nullptr);

    QString spaceId() const { return m_spaceId; }
    //! The space as last loaded or applied; nullopt before the first successful load.
    const std::optional<Space> &space() const { return m_space; }
    //! Replaces the default (a modal SpaceConflictDialog). Tests answer without a modal loop.
    void setConflictResolver(ConflictResolver resolver);

    //! The change the fields describe now, against the values loaded (only differing fields).
    SpaceUpdate pendingUpdate() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *capacityEdit() const { return m_capacity; }
    QComboBox *functionCombo() const { return m_function; }
    QComboBox *timeZoneCombo() const { return m_timeZone; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *iwmsIdEdit() const { return m_iwmsId; }

    //! "quiet room " -> "quiet_room": free text in the shape of the API's function values.
    static QString functionValue(const QString &text);

protected:
    void load() override;
    void validate() override;
    void apply() override;

private:
    enum class CapacityParse { Unset, Value, Negative, Fraction, TooLarge, NotANumber };
    CapacityParse parseCapacity(qint64 *value) const;
    //! The raw function for the combo's text: a suggestion's value, or the free text normalised.
    QString currentFunction() const;
    //! What the fields say now. Only meaningful when validate() found no errors.
    SpaceDetails currentDetails() const;
    void fill(const Space &space);
    void failLoad(const ApiError &error);
    void setFieldsEnabled(bool enabled);
    void addFunctionSuggestion(const QString &raw);
    void sendUpdate(const SpaceDetails &loaded, const SpaceDetails &mine);
    void takeTheirs();
    Resolution resolveConflict(const Space &server, const SpaceUpdate &mine);

    QString m_spaceId;
    const SpaceTreeModel *m_tree;
    std::optional<Space> m_space;
    ConflictResolver m_resolver;
    QString m_statusAfterLoad; //!< shown once the next load finishes ("their version is shown")
    QLabel *m_heading;
    QLineEdit *m_name;
    QLineEdit *m_capacity;
    QComboBox *m_function;
    QComboBox *m_timeZone;
    QLineEdit *m_address;
    QLineEdit *m_iwmsId;
};

} // namespace Density
