#include "spacelabelsform.h"

#include "labelnamecheck.h"

#include "api/densityclient.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace Density {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

bool lessByName(const QString &a, const QString &b) {
    return a.compare(b, Qt::CaseInsensitive) < 0;
}

QString joinedOrNone(QStringList names) {
    std::sort(names.begin(), names.end(), lessByName);
    return names.isEmpty() ? SpaceLabelsForm::tr("(none)") : names.join(QStringLiteral(", "));
}

} // namespace

SpaceLabelsForm::SpaceLabelsForm(DensityClient *client, const QString &spaceId, QWidget *parent)
    : AdminForm(parent)
    , m_spaceId(spaceId)
    , m_labelsPanel(new QWidget)
    , m_search(new QLineEdit(m_labelsPanel))
    , m_checklist(new QTreeWidget(m_labelsPanel))
    , m_newPanel(new QWidget)
    , m_newName(new QLineEdit(m_newPanel))
    , m_addNew(new QPushButton(tr("Add to list"), m_newPanel))
    , m_newList(new QListWidget)
    , m_removeNew(nullptr)
    , m_summary(new QLabel) {
    setClient(client);

    m_search->setPlaceholderText(tr("Filter labels\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter labels"));
    m_checklist->setAccessibleName(tr("Labels of this space"));
    m_checklist->setColumnCount(2);
    m_checklist->setHeaderLabels({tr("Label"), tr("Change")});
    m_checklist->header()->setStretchLastSection(false);
    m_checklist->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_checklist->header()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    m_checklist->setUniformRowHeights(true);
    // Room for about 16 labels: the checklist is the form's main field.
    m_checklist->setMinimumHeight(m_checklist->fontMetrics().height() * 16);
    m_checklist->setToolTip(tr("Tick a label to put it on this space, untick it to take it off"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(m_summary); // first: what the space carries now, and what Apply will change

    auto *labelsLayout = new QVBoxLayout(m_labelsPanel);
    labelsLayout->setContentsMargins(0, 0, 0, 0);
    labelsLayout->addWidget(m_search);
    labelsLayout->addWidget(m_checklist, 1);
    addField(tr("&Labels:"), m_labelsPanel);

    m_newName->setPlaceholderText(tr("New label name, then Enter"));
    m_newName->setMaxLength(LabelNameCheck::MaxLength + 50); // over-long names get a message
    m_newName->setClearButtonEnabled(true);
    m_newName->setAccessibleName(tr("New label name"));
    auto *newLayout = new QHBoxLayout(m_newPanel);
    newLayout->setContentsMargins(0, 0, 0, 0);
    newLayout->addWidget(m_newName, 1);
    newLayout->addWidget(m_addNew);
    addField(tr("&Create:"), m_newPanel);

    auto *listPanel = new QWidget;
    m_removeNew = new QPushButton(tr("Remove"), listPanel);
    m_removeNew->setToolTip(tr("Do not create the selected label"));
    m_newList->setParent(listPanel);
    m_newList->setMaximumHeight(m_newList->fontMetrics().height() * 4);
    m_newList->setAccessibleName(tr("Labels to create"));
    auto *listLayout = new QHBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_newList, 1);
    listLayout->addWidget(m_removeNew, 0, Qt::AlignTop);
    addField(tr("To create:"), listPanel);

    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_checklist, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int col) {
        const QString id = item->data(NameColumn, kIdRole).toString();
        if (col != NameColumn || id.isEmpty())
            return;
        if (item->checkState(NameColumn) == Qt::Checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        updateChangeColumn(item);
        updateSummary();
        fieldEdited();
    });
    connect(m_newName, &QLineEdit::textChanged, this, [this] {
        m_emptyEntry = false;
        fieldEdited();
    });
    connect(m_newName, &QLineEdit::returnPressed, this, &SpaceLabelsForm::onNewNameEntered);
    connect(m_addNew, &QPushButton::clicked, this, &SpaceLabelsForm::onNewNameEntered);
    m_newList->installEventFilter(this); // Delete removes the selected name
    connect(m_removeNew, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_newList->currentItem())
            removeNewLabel(item->text());
    });
    rebuildNewList();
}

bool SpaceLabelsForm::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_newList && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        if (QListWidgetItem *item = m_newList->currentItem()) {
            removeNewLabel(item->text());
            return true;
        }
    }
    return AdminForm::eventFilter(watched, event);
}

void SpaceLabelsForm::setSpaceName(const QString &name) {
    m_spaceName = name;
}

QString SpaceLabelsForm::spaceName() const {
    return m_spaceName.isEmpty() ? m_spaceId : m_spaceName;
}

QString SpaceLabelsForm::labelIdByName(const QString &name) const {
    for (const Label &label : m_labels) {
        if (label.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return label.id;
    }
    return {};
}

QString SpaceLabelsForm::labelName(const QString &labelId) const {
    for (const Label &label : m_labels) {
        if (label.id == labelId)
            return label.name;
    }
    return labelId;
}

QStringList SpaceLabelsForm::namesOf(const QSet<QString> &ids) const {
    QStringList names;
    for (const QString &id : ids)
        names.append(labelName(id));
    std::sort(names.begin(), names.end(), lessByName);
    return names;
}

bool SpaceLabelsForm::setLabelChecked(const QString &labelId, bool checked) {
    for (int g = 0; g < m_checklist->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_checklist->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            if (item->data(NameColumn, kIdRole).toString() == labelId) {
                item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
                return true;
            }
        }
    }
    return false;
}

bool SpaceLabelsForm::isLabelChecked(const QString &labelId) const {
    return m_checked.contains(labelId);
}

bool SpaceLabelsForm::addNewLabel(const QString &name) {
    m_newName->setText(name);
    onNewNameEntered();
    return m_newName->text().isEmpty();
}

void SpaceLabelsForm::removeNewLabel(const QString &name) {
    if (m_newNames.removeAll(name) == 0)
        return;
    rebuildNewList();
    updateSummary();
    fieldEdited();
}

void SpaceLabelsForm::onNewNameEntered() {
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty()) {
        m_emptyEntry = true;
        fieldEdited();
        return;
    }
    // The name of an existing label: the user meant that label, so tick it.
    const QString existing = labelIdByName(name);
    if (!existing.isEmpty()) {
        setLabelChecked(existing, true);
        m_newName->clear();
        return;
    }
    fieldEdited(); // shows why the name cannot be added, if it cannot
    if (fieldHasError(m_newPanel))
        return;
    m_newNames.append(name);
    rebuildNewList();
    m_newName->clear(); // validates again: the line is empty now
    updateSummary();
}

void SpaceLabelsForm::rebuildNewList() {
    m_newList->clear();
    for (const QString &name : std::as_const(m_newNames)) {
        auto *item = new QListWidgetItem(name, m_newList);
        item->setToolTip(tr("Created and put on this space when you apply"));
    }
    m_removeNew->setEnabled(!m_newNames.isEmpty());
    // The list takes room only when it holds something.
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    formLayout()->getWidgetPosition(m_newList->parentWidget()->parentWidget(), &row, &role);
    if (row >= 0)
        formLayout()->setRowVisible(row, !m_newNames.isEmpty());
}

void SpaceLabelsForm::load() {
    track(client()->labels(this, [this](const Result<QList<Label>> &labels) {
        if (!labels) {
            loadFailed(labels.error());
            return;
        }
        m_labels = labels.value();
        m_current.clear();
        for (const Label &label : std::as_const(m_labels)) {
            for (const LabelSpace &space : label.spaces) {
                if (space.id != m_spaceId)
                    continue;
                m_current.insert(label.id);
                if (m_spaceName.isEmpty())
                    m_spaceName = space.name;
            }
        }
        m_checked = m_current;
        m_newNames.clear();
        setFilling(true);
        m_newName->clear();
        m_emptyEntry = false;
        rebuildChecklist();
        rebuildNewList();
        setFilling(false);
        updateSummary();
        loadSucceeded();
    }));
}

void SpaceLabelsForm::rebuildChecklist() {
    const QSignalBlocker blocker(m_checklist);
    m_checklist->clear();
    // Groups by name, "Ungrouped" last; labels by name inside each.
    QMap<QString, QList<const Label *>> byGroup; // key: sortable group name
    QHash<QString, QString> groupTitle;
    const QString ungroupedKey = QStringLiteral("\uffff");
    for (const Label &label : std::as_const(m_labels)) {
        QString key = ungroupedKey;
        if (!label.groupId.isEmpty()) {
            const QString title = label.groupName.isEmpty() ? label.groupId : label.groupName;
            key = title.toCaseFolded() + QLatin1Char('\n') + label.groupId;
            groupTitle.insert(key, title);
        }
        byGroup[key].append(&label);
    }
    groupTitle.insert(ungroupedKey, tr("Ungrouped"));
    QFont groupFont = m_checklist->font();
    groupFont.setBold(true);
    for (auto it = byGroup.begin(); it != byGroup.end(); ++it) {
        auto *group = new QTreeWidgetItem(m_checklist, {groupTitle.value(it.key())});
        group->setFlags(Qt::ItemIsEnabled);
        group->setFont(NameColumn, groupFont);
        group->setFirstColumnSpanned(true);
        std::sort(it->begin(), it->end(),
                  [](const Label *a, const Label *b) { return lessByName(a->name, b->name); });
        for (const Label *label : std::as_const(*it)) {
            auto *item = new QTreeWidgetItem(group, {label->name});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setData(NameColumn, kIdRole, label->id);
            item->setCheckState(NameColumn,
                                m_checked.contains(label->id) ? Qt::Checked : Qt::Unchecked);
            updateChangeColumn(item);
        }
    }
    m_checklist->expandAll();
    applyFilter();
    // Start where the space's own labels are, not at the top of a long list.
    for (QTreeWidgetItemIterator it(m_checklist); *it; ++it) {
        if ((*it)->checkState(NameColumn) == Qt::Checked) {
            m_checklist->scrollToItem(*it, QAbstractItemView::PositionAtTop);
            break;
        }
    }
}

void SpaceLabelsForm::updateChangeColumn(QTreeWidgetItem *item) {
    const QString id = item->data(NameColumn, kIdRole).toString();
    const bool wanted = m_checked.contains(id);
    const bool now = m_current.contains(id);
    QFont font = m_checklist->font();
    if (wanted && !now) {
        item->setText(ChangeColumn, tr("\u002b will be added"));
        font.setBold(true);
    } else if (!wanted && now) {
        item->setText(ChangeColumn, tr("\u2212 will be removed"));
        font.setStrikeOut(true);
    } else {
        item->setText(ChangeColumn, QString());
    }
    item->setFont(NameColumn, font);
}

void SpaceLabelsForm::applyFilter() {
    const QString text = m_search->text().trimmed();
    for (int g = 0; g < m_checklist->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_checklist->topLevelItem(g);
        const bool groupMatches = group->text(NameColumn).contains(text, Qt::CaseInsensitive);
        bool anyVisible = false;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            const bool visible =
                groupMatches || item->text(NameColumn).contains(text, Qt::CaseInsensitive);
            item->setHidden(!visible);
            anyVisible = anyVisible || visible;
        }
        group->setHidden(!anyVisible);
    }
}

SpaceLabelsChange SpaceLabelsForm::pendingChange() const {
    SpaceLabelsChange change;
    for (const QString &id : m_checked) {
        if (!m_current.contains(id))
            change.add.append(id);
    }
    for (const QString &id : m_current) {
        if (!m_checked.contains(id))
            change.remove.append(id);
    }
    change.add.sort();
    change.remove.sort();
    change.create = m_newNames;
    return change;
}

void SpaceLabelsForm::updateSummary() {
    const SpaceLabelsChange change = pendingChange();
    QStringList after = namesOf(m_checked) + m_newNames;
    const QString afterText = joinedOrNone(after);
    const QString space = spaceName();
    if (change.isEmpty()) {
        m_summary->setText(tr("Labels on \u201c%1\u201d now: %2.").arg(space, afterText));
        return;
    }
    m_summary->setText(tr("Labels on \u201c%1\u201d after Apply: %2.\nApply sends one request: "
                          "add %3, create %4, remove %5.")
                           .arg(space, afterText)
                           .arg(change.add.size())
                           .arg(change.create.size())
                           .arg(change.remove.size()));
}

void SpaceLabelsForm::validate() {
    const QString typed = m_newName->text();
    const QString name = typed.trimmed();
    if (name.isEmpty()) {
        if (m_emptyEntry || !typed.isEmpty())
            setFieldError(m_newPanel, tr("Type a name for the new label first."));
        return;
    }
    const QString problem =
        LabelNameCheck::problem(LabelNameCheck::Kind::Label, name, QStringList());
    if (!problem.isEmpty()) {
        setFieldError(m_newPanel, problem);
        return;
    }
    const QString existing = labelIdByName(name);
    if (!existing.isEmpty()) {
        setFieldError(m_newPanel, tr("The label \u201c%1\u201d already exists: tick it in the "
                                     "list above instead (Enter does that).")
                                      .arg(labelName(existing)));
        return;
    }
    const QString pending = LabelNameCheck::sameName(name, m_newNames);
    if (!pending.isEmpty()) {
        setFieldError(m_newPanel,
                      tr("\u201c%1\u201d is already among the labels to create.").arg(pending));
        return;
    }
    setFieldWarning(m_newPanel, tr("Not in the list yet: Enter adds it; Apply also creates it."));
}

void SpaceLabelsForm::apply() {
    m_lastApplyChanged = true;
    // A valid name still in the line is meant to be created (validate() let it through).
    const QString typed = m_newName->text().trimmed();
    if (!typed.isEmpty()) {
        m_newNames.append(typed);
        setFilling(true);
        m_newName->clear();
        setFilling(false);
        rebuildNewList();
        updateSummary();
    }
    const SpaceLabelsChange change = pendingChange();
    if (change.isEmpty()) {
        m_lastApplyChanged = false;
        applySucceeded(tr("Nothing to change."));
        return;
    }
    QStringList after = namesOf(m_checked) + m_newNames;
    describeChange(tr("Change space labels"), spaceName(), joinedOrNone(namesOf(m_current)),
                   joinedOrNone(after));
    track(client()->updateSpaceLabels(
        m_spaceId, change, this, [this, change](const Result<QList<Label>> &result) {
            if (!result) {
                applyFailed(result.error()); // the ticks and new names stay as they are
                return;
            }
            // The answer is the space's labels now, the created ones with their new ids.
            m_current.clear();
            for (const Label &label : result.value()) {
                m_current.insert(label.id);
                const bool known =
                    std::any_of(m_labels.cbegin(), m_labels.cend(),
                                [&label](const Label &l) { return l.id == label.id; });
                if (!known)
                    m_labels.append(label);
            }
            m_checked = m_current;
            m_newNames.clear();
            setFilling(true);
            rebuildChecklist();
            rebuildNewList();
            setFilling(false);
            updateSummary();
            applySucceeded(tr("Labels changed in one request: %1 added, %2 created, %3 removed.")
                               .arg(change.add.size())
                               .arg(change.create.size())
                               .arg(change.remove.size()));
        }));
}

} // namespace Density
