// The labels admin page and the space labels form against the in-process simulator: create a
// group and a label, rename and move a label, rename a group — each read back through the
// client; the naming rules as the user types; the spaces carrying a label listed by name; a
// space's labels added, created and removed in one request; and the 400, 404 and 5xx paths,
// each keeping what the user typed. Set DENSITY_SCREENSHOT_DIR to keep pictures of the page and
// the form, also under a pseudo-translation that makes every string about twice as long.
#include "../core/simfixture.h"
#include "layoutcheck.h"

#include "models/spacetreemodel.h"
#include "sim/simportfolio.h"
#include "sim/simstore.h"
#include "ui/labelform.h"
#include "ui/labelgroupform.h"
#include "ui/labelsadminwidget.h"
#include "ui/spacelabelsform.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace Density;

namespace {

//! Every string about 1.4 times as long, as German or French often are: padded with short
//! words so that wrapping still works.
class GermanLengthTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override {
        QString text = QString::fromUtf8(sourceText);
        if (text.size() < 4)
            return text;
        const qsizetype target = text.size() * 14 / 10;
        while (text.size() < target)
            text += QStringLiteral(" äöüß");
        return text;
    }
};

QList<Label> allLabels(SimFixture &sim) {
    return await<QList<Label>>([&sim](auto done) { sim.client.labels(nullptr, done); }).value();
}

QList<LabelGroup> allGroups(SimFixture &sim) {
    return await<QList<LabelGroup>>([&sim](auto done) { sim.client.labelGroups(nullptr, done); })
        .value();
}

std::optional<Label> labelNamed(SimFixture &sim, const QString &name) {
    for (const Label &label : allLabels(sim)) {
        if (label.name == name)
            return label;
    }
    return std::nullopt;
}

std::optional<Label> labelWithId(SimFixture &sim, const QString &id) {
    for (const Label &label : allLabels(sim)) {
        if (label.id == id)
            return label;
    }
    return std::nullopt;
}

QString groupIdNamed(SimFixture &sim, const QString &name) {
    for (const LabelGroup &group : allGroups(sim)) {
        if (group.name == name)
            return group.id;
    }
    return {};
}

QSet<QString> spaceLabelIds(SimFixture &sim, const QString &spaceId) {
    const auto spaces =
        await<QList<Space>>([&sim](auto done) { sim.client.spaces(nullptr, done); });
    QSet<QString> ids;
    for (const Space &space : spaces.value()) {
        if (space.id == spaceId) {
            for (const Label &label : space.labels)
                ids.insert(label.id);
        }
    }
    return ids;
}

bool loadForm(AdminForm &form) {
    QSignalSpy loaded(&form, &AdminForm::loaded);
    form.reload();
    return loaded.wait(15000);
}

bool waitLoaded(AdminForm &form) {
    return waitFor([&form] { return form.state() == AdminForm::State::Ready; }, 15000);
}

bool applyAndWait(AdminForm &form) {
    QSignalSpy applied(&form, &AdminForm::applied);
    if (!form.submit())
        return false;
    return applied.count() > 0 || applied.wait(15000);
}

bool applyExpectingFailure(AdminForm &form) {
    QSignalSpy failed(&form, &AdminForm::failed);
    if (!form.submit())
        return false;
    return failed.count() > 0 || failed.wait(15000);
}

struct Page {
    Page()
        : widget(&sim.client, &spaces) {
        spaces.load(&sim.client);
        widget.setActivityLog(&log, QStringLiteral("Test organization"));
    }
    bool start() {
        return waitFor([this] { return widget.model()->isLoaded() && spaces.spaceCount() > 0; },
                       15000);
    }

    SimFixture sim;
    SpaceTreeModel spaces;
    QTemporaryDir dir;
    ActivityLog log{dir.filePath(QStringLiteral("activity.jsonl"))};
    LabelsAdminWidget widget;
};

//! A room-sized space with at least one label, and a label it does not carry yet.
QString spaceWithLabels(SimFixture &sim) {
    for (const Sim::SimSpace &space : sim.server->store().portfolio().spaces) {
        if (space.labels.size() >= 2)
            return space.id;
    }
    return {};
}

void saveShot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestLabelsAdmin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createGroupThenALabelInIt() {
        Page page;
        QVERIFY(page.start());
        QSignalSpy changed(&page.widget, &LabelsAdminWidget::changed);

        page.widget.newGroupButton()->click();
        LabelGroupForm *groupForm = page.widget.groupForm();
        QCOMPARE(page.widget.currentEditor(), groupForm);
        QVERIFY(waitLoaded(*groupForm));
        QVERIFY(groupForm->isCreating());
        QTest::keyClicks(groupForm->nameEdit(), QStringLiteral("Floors East"));
        ResponseLog responses(&page.sim.client);
        QVERIFY(applyAndWait(*groupForm));
        QCOMPARE(responses.count(Endpoint::CreateLabelGroup, 200), 1);
        const QString groupId = groupIdNamed(page.sim, QStringLiteral("Floors East"));
        QVERIFY(!groupId.isEmpty());
        QCOMPARE(groupForm->groupId(), groupId);
        QVERIFY(groupForm->statusText().contains(QStringLiteral("Created")));
        QCOMPARE(changed.count(), 1);
        // The tree reloads and keeps the new group current.
        QTRY_VERIFY(page.widget.model()->groupById(groupId));
        QTRY_COMPARE(page.widget.tree()->currentIndex().data(LabelTreeModel::IdRole).toString(),
                     groupId);

        // "New label…" on a group creates the label in it.
        page.widget.newLabelButton()->click();
        LabelForm *labelForm = page.widget.labelForm();
        QCOMPARE(page.widget.currentEditor(), labelForm);
        QVERIFY(waitLoaded(*labelForm));
        QVERIFY(labelForm->isCreating());
        QCOMPARE(labelForm->groupCombo()->currentData().toString(), groupId);
        QTest::keyClicks(labelForm->nameEdit(), QStringLiteral("Phone booth"));
        QVERIFY(applyAndWait(*labelForm));
        const std::optional<Label> created = labelNamed(page.sim, QStringLiteral("Phone booth"));
        QVERIFY(created);
        QCOMPARE(created->groupId, groupId);
        QCOMPARE(labelForm->labelId(), created->id);
        QVERIFY(!labelForm->isCreating()); // Apply again would edit it, not create another
        QCOMPARE(changed.count(), 2);
        QTRY_VERIFY(page.widget.model()->labelById(created->id));
        QTRY_COMPARE(page.widget.tree()->currentIndex().data(LabelTreeModel::IdRole).toString(),
                     created->id);

        const QList<ActivityEntry> entries = page.log.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].target, QStringLiteral("Floors East"));
        QVERIFY(entries[1].after.contains(QStringLiteral("Floors East")));
        QCOMPARE(entries[1].outcome, ActivityEntry::Outcome::Applied);
    }

    void renameAndMoveALabelInOneApply() {
        Page page;
        QVERIFY(page.start());
        const Sim::SimPortfolio &p = page.sim.server->store().portfolio();
        const QString labelId = p.labels.front().id; // in the first generated group
        const QString otherGroup = p.labelGroups.back().id;
        QVERIFY(p.labels.front().group >= 0);
        QVERIFY(p.labelGroups[size_t(p.labels.front().group)].id != otherGroup);
        const QString before = p.labels.front().name;

        page.widget.selectLabel(labelId);
        LabelForm *form = page.widget.labelForm();
        QVERIFY(waitLoaded(*form));
        QCOMPARE(form->nameEdit()->text(), before);
        // A grouped label cannot leave its groups (the API has no way): no "No group" entry.
        QCOMPARE(form->groupCombo()->findData(QString()), -1);
        form->nameEdit()->selectAll();
        QTest::keyClicks(form->nameEdit(), QStringLiteral("North Wing East"));
        QVERIFY(form->chooseGroup(otherGroup));
        ResponseLog responses(&page.sim.client);
        QVERIFY(applyAndWait(*form));
        QCOMPARE(responses.count(Endpoint::UpdateLabel), 1);
        const std::optional<Label> after = labelWithId(page.sim, labelId);
        QVERIFY(after);
        QCOMPARE(after->name, QStringLiteral("North Wing East"));
        QCOMPARE(after->groupId, otherGroup);
        QVERIFY(form->statusText().contains(QStringLiteral("Renamed")));
        // The tree shows it under its new group.
        QTRY_COMPARE(page.widget.model()->labelById(labelId)->groupId, otherGroup);
        QCOMPARE(page.widget.model()->indexOfLabel(labelId).parent(),
                 page.widget.model()->indexOfGroup(otherGroup));
        const ActivityEntry entry = page.log.entries().constLast();
        QCOMPARE(entry.action, QStringLiteral("Edit label"));
        QVERIFY(entry.before.contains(before));
        QVERIFY(entry.after.contains(QStringLiteral("North Wing East")));
    }

    void moveAnUngroupedLabelIntoAGroup() {
        Page page;
        QVERIFY(page.start());
        const Sim::SimPortfolio &p = page.sim.server->store().portfolio();
        QString labelId;
        for (const Sim::SimLabel &label : p.labels) {
            if (label.group < 0)
                labelId = label.id;
        }
        QVERIFY(!labelId.isEmpty());
        const QString group = p.labelGroups.front().id;
        page.widget.selectLabel(labelId);
        LabelForm *form = page.widget.labelForm();
        QVERIFY(waitLoaded(*form));
        QCOMPARE(form->groupCombo()->currentData().toString(), QString()); // "No group"
        QVERIFY(form->chooseGroup(group));
        QVERIFY(applyAndWait(*form));
        QCOMPARE(labelWithId(page.sim, labelId)->groupId, group);
        QVERIFY(form->statusText().contains(QStringLiteral("Moved")));
    }

    void renameAGroup() {
        Page page;
        QVERIFY(page.start());
        const QString groupId = page.sim.server->store().portfolio().labelGroups.front().id;
        page.widget.selectGroup(groupId);
        LabelGroupForm *form = page.widget.groupForm();
        QCOMPARE(page.widget.currentEditor(), form);
        QVERIFY(waitLoaded(*form));
        form->nameEdit()->selectAll();
        QTest::keyClicks(form->nameEdit(), QStringLiteral("Zones"));
        QVERIFY(applyAndWait(*form));
        bool found = false;
        for (const LabelGroup &group : allGroups(page.sim))
            found = found || (group.id == groupId && group.name == QStringLiteral("Zones"));
        QVERIFY(found);
        QTRY_COMPARE(page.widget.model()->groupById(groupId)->name, QStringLiteral("Zones"));
    }

    void theFilterNarrowsTheTree() {
        Page page;
        QVERIFY(page.start());
        QTreeView *tree = page.widget.tree();
        QAbstractItemModel *shown = tree->model();
        const int groups = shown->rowCount();
        QTest::keyClicks(page.widget.filterEdit(), QStringLiteral("wing"));
        QCOMPARE(shown->rowCount(), 1); // only Neighborhood has "... Wing" labels
        QCOMPARE(shown->rowCount(shown->index(0, 0)), 3);
        QVERIFY(tree->isExpanded(shown->index(0, 0)));
        page.widget.filterEdit()->clear();
        QTest::keyClicks(page.widget.filterEdit(), QStringLiteral("AMENITIES"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->rowCount(shown->index(0, 0)), 4); // a matching group shows its labels
        page.widget.filterEdit()->clear();
        QCOMPARE(shown->rowCount(), groups);
    }

    void nothingToChangeSendsNothing() {
        Page page;
        QVERIFY(page.start());
        QSignalSpy changed(&page.widget, &LabelsAdminWidget::changed);
        page.widget.selectLabel(page.sim.server->store().portfolio().labels.front().id);
        QVERIFY(waitLoaded(*page.widget.labelForm()));
        ResponseLog responses(&page.sim.client);
        QVERIFY(applyAndWait(*page.widget.labelForm()));
        QVERIFY(page.widget.labelForm()->statusText().contains(QStringLiteral("Nothing")));
        QCOMPARE(responses.entries.size(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void namesAreCheckedAsTheUserTypes() {
        SimFixture sim;
        const Sim::SimPortfolio &p = sim.server->store().portfolio();
        LabelForm form(&sim.client);
        form.editLabel(p.labels.front().id);
        QVERIFY(waitLoaded(form));
        QLineEdit *name = form.nameEdit();
        ResponseLog responses(&sim.client);

        name->clear();
        QTest::keyClicks(name, QStringLiteral("  "));
        QVERIFY(form.fieldHasError(name));
        QVERIFY(form.fieldMessage(name).contains(QStringLiteral("needs a name")));
        QVERIFY(!form.applyButton()->isEnabled());
        QVERIFY(!form.submit());

        name->setText(QString(256, QLatin1Char('x')));
        QVERIFY(form.fieldHasError(name));
        QVERIFY(form.fieldMessage(name).contains(QStringLiteral("255")));
        name->setText(QString(255, QLatin1Char('x')));
        QVERIFY(!form.fieldHasError(name));

        // Another label's name, in other case: refused; the label's own name is fine.
        name->setText(p.labels[1].name.toUpper());
        QVERIFY(form.fieldHasError(name));
        QVERIFY(form.fieldMessage(name).contains(p.labels[1].name));
        QVERIFY(!form.submit());
        name->setText(p.labels.front().name.toLower());
        QVERIFY(!form.fieldHasError(name));
        name->setText(QStringLiteral("Spaced "));
        QVERIFY(!form.fieldHasError(name));
        QVERIFY(form.fieldMessage(name).contains(QStringLiteral("left out")));
        QCOMPARE(responses.count(Endpoint::UpdateLabel), 0);

        LabelGroupForm groupForm(&sim.client);
        groupForm.createGroup();
        QVERIFY(waitLoaded(groupForm));
        QTest::keyClicks(groupForm.nameEdit(), p.labelGroups[1].name.toLower());
        QVERIFY(groupForm.fieldHasError(groupForm.nameEdit()));
        QVERIFY(groupForm.fieldMessage(groupForm.nameEdit()).contains(QStringLiteral("group")));
        groupForm.nameEdit()->clear();
        QVERIFY(groupForm.fieldHasError(groupForm.nameEdit()));
        QVERIFY(!groupForm.submit());
        QCOMPARE(responses.count(Endpoint::CreateLabelGroup), 0);
    }

    void spacesWithALabelAreListedByName() {
        Page page;
        QVERIFY(page.start());
        const Sim::SimPortfolio &p = page.sim.server->store().portfolio();
        const QString labelId = p.labels.front().id;
        QStringList expected;
        for (const Sim::SimSpace &space : p.spaces) {
            if (space.labels.contains(0))
                expected.append(space.name);
        }
        QVERIFY(!expected.isEmpty());
        page.widget.selectLabel(labelId);
        QTreeWidget *list = page.widget.spacesList();
        QCOMPARE(list->topLevelItemCount(), expected.size());
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QString name = list->topLevelItem(row)->text(0);
            QVERIFY2(expected.contains(name), qPrintable(name));
            // Where it is, as in the space tree: "Campus › Building › Floor".
            const QString where = list->topLevelItem(row)->text(1);
            QVERIFY2(where.contains(QStringLiteral("\u203a")), qPrintable(where));
            QVERIFY(!where.contains(QStringLiteral("spc_")));
        }
    }

    void spaceLabelsAddCreateAndRemoveInOneRequest() {
        SimFixture sim;
        const QString spaceId = spaceWithLabels(sim);
        QVERIFY(!spaceId.isEmpty());
        const QSet<QString> before = spaceLabelIds(sim, spaceId);
        QString toRemove = *before.cbegin();
        QString toAdd;
        for (const Label &label : allLabels(sim)) {
            if (!before.contains(label.id))
                toAdd = label.id;
        }
        QVERIFY(!toAdd.isEmpty());

        SpaceLabelsForm form(&sim.client, spaceId);
        QTemporaryDir dir;
        ActivityLog log(dir.filePath(QStringLiteral("activity.jsonl")));
        form.setActivityLog(&log, QStringLiteral("Test organization"));
        QVERIFY(loadForm(form));
        QCOMPARE(form.currentLabelIds(), before);
        QVERIFY(form.isLabelChecked(toRemove));
        QVERIFY(form.setLabelChecked(toRemove, false));
        QVERIFY(form.setLabelChecked(toAdd, true));
        QVERIFY(form.addNewLabel(QStringLiteral("Nap pod")));
        QCOMPARE(form.newLabels(), QStringList{QStringLiteral("Nap pod")});
        QVERIFY(form.summaryLabel()->text().contains(QStringLiteral("one request")));
        QVERIFY(form.summaryLabel()->text().contains(QStringLiteral("Nap pod")));
        saveShot(&form, QStringLiteral("space-labels-pending"));

        ResponseLog responses(&sim.client);
        QVERIFY(applyAndWait(form));
        QCOMPARE(responses.count(Endpoint::UpdateSpaceLabels), 1);
        QCOMPARE(responses.entries.size(), 1); // nothing else was sent
        const std::optional<Label> created = labelNamed(sim, QStringLiteral("Nap pod"));
        QVERIFY(created);
        QSet<QString> expected = before;
        expected.remove(toRemove);
        expected.insert(toAdd);
        expected.insert(created->id);
        QCOMPARE(spaceLabelIds(sim, spaceId), expected);
        QCOMPARE(form.currentLabelIds(), expected);
        QVERIFY(form.newLabels().isEmpty());
        QVERIFY(form.isLabelChecked(created->id)); // now an existing label, ticked

        const ActivityEntry entry = log.entries().constLast();
        QCOMPARE(entry.action, QStringLiteral("Change space labels"));
        QVERIFY(!entry.target.isEmpty() && !entry.target.startsWith(QStringLiteral("spc_")));
        QVERIFY(entry.after.contains(QStringLiteral("Nap pod")));
        QVERIFY(!entry.after.contains(QStringLiteral("lbl_")));
        QVERIFY(entry.before.contains(labelWithId(sim, toRemove)->name));
        QVERIFY(!entry.after.contains(labelWithId(sim, toRemove)->name));
        saveShot(&form, QStringLiteral("space-labels-applied"));
    }

    void spaceLabelsNewNamesAreChecked() {
        SimFixture sim;
        SpaceLabelsForm form(&sim.client, spaceWithLabels(sim));
        QVERIFY(loadForm(form));
        const Sim::SimPortfolio &p = sim.server->store().portfolio();
        QLineEdit *edit = form.newNameEdit();
        QWidget *field = edit->parentWidget();

        QVERIFY(!form.addNewLabel(QStringLiteral("   ")));
        QVERIFY(form.fieldHasError(field));
        QVERIFY(form.newLabels().isEmpty());
        edit->setText(QString(256, QLatin1Char('n')));
        QVERIFY(form.fieldHasError(field));
        QVERIFY(form.fieldMessage(field).contains(QStringLiteral("255")));
        QVERIFY(!form.submit());

        // An existing label's name: refused as a new one, the existing one suggested ...
        QString existingId;
        for (const Sim::SimLabel &label : p.labels) {
            if (!form.isLabelChecked(label.id))
                existingId = label.id;
        }
        const QString existingName = p.labels[size_t(p.labelIndex(existingId))].name;
        edit->clear();
        QTest::keyClicks(edit, existingName.toLower());
        QVERIFY(form.fieldHasError(field));
        QVERIFY(form.fieldMessage(field).contains(existingName));
        QVERIFY(form.fieldMessage(field).contains(QStringLiteral("tick it")));
        // ... and Enter ticks it instead.
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(form.isLabelChecked(existingId));
        QVERIFY(edit->text().isEmpty());
        QVERIFY(form.newLabels().isEmpty());
        QVERIFY(!form.fieldHasError(field));

        // A name already in the list of new ones.
        QVERIFY(form.addNewLabel(QStringLiteral("Focus room")));
        QTest::keyClicks(edit, QStringLiteral("focus ROOM"));
        QVERIFY(form.fieldHasError(field));
        QCOMPARE(form.newLabels().size(), 1);
        edit->clear();
        form.newList()->setCurrentRow(0);
        QTest::keyClick(form.newList(), Qt::Key_Delete); // changed their mind
        QVERIFY(form.newLabels().isEmpty());

        // The filter narrows the checklist and keeps the ticks.
        form.searchEdit()->setText(existingName);
        int visible = 0;
        for (int g = 0; g < form.checklist()->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = form.checklist()->topLevelItem(g);
            for (int c = 0; c < group->childCount(); ++c)
                visible += group->child(c)->isHidden() ? 0 : 1;
        }
        QVERIFY(visible >= 1);
        QVERIFY(visible < int(p.labels.size()));
        QVERIFY(form.isLabelChecked(existingId));
    }

    void badRequestKeepsTheInput() {
        // The group chosen was removed elsewhere after the form loaded: the API says 400.
        SimFixture sim;
        Sim::SimPortfolio &p = sim.server->store().portfolio();
        LabelForm form(&sim.client);
        form.editLabel(p.labels.front().id);
        QVERIFY(waitLoaded(form));
        const QString target = p.labelGroups.back().id;
        QVERIFY(form.chooseGroup(target));
        form.nameEdit()->setText(QStringLiteral("Typed with care"));
        p.labelGroups.back().id = QStringLiteral("lgr_gone");
        QVERIFY(applyExpectingFailure(form));
        QVERIFY2(form.statusText().contains(QStringLiteral("400")) ||
                     form.statusText().contains(target),
                 qPrintable(form.statusText()));
        QVERIFY(form.statusText().contains(QStringLiteral("Your input is kept")));
        QCOMPARE(form.nameEdit()->text(), QStringLiteral("Typed with care"));
        QCOMPARE(form.groupCombo()->currentData().toString(), target);
        QVERIFY(form.hasUnappliedEdits());
        QCOMPARE(p.labels.front().name, labelWithId(sim, p.labels.front().id)->name);
    }

    void aCreateThatCannotMoveSaysWhatWasDone() {
        // Created, then the move into the chosen group fails (the group vanished meanwhile):
        // the form says what was and was not done, and edits the new label from then on, so
        // Apply again moves it instead of creating a second one.
        SimFixture sim;
        Sim::SimPortfolio &p = sim.server->store().portfolio();
        LabelForm form(&sim.client);
        const QString group = p.labelGroups.back().id;
        form.createLabel(group);
        QVERIFY(waitLoaded(form));
        QTest::keyClicks(form.nameEdit(), QStringLiteral("Library"));
        p.labelGroups.back().id = QStringLiteral("lgr_gone");
        QVERIFY(applyExpectingFailure(form));
        const QString status = form.statusText();
        QVERIFY2(status.contains(QStringLiteral("Done: created the label")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("Not done: putting it into")));
        const std::optional<Label> created = labelNamed(sim, QStringLiteral("Library"));
        QVERIFY(created);
        QVERIFY(created->groupId.isEmpty());
        QVERIFY(!form.isCreating());
        QCOMPARE(form.labelId(), created->id);

        p.labelGroups.back().id = group; // back again
        ResponseLog responses(&sim.client);
        QVERIFY(applyAndWait(form));
        QCOMPARE(responses.count(Endpoint::CreateLabel), 0);
        QCOMPARE(labelWithId(sim, created->id)->groupId, group);
    }

    void notFoundKeepsTheInput() {
        SimFixture sim;
        Sim::SimPortfolio &p = sim.server->store().portfolio();
        LabelForm form(&sim.client);
        form.editLabel(p.labels.front().id);
        QVERIFY(waitLoaded(form));
        form.nameEdit()->setText(QStringLiteral("Renamed but gone"));
        p.labels.front().id = QStringLiteral("lbl_gone"); // deleted elsewhere
        QVERIFY(applyExpectingFailure(form));
        QVERIFY2(form.statusText().contains(QStringLiteral("404")), qPrintable(form.statusText()));
        QCOMPARE(form.nameEdit()->text(), QStringLiteral("Renamed but gone"));

        // The space labels form: a ticked label that vanished; ticks and new names stay.
        SpaceLabelsForm spaceForm(&sim.client, spaceWithLabels(sim));
        QVERIFY(loadForm(spaceForm));
        QString toAdd;
        for (size_t i = 1; i < p.labels.size(); ++i) {
            if (!spaceForm.isLabelChecked(p.labels[i].id))
                toAdd = p.labels[i].id;
        }
        QVERIFY(spaceForm.setLabelChecked(toAdd, true));
        QVERIFY(spaceForm.addNewLabel(QStringLiteral("Never made")));
        p.labels[size_t(p.labelIndex(toAdd))].id = QStringLiteral("lbl_gone_too");
        ResponseLog responses(&sim.client);
        QVERIFY(applyExpectingFailure(spaceForm));
        QCOMPARE(responses.count(Endpoint::UpdateSpaceLabels, 404), 1);
        QVERIFY(spaceForm.isLabelChecked(toAdd));
        QCOMPARE(spaceForm.newLabels(), QStringList{QStringLiteral("Never made")});
        QVERIFY(spaceForm.statusText().contains(QStringLiteral("Your input is kept")));
        QVERIFY(!labelNamed(sim, QStringLiteral("Never made"))); // nothing half-applied
    }

    void aReadOnlyTokenIsToldWhatItNeeds() {
        SimFixture sim;
        StaticTokenProvider readOnly{QStringLiteral("tok_readonly")};
        sim.client.setTokenProvider(&readOnly);
        const Sim::SimPortfolio &p = sim.server->store().portfolio();
        LabelGroupForm groupForm(&sim.client);
        groupForm.editGroup(p.labelGroups.front().id);
        QVERIFY(waitLoaded(groupForm)); // reading is allowed
        groupForm.nameEdit()->setText(QStringLiteral("Wings"));
        QVERIFY(applyExpectingFailure(groupForm));
        QVERIFY2(groupForm.statusText().contains(QStringLiteral("403")),
                 qPrintable(groupForm.statusText()));
        QCOMPARE(groupForm.nameEdit()->text(), QStringLiteral("Wings"));

        SpaceLabelsForm spaceForm(&sim.client, spaceWithLabels(sim));
        QVERIFY(loadForm(spaceForm));
        QVERIFY(spaceForm.addNewLabel(QStringLiteral("Huddle")));
        QVERIFY(applyExpectingFailure(spaceForm));
        QVERIFY(spaceForm.statusText().contains(QStringLiteral("403")));
        QCOMPARE(spaceForm.newLabels(), QStringList{QStringLiteral("Huddle")});
    }

    void serverErrorsKeepTheInput() {
        SimFixture sim;
        LabelGroupForm groupForm(&sim.client);
        groupForm.createGroup();
        QVERIFY(waitLoaded(groupForm));
        LabelForm labelForm(&sim.client);
        labelForm.createLabel();
        QVERIFY(waitLoaded(labelForm));
        SpaceLabelsForm spaceForm(&sim.client, spaceWithLabels(sim));
        QVERIFY(loadForm(spaceForm));

        Sim::FaultOptions faults;
        faults.errorRate = 1;
        sim.server->setFaults(faults);
        QTest::keyClicks(groupForm.nameEdit(), QStringLiteral("Wings"));
        QVERIFY(applyExpectingFailure(groupForm));
        QCOMPARE(groupForm.nameEdit()->text(), QStringLiteral("Wings"));
        QVERIFY(groupForm.isCreating()); // the next Apply tries the create again
        QTest::keyClicks(labelForm.nameEdit(), QStringLiteral("Library"));
        QVERIFY(applyExpectingFailure(labelForm));
        QCOMPARE(labelForm.nameEdit()->text(), QStringLiteral("Library"));
        QVERIFY(spaceForm.addNewLabel(QStringLiteral("Huddle")));
        QVERIFY(applyExpectingFailure(spaceForm));
        QCOMPARE(spaceForm.newLabels(), QStringList{QStringLiteral("Huddle")});
        QVERIFY(spaceForm.statusText().contains(QStringLiteral("Your input is kept")));

        sim.server->setFaults({});
        QVERIFY(groupIdNamed(sim, QStringLiteral("Wings")).isEmpty()); // nothing was created
        // Once the server is back, the same input applies.
        QVERIFY(applyAndWait(groupForm));
        QVERIFY(!groupIdNamed(sim, QStringLiteral("Wings")).isEmpty());
        QVERIFY(applyAndWait(spaceForm));
        QVERIFY(labelNamed(sim, QStringLiteral("Huddle")));
    }

    void screenshots_data() {
        QTest::addColumn<bool>("pseudo");
        QTest::newRow("plain") << false;
        QTest::newRow("pseudo") << true;
    }
    void screenshots() {
        QFETCH(bool, pseudo);
        GermanLengthTranslator translator;
        if (pseudo)
            QCoreApplication::installTranslator(&translator);
        auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        const QString suffix = pseudo ? QStringLiteral("-pseudo") : QString();

        Page page;
        QVERIFY(page.start());
        page.widget.resize(1100, 700);
        page.widget.show();
        page.widget.selectLabel(page.sim.server->store().portfolio().labels.front().id);
        QVERIFY(waitLoaded(*page.widget.labelForm()));
        page.widget.labelForm()->nameEdit()->setText(page.widget.model()->labels()[1].name);
        QVERIFY(QTest::qWaitForWindowExposed(&page.widget));
        saveShot(&page.widget, QStringLiteral("labels-admin-label") + suffix);
        QStringList clipped = clippedLabels(&page.widget);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        page.widget.labelForm()->reload();
        QVERIFY(waitLoaded(*page.widget.labelForm()));

        page.widget.newGroupButton()->click();
        QVERIFY(waitLoaded(*page.widget.groupForm()));
        saveShot(&page.widget, QStringLiteral("labels-admin-new-group") + suffix);

        SpaceLabelsForm form(&page.sim.client, spaceWithLabels(page.sim));
        form.resize(640, 620);
        form.show();
        QVERIFY(loadForm(form));
        const QList<Label> labels = page.widget.model()->labels();
        for (const Label &label : labels) {
            if (!form.isLabelChecked(label.id)) {
                form.setLabelChecked(label.id, true);
                break;
            }
        }
        form.setLabelChecked(*form.currentLabelIds().cbegin(), false);
        form.addNewLabel(QStringLiteral("Nap pod"));
        QTest::keyClicks(form.newNameEdit(), labels.front().name);
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        saveShot(&form, QStringLiteral("space-labels-form") + suffix);
        clipped = clippedLabels(&form);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestLabelsAdmin)
#include "tst_labelsadmin.moc"
