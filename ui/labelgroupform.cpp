#include "labelgroupform.h"

#include "labelnamecheck.h"

#include "api/densityclient.h"

#include <QLineEdit>

#include <algorithm>

namespace Density {

LabelGroupForm::LabelGroupForm(DensityClient *client, QWidget *parent)
    : AdminForm(parent)
    , m_name(new QLineEdit) {
    setClient(client);
    m_name->setMaxLength(LabelNameCheck::MaxLength + 50); // over-long names get a message
    m_name->setClearButtonEnabled(true);
    addField(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::textChanged, this, [this] { fieldEdited(); });
}

void LabelGroupForm::editGroup(const QString &groupId) {
    m_creating = false;
    m_groupId = groupId;
    reload();
}

void LabelGroupForm::createGroup() {
    m_creating = true;
    m_groupId.clear();
    reload();
}

void LabelGroupForm::load() {
    track(client()->labelGroups(this, [this](const Result<QList<LabelGroup>> &groups) {
        if (!groups) {
            loadFailed(groups.error());
            return;
        }
        m_groups = groups.value();
        m_loadedName.clear();
        if (!m_creating) {
            const auto it = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                         [this](const LabelGroup &g) { return g.id == m_groupId; });
            if (it == m_groups.cend()) {
                loadFailed(ApiError(ApiError::Kind::Http,
                                    tr("The label group no longer exists; it may have been deleted "
                                       "elsewhere. Reload the list of labels."),
                                    404));
                return;
            }
            m_loadedName = it->name;
        }
        setFilling(true);
        m_name->setText(m_loadedName);
        setFilling(false);
        loadSucceeded();
        if (m_creating)
            setStatus(tr("A new, empty label group; Apply creates it."));
    }));
}

void LabelGroupForm::validate() {
    QStringList taken;
    for (const LabelGroup &group : std::as_const(m_groups)) {
        if (m_creating || group.id != m_groupId)
            taken.append(group.name);
    }
    // A new, untouched form asks for a name rather than scolding for a missing one.
    if (m_creating && m_name->text().isEmpty())
        setFieldError(m_name, tr("Type a name for the new label group."));
    setFieldError(m_name,
                  LabelNameCheck::problem(LabelNameCheck::Kind::Group, m_name->text(), taken));
    if (m_name->text() != m_name->text().trimmed() && !m_name->text().trimmed().isEmpty())
        setFieldWarning(m_name, tr("Blanks at the start or end are left out."));
}

void LabelGroupForm::apply() {
    m_lastApplyChanged = true;
    const QString name = m_name->text().trimmed();
    if (m_creating) {
        describeChange(tr("Create label group"), name, QString(), name);
        track(client()->createLabelGroup(name, this, [this](const Result<LabelGroup> &created) {
            if (!created) {
                applyFailed(created.error());
                return;
            }
            // From here on the form edits the new group: Apply again never creates a second one.
            m_creating = false;
            m_groupId = created.value().id;
            m_loadedName = created.value().name;
            m_groups.append(created.value());
            applySucceeded(tr("Created the label group \u201c%1\u201d.").arg(m_loadedName));
        }));
        return;
    }
    if (name == m_loadedName) {
        m_lastApplyChanged = false;
        applySucceeded(tr("Nothing to change."));
        return;
    }
    describeChange(tr("Rename label group"), m_loadedName, m_loadedName, name);
    track(client()->updateLabelGroup(m_groupId, name, this,
                                     [this, name](const Result<LabelGroup> &updated) {
                                         if (!updated) {
                                             applyFailed(updated.error());
                                             return;
                                         }
                                         m_loadedName = name;
                                         for (LabelGroup &group : m_groups) {
                                             if (group.id == m_groupId)
                                                 group.name = name;
                                         }
                                         applySucceeded(tr("Renamed to \u201c%1\u201d.").arg(name));
                                     }));
}

} // namespace Density
