#pragma once

#include "adminform.h"

#include "model/label.h"

#include <QSet>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Density {

//! The labels of one space, changed in one apply: tick existing labels to add them, untick to
//! remove them, type new names to create them — sent as one `add` / `create` / `delete`
//! request (REFERENCE §3.22), so the space never ends up half-labelled.
//!
//! Which labels the space carries comes from the label list (each label lists its spaces), so
//! one request loads everything. A new name that matches an existing label (ignoring case) is
//! refused with that label suggested; Enter ticks it instead.
class SpaceLabelsForm : public AdminForm {
    Q_OBJECT
public:
    enum ChecklistColumn { NameColumn, ChangeColumn };

    SpaceLabelsForm(DensityClient *client, const QString &spaceId, QWidget *parent = nullptr);

    QString spaceId() const { return m_spaceId; }
    //! The name used in messages and the activity log (default: what the labels say, or the id).
    void setSpaceName(const QString &name);
    QString spaceName() const;

    //! Ticks or unticks a label, as a user would; false for an unknown id.
    bool setLabelChecked(const QString &labelId, bool checked);
    bool isLabelChecked(const QString &labelId) const;
    //! Adds `name` to the labels to create, as typing it and pressing Enter does; false (with
    //! the reason under the field) when it is not acceptable.
    bool addNewLabel(const QString &name);
    void removeNewLabel(const QString &name);
    QStringList newLabels() const { return m_newNames; }
    //! Ids of the labels on the space as last loaded or applied.
    QSet<QString> currentLabelIds() const { return m_current; }
    //! The label with this name (ignoring case), or empty.
    QString labelIdByName(const QString &name) const;

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *checklist() const { return m_checklist; }
    QLineEdit *newNameEdit() const { return m_newName; }
    QListWidget *newList() const { return m_newList; }
    QLabel *summaryLabel() const { return m_summary; }

    //! False when the last successful apply found nothing to send (nothing to refresh).
    bool lastApplyChanged() const { return m_lastApplyChanged; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void load() override;
    void validate() override;
    void apply() override;

private:
    SpaceLabelsChange pendingChange() const;
    QString labelName(const QString &labelId) const;
    QStringList namesOf(const QSet<QString> &ids) const;
    void rebuildChecklist();
    void applyFilter();
    void updateChangeColumn(QTreeWidgetItem *item);
    void updateSummary();
    void onNewNameEntered();
    void rebuildNewList();

    bool m_lastApplyChanged = false;
    QString m_spaceId;
    QString m_spaceName;
    QList<Label> m_labels;     //!< every label of the organization
    QSet<QString> m_current;   //!< ids on the space now
    QSet<QString> m_checked;   //!< ids ticked (the wanted state)
    QStringList m_newNames;    //!< names to create
    bool m_emptyEntry = false; //!< Enter pressed on an empty name

    QWidget *m_labelsPanel;
    QLineEdit *m_search;
    QTreeWidget *m_checklist;
    QWidget *m_newPanel;
    QLineEdit *m_newName;
    QPushButton *m_addNew;
    QListWidget *m_newList;
    QPushButton *m_removeNew;
    QLabel *m_summary;
};

} // namespace Density
