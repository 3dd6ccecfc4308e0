#pragma once

#include "api/pendingcall.h"
#include "model/label.h"
#include "model/space.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <optional>

namespace Density {

class DensityClient;

//! The organization's labels under their label groups: one top-level row per group with its
//! labels as children, and an "Ungrouped" row for labels without a group (only while there are
//! such labels). The Spaces column counts the spaces that carry a label (for a group: the
//! distinct spaces carrying any of its labels).
//!
//! A load fetches labels, label groups and spaces in parallel. Which spaces carry a label is
//! the union of the label's own `spaces` list and the spaces whose `labels` name it, because
//! the API documents both and neither is confirmed to be complete.
class LabelTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, SpacesColumn, ColumnCount };
    enum class Kind { Group, Ungrouped, Label };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< label or group id; empty for the Ungrouped row
        KindRole,                  //!< int(Kind)
        GroupIdRole,               //!< a label's group id (empty when ungrouped)
        SpaceCountRole,            //!< int, for sorting
    };

    explicit LabelTreeModel(QObject *parent = nullptr);

    //! Fetches labels, label groups and spaces; a load still running is superseded (aborted,
    //! its answers ignored). The tree is replaced only when all three arrived.
    void load(DensityClient *client);
    void cancelLoad();
    bool isLoading() const { return m_isLoading; }
    bool isLoaded() const { return m_loaded; }
    //! Builds the tree from decoded values (what load() does once everything arrived).
    void setData(const QList<Label> &labels, const QList<LabelGroup> &groups,
                 const QList<Space> &spaces);

    const Label *labelById(const QString &labelId) const;
    const LabelGroup *groupById(const QString &groupId) const;
    QList<Label> labels() const { return m_labels; }
    QList<LabelGroup> groups() const { return m_groups; }
    //! The spaces carrying the label (id and the name the API gave), sorted by name.
    QList<LabelSpace> spacesWithLabel(const QString &labelId) const;
    //! Distinct spaces carrying any label of the group.
    int spaceCountOfGroup(const QString &groupId) const;

    static Kind kind(const QModelIndex &index);
    QModelIndex indexOfLabel(const QString &labelId) const;
    QModelIndex indexOfGroup(const QString &groupId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    //! After a load replaced the tree.
    void loaded();
    void loadFailed(const QString &message);

private:
    //! A top-level row: a group (index into m_groups) or the Ungrouped node (-1).
    struct TopRow {
        int group = -1;
        QList<int> labels; //!< indexes into m_labels, sorted by name
    };
    void setLoading(bool loading);
    void finishLoad();
    QString topName(const TopRow &top) const;
    int topSpaceCount(const TopRow &top) const;

    QList<Label> m_labels;
    QList<LabelGroup> m_groups;
    QList<TopRow> m_top;
    QHash<QString, int> m_labelById;
    QHash<QString, int> m_groupById;
    QHash<QString, int> m_labelTop;             //!< label id -> top row
    QHash<QString, QList<LabelSpace>> m_spaces; //!< label id -> spaces carrying it

    // The running load: a generation number makes answers of a superseded load harmless even
    // if one slipped through between abort() and delivery.
    quint64 m_generation = 0;
    RequestHandle m_labelsCall;
    RequestHandle m_groupsCall;
    RequestHandle m_spacesCall;
    std::optional<QList<Label>> m_pendingLabels;
    std::optional<QList<LabelGroup>> m_pendingGroups;
    std::optional<QList<Space>> m_pendingSpaces;
    bool m_isLoading = false;
    bool m_loaded = false;
};

} // namespace Density
