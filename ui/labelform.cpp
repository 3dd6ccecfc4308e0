#include "labelform.h"

#include "labelnamecheck.h"

#include "api/densityclient.h"

#include <QComboBox>
#include <QLineEdit>

#include <algorithm>

namespace Density {

LabelForm::LabelForm(DensityClient *client, QWidget *parent)
    : AdminForm(parent)
    , m_name(new QLineEdit)
    , m_group(new QComboBox) {
    setClient(client);
    m_name->setMaxLength(LabelNameCheck::MaxLength + 50); // over-long names get a message
    m_name->setClearButtonEnabled(true);
    m_group->setToolTip(tr("The label group this label belongs to"));
    addField(tr("&Name:"), m_name);
    addField(tr("&Group:"), m_group);
    connect(m_name, &QLineEdit::textChanged, this, [this] { fieldEdited(); });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { fieldEdited(); });
}

void LabelForm::editLabel(const QString &labelId) {
    m_creating = false;
    m_labelId = labelId;
    reload();
}

void LabelForm::createLabel(const QString &groupId) {
    m_creating = true;
    m_labelId.clear();
    m_presetGroupId = groupId;
    reload();
}

bool LabelForm::chooseGroup(const QString &groupId) {
    const int index = m_group->findData(groupId);
    if (index < 0)
        return false;
    m_group->setCurrentIndex(index);
    return true;
}

void LabelForm::load() {
    // Both lists: the label itself, the names its new name must not repeat, and the groups.
    track(client()->labels(this, [this](const Result<QList<Label>> &labels) {
        if (!labels) {
            loadFailed(labels.error());
            return;
        }
        m_labels = labels.value();
        track(client()->labelGroups(this, [this](const Result<QList<LabelGroup>> &groups) {
            if (!groups) {
                loadFailed(groups.error());
                return;
            }
            m_groups = groups.value();
            std::sort(m_groups.begin(), m_groups.end(),
                      [](const LabelGroup &a, const LabelGroup &b) {
                          return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                      });
            if (!m_creating) {
                const auto it = std::find_if(m_labels.cbegin(), m_labels.cend(),
                                             [this](const Label &l) { return l.id == m_labelId; });
                if (it == m_labels.cend()) {
                    loadFailed(ApiError(ApiError::Kind::Http,
                                        tr("The label no longer exists; it may have been deleted "
                                           "elsewhere. Reload the list of labels."),
                                        404));
                    return;
                }
                m_loadedName = it->name;
                m_loadedGroupId = it->groupId;
            } else {
                m_loadedName.clear();
                m_loadedGroupId = m_presetGroupId;
            }
            fill();
            loadSucceeded();
            if (m_creating)
                setStatus(tr("A new label; Apply creates it."));
        }));
    }));
}

void LabelForm::fill() {
    setFilling(true);
    m_name->setText(m_loadedName);
    fillGroups(m_loadedGroupId);
    setFilling(false);
}

void LabelForm::fillGroups(const QString &currentGroupId) {
    m_group->clear();
    // "No group" only where it is true now or can be chosen (a new label is created without).
    if (m_creating || currentGroupId.isEmpty())
        m_group->addItem(tr("(No group)"), QString());
    for (const LabelGroup &group : std::as_const(m_groups))
        m_group->addItem(group.name, group.id);
    const int current = m_group->findData(currentGroupId);
    m_group->setCurrentIndex(std::max(0, current));
}

QString LabelForm::chosenGroupId() const {
    return m_group->currentData().toString();
}

QString LabelForm::groupName(const QString &groupId) const {
    if (groupId.isEmpty())
        return tr("no group");
    for (const LabelGroup &group : m_groups) {
        if (group.id == groupId)
            return group.name;
    }
    return groupId;
}

QString LabelForm::describe(const QString &name, const QString &groupId) const {
    return tr("Name: %1; group: %2").arg(name, groupName(groupId));
}

void LabelForm::validate() {
    QStringList taken;
    for (const Label &label : std::as_const(m_labels)) {
        if (m_creating || label.id != m_labelId)
            taken.append(label.name);
    }
    // A new, untouched form asks for a name rather than scolding for a missing one.
    if (m_creating && m_name->text().isEmpty())
        setFieldError(m_name, tr("Type a name for the new label."));
    setFieldError(m_name,
                  LabelNameCheck::problem(LabelNameCheck::Kind::Label, m_name->text(), taken));
    if (m_name->text() != m_name->text().trimmed() && !m_name->text().trimmed().isEmpty())
        setFieldWarning(m_name, tr("Blanks at the start or end are left out."));
}

void LabelForm::apply() {
    m_lastApplyChanged = true;
    const QString name = m_name->text().trimmed();
    const QString groupId = chosenGroupId();
    if (m_creating) {
        describeChange(tr("Create label"), name, QString(), describe(name, groupId));
        track(client()->createLabel(name, this, [this, groupId](const Result<Label> &created) {
            if (!created) {
                applyFailed(created.error());
                return;
            }
            finishCreate(created.value(), groupId);
        }));
        return;
    }
    if (name == m_loadedName && groupId == m_loadedGroupId) {
        m_lastApplyChanged = false;
        applySucceeded(tr("Nothing to change."));
        return;
    }
    describeChange(tr("Edit label"), m_loadedName, describe(m_loadedName, m_loadedGroupId),
                   describe(name, groupId));
    const QString groupChange = groupId == m_loadedGroupId ? QString() : groupId;
    track(client()->updateLabel(
        m_labelId, name, groupChange, this, [this, name, groupId](const Result<Label> &updated) {
            if (!updated) {
                applyFailed(updated.error());
                return;
            }
            const bool moved = groupId != m_loadedGroupId;
            const bool renamed = name != m_loadedName;
            const QString summary =
                renamed && moved
                    ? tr("Renamed to \u201c%1\u201d and moved to %2.").arg(name, groupName(groupId))
                : renamed ? tr("Renamed to \u201c%1\u201d.").arg(name)
                          : tr("Moved to %1.").arg(groupName(groupId));
            m_loadedName = name;
            m_loadedGroupId = groupId;
            for (Label &label : m_labels) {
                if (label.id == m_labelId) {
                    label.name = name;
                    label.groupId = groupId;
                }
            }
            setFilling(true);
            fillGroups(groupId); // a label that joined a group can no longer leave it
            setFilling(false);
            applySucceeded(summary);
        }));
}

void LabelForm::finishCreate(const Label &created, const QString &groupId) {
    // From here on the form edits the new label: Apply again only moves it, never creates a
    // second one.
    m_creating = false;
    m_labelId = created.id;
    m_loadedName = created.name;
    m_loadedGroupId = created.groupId;
    m_labels.append(created);
    if (groupId.isEmpty() || groupId == created.groupId) {
        applySucceeded(tr("Created the label \u201c%1\u201d.").arg(created.name));
        return;
    }
    track(client()->updateLabel(
        created.id, QString(), groupId, this, [this, created, groupId](const Result<Label> &moved) {
            if (!moved) {
                applyPartlyFailed(
                    {tr("created the label \u201c%1\u201d without a group").arg(created.name)},
                    {tr("putting it into %1").arg(groupName(groupId))}, moved.error());
                return;
            }
            m_loadedGroupId = groupId;
            for (Label &label : m_labels) {
                if (label.id == created.id)
                    label.groupId = groupId;
            }
            setFilling(true);
            fillGroups(groupId);
            setFilling(false);
            applySucceeded(tr("Created the label \u201c%1\u201d in %2.")
                               .arg(created.name, groupName(groupId)));
        }));
}

} // namespace Density
