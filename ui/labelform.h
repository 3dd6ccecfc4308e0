#pragma once

#include "adminform.h"

#include "model/label.h"

class QComboBox;
class QLineEdit;

namespace Density {

//! Edits one label — its name and its group, sent in one request — or creates a new one
//! (create, then move into the chosen group when one was picked). Names follow
//! LabelNameCheck; the group combo lists every label group.
//!
//! The API has no way to take a label out of its group (an empty group leaves it unchanged),
//! so "No group" is offered only for a label that has none.
class LabelForm : public AdminForm {
    Q_OBJECT
public:
    explicit LabelForm(DensityClient *client, QWidget *parent = nullptr);

    //! Loads the label and edits it.
    void editLabel(const QString &labelId);
    //! Starts a new label, with `groupId` preselected (empty: no group).
    void createLabel(const QString &groupId = {});

    bool isCreating() const { return m_creating; }
    //! The label being edited; after a create, the new label.
    QString labelId() const { return m_labelId; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *groupCombo() const { return m_group; }
    //! Selects the group with this id in the combo, as a user would (empty: "No group").
    bool chooseGroup(const QString &groupId);

    //! False when the last successful apply found nothing to send (nothing to refresh).
    bool lastApplyChanged() const { return m_lastApplyChanged; }

protected:
    void load() override;
    void validate() override;
    void apply() override;

private:
    void fill();
    void fillGroups(const QString &currentGroupId);
    QString groupName(const QString &groupId) const;
    QString chosenGroupId() const;
    QString describe(const QString &name, const QString &groupId) const;
    void finishCreate(const Label &created, const QString &groupId);

    bool m_lastApplyChanged = false;
    QLineEdit *m_name;
    QComboBox *m_group;
    bool m_creating = false;
    QString m_labelId;
    QString m_presetGroupId; //!< create mode
    QString m_loadedName;
    QString m_loadedGroupId;
    QList<Label> m_labels;
    QList<LabelGroup> m_groups;
};

} // namespace Density
