#pragma once

#include "adminform.h"

#include "model/label.h"

class QLineEdit;

namespace Density {

//! Renames one label group, or creates a new (empty) one. Names follow LabelNameCheck.
class LabelGroupForm : public AdminForm {
    Q_OBJECT
public:
    explicit LabelGroupForm(DensityClient *client, QWidget *parent = nullptr);

    //! Loads the group and edits it.
    void editGroup(const QString &groupId);
    void createGroup();

    bool isCreating() const { return m_creating; }
    //! The group being edited; after a create, the new group.
    QString groupId() const { return m_groupId; }
    QLineEdit *nameEdit() const { return m_name; }

    //! False when the last successful apply found nothing to send (nothing to refresh).
    bool lastApplyChanged() const { return m_lastApplyChanged; }

protected:
    void load() override;
    void validate() override;
    void apply() override;

private:
    bool m_lastApplyChanged = false;
    QLineEdit *m_name;
    bool m_creating = false;
    QString m_groupId;
    QString m_loadedName;
    QList<LabelGroup> m_groups;
};

} // namespace Density
