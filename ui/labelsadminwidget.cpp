#include "labelsadminwidget.h"

#include "labelform.h"
#include "labelgroupform.h"

#include "models/spacetreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Density {
namespace {

//! The filter, and group rows in bold so that they read as headings above their labels.
class LabelFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::FontRole && index.column() == LabelTreeModel::NameColumn &&
            LabelTreeModel::kind(index) != LabelTreeModel::Kind::Label) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

LabelsAdminWidget::LabelsAdminWidget(DensityClient *client, const SpaceTreeModel *spaces,
                                     QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_spaces(spaces)
    , m_model(new LabelTreeModel(this))
    , m_proxy(new LabelFilterProxy(this))
    , m_filter(new QLineEdit)
    , m_tree(new QTreeView)
    , m_treeStatus(new QLabel)
    , m_newLabel(new QPushButton(tr("New &label\u2026")))
    , m_newGroup(new QPushButton(tr("New &group\u2026")))
    , m_title(new QLabel)
    , m_editors(new QStackedWidget)
    , m_placeholder(new QLabel)
    , m_labelPage(new QWidget)
    , m_labelForm(new LabelForm(client))
    , m_spacesHeading(new QLabel)
    , m_spacesList(new QTreeWidget)
    , m_groupForm(new LabelGroupForm(client)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // a group that matches shows all its labels
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(LabelTreeModel::NameColumn);

    m_filter->setPlaceholderText(tr("Filter labels and groups\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter labels and groups"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("Labels by group"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LabelTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(LabelTreeModel::SpacesColumn,
                                           QHeaderView::ResizeToContents);
    m_treeStatus->setWordWrap(true);
    m_treeStatus->hide();
    m_newLabel->setToolTip(tr("Create a label, in the group of the current item"));
    m_newGroup->setToolTip(tr("Create an empty label group"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_treeStatus);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newLabel);
    buttons->addWidget(m_newGroup);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_spacesList->setAccessibleName(tr("Spaces with this label"));
    m_spacesList->setSelectionMode(QAbstractItemView::NoSelection);
    m_spacesList->setColumnCount(2);
    m_spacesList->setHeaderLabels({tr("Space"), tr("Where")});
    m_spacesList->setRootIsDecorated(false);
    m_spacesList->setUniformRowHeights(true);
    m_spacesList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_spacesHeading->setBuddy(m_spacesList);
    auto *labelLayout = new QVBoxLayout(m_labelPage);
    labelLayout->setContentsMargins(0, 0, 0, 0);
    labelLayout->addWidget(m_labelForm);
    labelLayout->addWidget(m_spacesHeading);
    labelLayout->addWidget(m_spacesList, 1);
    m_editors->addWidget(m_placeholder);
    m_editors->addWidget(m_labelPage);
    m_editors->addWidget(m_groupForm);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_editors, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_newLabel, &QPushButton::clicked, this, &LabelsAdminWidget::startNewLabel);
    connect(m_newGroup, &QPushButton::clicked, this, &LabelsAdminWidget::startNewGroup);
    connect(m_labelForm, &AdminForm::applied, this, &LabelsAdminWidget::onApplied);
    connect(m_groupForm, &AdminForm::applied, this, &LabelsAdminWidget::onApplied);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_quiet = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_quiet = false; });
    connect(m_model, &LabelTreeModel::loaded, this, &LabelsAdminWidget::onModelLoaded);
    connect(m_model, &LabelTreeModel::loadingChanged, this, [this](bool loading) {
        m_treeStatus->setVisible(loading);
        m_treeStatus->setText(tr("Loading labels\u2026"));
    });
    connect(m_model, &LabelTreeModel::loadFailed, this, [this](const QString &message) {
        m_treeStatus->setText(tr("\u2716 Could not load the labels: %1").arg(message));
        m_treeStatus->show();
    });

    if (m_spaces) {
        // Names come from the space tree: when it reloads (after a rename), list them again.
        connect(m_spaces, &QAbstractItemModel::modelReset, this, [this] {
            if (m_target == Target::Label && !m_targetId.isEmpty())
                fillSpaces(m_targetId);
        });
    }

    showPlaceholder(tr("Pick a label or a label group on the left to rename it or move it, or "
                       "create one with New label\u2026 or New group\u2026"));
    reload();
}

void LabelsAdminWidget::setActivityLog(ActivityLog *log, const QString &connection) {
    m_labelForm->setActivityLog(log, connection);
    m_groupForm->setActivityLog(log, connection);
}

void LabelsAdminWidget::reload() {
    m_model->load(m_client);
}

QWidget *LabelsAdminWidget::currentEditor() const {
    if (m_editors->currentWidget() == m_labelPage)
        return m_labelForm;
    if (m_editors->currentWidget() == m_groupForm)
        return m_groupForm;
    return nullptr;
}

void LabelsAdminWidget::selectLabel(const QString &labelId) {
    m_tree->setCurrentIndex(m_proxy->mapFromSource(m_model->indexOfLabel(labelId)));
}

void LabelsAdminWidget::selectGroup(const QString &groupId) {
    m_tree->setCurrentIndex(m_proxy->mapFromSource(m_model->indexOfGroup(groupId)));
}

bool LabelsAdminWidget::confirmDiscard() {
    const AdminForm *form = qobject_cast<const AdminForm *>(currentEditor());
    if (!form || !form->hasUnappliedEdits())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Discard edits?"),
        tr("The edits in \u201c%1\u201d have not been applied. Discard them?").arg(m_title->text()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void LabelsAdminWidget::setCurrentIndexQuietly(const QModelIndex &sourceIndex) {
    m_quiet = true;
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    else
        m_tree->selectionModel()->clear();
    m_quiet = false;
}

void LabelsAdminWidget::onCurrentChanged(const QModelIndex &current) {
    if (m_quiet || !current.isValid())
        return;
    if (!confirmDiscard()) {
        setCurrentIndexQuietly(m_target == Target::Label   ? m_model->indexOfLabel(m_targetId)
                               : m_target == Target::Group ? m_model->indexOfGroup(m_targetId)
                                                           : QModelIndex());
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const QString id = source.data(LabelTreeModel::IdRole).toString();
    switch (LabelTreeModel::kind(source)) {
    case LabelTreeModel::Kind::Label:
        showLabel(id, true);
        break;
    case LabelTreeModel::Kind::Group:
        showGroup(id, true);
        break;
    case LabelTreeModel::Kind::Ungrouped:
        m_target = Target::None;
        m_targetId.clear();
        showPlaceholder(tr("These labels belong to no label group. Pick one to rename it or to "
                           "move it into a group."));
        break;
    }
}

void LabelsAdminWidget::showLabel(const QString &labelId, bool loadForm) {
    m_target = Target::Label;
    m_targetId = labelId;
    const Label *label = m_model->labelById(labelId);
    m_title->setText(
        tr("Label \u201c%1\u201d").arg(label ? label->name : m_labelForm->nameEdit()->text()));
    m_editors->setCurrentWidget(m_labelPage);
    if (loadForm)
        m_labelForm->editLabel(labelId);
    fillSpaces(labelId);
}

void LabelsAdminWidget::showGroup(const QString &groupId, bool loadForm) {
    m_target = Target::Group;
    m_targetId = groupId;
    const LabelGroup *group = m_model->groupById(groupId);
    m_title->setText(tr("Label group \u201c%1\u201d")
                         .arg(group ? group->name : m_groupForm->nameEdit()->text()));
    m_editors->setCurrentWidget(m_groupForm);
    if (loadForm)
        m_groupForm->editGroup(groupId);
}

void LabelsAdminWidget::showPlaceholder(const QString &text) {
    m_title->clear();
    m_placeholder->setText(text);
    m_editors->setCurrentWidget(m_placeholder);
}

void LabelsAdminWidget::startNewLabel() {
    if (!confirmDiscard())
        return;
    // A new label goes into the group the user is looking at.
    QString groupId;
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    if (current.isValid())
        groupId = current.data(LabelTreeModel::GroupIdRole).toString();
    setCurrentIndexQuietly({});
    m_target = Target::Label;
    m_targetId.clear();
    m_title->setText(tr("New label"));
    m_spacesHeading->hide();
    m_spacesList->hide();
    m_editors->setCurrentWidget(m_labelPage);
    m_labelForm->createLabel(groupId);
    m_labelForm->nameEdit()->setFocus();
}

void LabelsAdminWidget::startNewGroup() {
    if (!confirmDiscard())
        return;
    setCurrentIndexQuietly({});
    m_target = Target::Group;
    m_targetId.clear();
    m_title->setText(tr("New label group"));
    m_editors->setCurrentWidget(m_groupForm);
    m_groupForm->createGroup();
    m_groupForm->nameEdit()->setFocus();
}

void LabelsAdminWidget::onApplied() {
    // The forms now edit what they applied to (a created item included): follow them.
    const bool changedSomething =
        sender() == m_labelForm ? m_labelForm->lastApplyChanged() : m_groupForm->lastApplyChanged();
    if (!changedSomething)
        return;
    if (sender() == m_labelForm) {
        m_target = Target::Label;
        m_targetId = m_labelForm->labelId();
    } else {
        m_target = Target::Group;
        m_targetId = m_groupForm->groupId();
    }
    Q_EMIT changed();
    reload();
}

void LabelsAdminWidget::onModelLoaded() {
    m_tree->expandAll();
    // Keep the current item current; the form already shows it (with its last status), so it
    // is not loaded again.
    if (m_target == Target::Label && !m_targetId.isEmpty() && !m_labelForm->isCreating()) {
        setCurrentIndexQuietly(m_model->indexOfLabel(m_targetId));
        showLabel(m_targetId, false);
    } else if (m_target == Target::Group && !m_targetId.isEmpty() && !m_groupForm->isCreating()) {
        setCurrentIndexQuietly(m_model->indexOfGroup(m_targetId));
        showGroup(m_targetId, false);
    }
}

QString LabelsAdminWidget::spaceText(const LabelSpace &space, QString *path) const {
    const Space *known = m_spaces ? m_spaces->spaceById(space.id) : nullptr;
    if (known) {
        *path = m_spaces->ancestorNames(space.id).join(QStringLiteral(" \u203a "));
        return known->name;
    }
    path->clear();
    return space.name.isEmpty() ? space.id : space.name;
}

void LabelsAdminWidget::fillSpaces(const QString &labelId) {
    m_spacesList->clear();
    const QList<LabelSpace> spaces = m_model->spacesWithLabel(labelId);
    m_spacesHeading->setText(tr("Spaces with this label (%1)").arg(spaces.size()));
    m_spacesHeading->show();
    m_spacesList->show();
    struct Row {
        QString name;
        QString path;
    };
    QList<Row> rows;
    for (const LabelSpace &space : spaces) {
        Row row;
        row.name = spaceText(space, &row.path);
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const int byPath = a.path.compare(b.path, Qt::CaseInsensitive);
        return byPath != 0 ? byPath < 0 : a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    for (const Row &row : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem(m_spacesList, {row.name, row.path});
        item->setToolTip(0, row.name);
        item->setToolTip(1, row.path);
    }
    if (rows.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_spacesList, {tr("No space carries this label.")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
}

} // namespace Density
