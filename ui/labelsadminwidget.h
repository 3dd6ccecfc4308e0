#pragma once

#include "models/labeltreemodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class QTreeWidget;

namespace Density {

class ActivityLog;
class DensityClient;
class LabelForm;
class LabelGroupForm;
class SpaceTreeModel;

//! The Labels admin page: label groups and their labels in a filterable tree; for the current
//! item an editor (LabelForm: rename and move to another group; LabelGroupForm: rename), the
//! same forms in create mode behind "New label…" and "New group…", and for a label the spaces
//! that carry it, named as in the space tree. After every successful apply the tree reloads
//! and changed() tells the owner to refresh what shows labels (the space tree).
class LabelsAdminWidget : public QWidget {
    Q_OBJECT
public:
    LabelsAdminWidget(DensityClient *client, const SpaceTreeModel *spaces,
                      QWidget *parent = nullptr);

    //! Where the forms record their applies (not owned).
    void setActivityLog(ActivityLog *log, const QString &connection);
    //! Loads the tree again (the current item stays current when it still exists).
    void reload();

    void selectLabel(const QString &labelId);
    void selectGroup(const QString &groupId);
    void startNewLabel();
    void startNewGroup();

    LabelTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    LabelForm *labelForm() const { return m_labelForm; }
    LabelGroupForm *groupForm() const { return m_groupForm; }
    //! Columns: the space's name, where it is (its ancestors, as in the space tree).
    QTreeWidget *spacesList() const { return m_spacesList; }
    QPushButton *newLabelButton() const { return m_newLabel; }
    QPushButton *newGroupButton() const { return m_newGroup; }
    //! The editor shown: nullptr when none (nothing or the Ungrouped row is current).
    QWidget *currentEditor() const;

Q_SIGNALS:
    //! A label or group was created or changed: refresh what shows labels.
    void changed();

private:
    enum class Target { None, Label, Group };
    void onCurrentChanged(const QModelIndex &current);
    void onApplied();
    void onModelLoaded();
    void showLabel(const QString &labelId, bool loadForm);
    void showGroup(const QString &groupId, bool loadForm);
    void showPlaceholder(const QString &text);
    void fillSpaces(const QString &labelId);
    QString spaceText(const LabelSpace &space, QString *path) const;
    void setCurrentIndexQuietly(const QModelIndex &sourceIndex);
    bool confirmDiscard();

    DensityClient *m_client;
    const SpaceTreeModel *m_spaces;
    LabelTreeModel *m_model; //!< a child, so that it outlives the views while they close
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QLabel *m_treeStatus;
    QPushButton *m_newLabel;
    QPushButton *m_newGroup;
    QLabel *m_title;
    QStackedWidget *m_editors;
    QLabel *m_placeholder;
    QWidget *m_labelPage;
    LabelForm *m_labelForm;
    QLabel *m_spacesHeading;
    QTreeWidget *m_spacesList;
    LabelGroupForm *m_groupForm;
    Target m_target = Target::None;
    QString m_targetId;
    bool m_quiet = false; //!< selection moved by code, not by the user
};

} // namespace Density
