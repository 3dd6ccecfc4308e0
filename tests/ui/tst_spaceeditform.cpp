// The space edit form (issue 6, bullet 3) against the in-process simulator: every field changes
// and reads back through the API, only changed fields are sent, every validation rule shows its
// message next to the field, a change made by someone else since the form loaded is shown and
// each answer to it behaves, and 400 / 403 / 404 / network failures keep the user's input.
#include "../core/simfixture.h"
#include "layoutcheck.h"
#include "testsettings.h"

#include "auth/renewingtokenprovider.h"
#include "models/spacetreemodel.h"
#include "sim/simportfolio.h"
#include "sim/simstore.h"
#include "ui/spaceconflictdialog.h"
#include "ui/spaceeditdialog.h"
#include "ui/spaceeditform.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>

using namespace Density;

namespace {

QList<Space> allSpaces(SimFixture &sim) {
    const auto spaces =
        await<QList<Space>>([&sim](auto done) { sim.client.spaces(nullptr, done); });
    return spaces ? spaces.value() : QList<Space>();
}

std::optional<Space> readBack(SimFixture &sim, const QString &id) {
    const QList<Space> spaces = allSpaces(sim);
    for (const Space &space : spaces) {
        if (space.id == id)
            return space;
    }
    return std::nullopt;
}

//! A room with a capacity, a function and a time zone: every field starts set.
Space someRoom(SimFixture &sim) {
    const QList<Space> spaces = allSpaces(sim);
    for (const Space &space : spaces) {
        if (space.spaceType == QLatin1String("space") && space.capacity.hasValue() &&
            space.capacity.value() > 0 && space.function.hasValue() && !space.timeZone.isEmpty())
            return space;
    }
    return {};
}

bool load(SpaceEditForm &form) {
    QSignalSpy loaded(&form, &AdminForm::loaded);
    form.reload();
    return loaded.wait();
}

//! Types into a line edit as a person would: select all, then the keys.
void retype(QLineEdit *edit, const QString &text) {
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

Space changedBySomeoneElse(SimFixture &sim, const QString &id, const SpaceUpdate &update) {
    const auto result = await<Space>(
        [&](auto done) { sim.client.updateSpace(id, update, nullptr, std::move(done)); });
    return result ? result.value() : Space();
}

//! The form with its checks switched off, to reach the server's own refusals (400).
class UncheckedSpaceEditForm : public SpaceEditForm {
public:
    using SpaceEditForm::SpaceEditForm;

protected:
    void validate() override {}
};

//! German runs about a third longer than English; every string here grows by half.
class HalfAgainTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override {
        const QString source = QString::fromUtf8(sourceText);
        if (source.size() < 4)
            return source;
        return source + QLatin1Char(' ') + source.left(source.size() / 2);
    }
};

void saveShot(QWidget *window, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(QStringLiteral("%1/spaceedit-%2.png").arg(dir, name));
}

} // namespace

class TestSpaceEditForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_spaceeditform"))); }

    void loadsTheSpaceIntoTheFields() {
        SimFixture sim;
        const Space room = someRoom(sim);
        QVERIFY(!room.id.isEmpty());
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        QCOMPARE(form.nameEdit()->text(), room.name);
        QCOMPARE(form.capacityEdit()->text(), QString::number(room.capacity.value()));
        QCOMPARE(form.functionCombo()->currentText(),
                 SpaceTreeModel::functionText(room.function.value()));
        QCOMPARE(form.timeZoneCombo()->currentText(), room.timeZone);
        QCOMPARE(form.addressEdit()->text(), room.address);
        QCOMPARE(form.iwmsIdEdit()->text(), room.iwmsId);
        QVERIFY(!form.hasUnappliedEdits());
        QVERIFY(!form.hasErrors());
        // Nothing changed: nothing to send.
        const SpaceUpdate none = form.pendingUpdate();
        QVERIFY(none.toJson().isEmpty());
    }

    void happyPathChangesEveryFieldAndReadsBack() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        int asked = 0;
        form.setConflictResolver([&asked](const Space &, const Space &, const SpaceUpdate &) {
            ++asked;
            return SpaceConflictDialog::Resolution::KeepEditing;
        });
        QVERIFY(load(form));
        QTemporaryDir dir;
        ActivityLog log(dir.filePath(QStringLiteral("activity.jsonl")));
        form.setActivityLog(&log, QStringLiteral("Test organization"));

        const qint64 newCapacity = room.capacity.value() + 2;
        const QString newZone = room.timeZone == QLatin1String("Europe/Berlin")
                                    ? QStringLiteral("Asia/Tokyo")
                                    : QStringLiteral("Europe/Berlin");
        const QString newFunction = room.function.value() == QLatin1String("phone_booth")
                                        ? QStringLiteral("desk")
                                        : QStringLiteral("phone_booth");
        retype(form.nameEdit(), QStringLiteral("Focus room 7"));
        retype(form.capacityEdit(), QString::number(newCapacity));
        form.functionCombo()->setCurrentIndex(form.functionCombo()->findData(newFunction));
        form.timeZoneCombo()->setCurrentIndex(form.timeZoneCombo()->findText(newZone));
        retype(form.addressEdit(), QStringLiteral("1 Market Street, San Francisco"));
        retype(form.iwmsIdEdit(), QStringLiteral("IWMS-42"));
        QVERIFY(form.hasUnappliedEdits());
        QVERIFY2(!form.hasErrors(), qPrintable(form.statusText()));
        // A changed time zone says what follows from it.
        QVERIFY(form.fieldMessage(form.timeZoneCombo()).contains(QStringLiteral("will use")));

        ResponseLog responses(&sim.client);
        QSignalSpy applied(&form, &AdminForm::applied);
        QVERIFY(form.submit());
        QVERIFY(applied.wait());
        QCOMPARE(asked, 0); // nobody else changed it: no question
        QCOMPARE(responses.count(Endpoint::ListSpaces, 200), 1); // the re-read
        QCOMPARE(responses.count(Endpoint::UpdateSpace, 200), 1);
        QVERIFY(!form.hasUnappliedEdits());
        const QString status = form.statusText();
        QVERIFY2(status.contains(QStringLiteral("Capacity: %1 \u2192 %2")
                                     .arg(room.capacity.value())
                                     .arg(newCapacity)),
                 qPrintable(status));

        const std::optional<Space> back = readBack(sim, room.id);
        QVERIFY(back);
        QCOMPARE(back->name, QStringLiteral("Focus room 7"));
        QCOMPARE(back->capacity.value(), newCapacity);
        QCOMPARE(back->function.value(), newFunction);
        QCOMPARE(back->timeZone, newZone);
        QCOMPARE(back->address, QStringLiteral("1 Market Street, San Francisco"));
        QCOMPARE(back->iwmsId, QStringLiteral("IWMS-42"));

        const QList<ActivityEntry> entries = log.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().outcome, ActivityEntry::Outcome::Applied);
        QVERIFY(entries.first().target.contains(room.id));
        QVERIFY(entries.first().before.contains(
            QStringLiteral("Capacity: %1").arg(room.capacity.value())));
        QVERIFY(entries.first().after.contains(QStringLiteral("Capacity: %1").arg(newCapacity)));
        QVERIFY(entries.first().after.contains(QStringLiteral("Name: Focus room 7")));
    }

    void onlyChangedFieldsAreSent() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        // Spaces around an untouched value are not an edit.
        form.nameEdit()->setText(room.name + QStringLiteral("  "));
        retype(form.capacityEdit(), QString::number(room.capacity.value() + 1));
        const SpaceUpdate update = form.pendingUpdate();
        QCOMPARE(update.toJson().keys(), QStringList{QStringLiteral("capacity")});
        QCOMPARE(update.capacity.value(), room.capacity.value() + 1);

        // Someone else renames it meanwhile; a capacity-only apply must not undo that... but
        // it is a conflict, so the form asks; "apply mine" keeps their name.
        QSignalSpy applied(&form, &AdminForm::applied);
        form.setConflictResolver([](const Space &, const Space &, const SpaceUpdate &) {
            return SpaceConflictDialog::Resolution::ApplyMine;
        });
        SpaceUpdate rename;
        rename.name = QStringLiteral("Renamed by a colleague");
        changedBySomeoneElse(sim, room.id, rename);
        QVERIFY(form.submit());
        QVERIFY(applied.wait());
        const std::optional<Space> back = readBack(sim, room.id);
        QCOMPARE(back->name, QStringLiteral("Renamed by a colleague"));
        QCOMPARE(back->capacity.value(), room.capacity.value() + 1);
        QCOMPARE(back->function, room.function);
        QCOMPARE(back->timeZone, room.timeZone);
        // The form now shows what the server has, their name included.
        QCOMPARE(form.nameEdit()->text(), QStringLiteral("Renamed by a colleague"));
    }

    void treeAddsThePlaceAndFunctionsInUse() {
        SimFixture sim;
        const Space room = someRoom(sim);
        QString other;
        for (const Space &space : allSpaces(sim)) {
            if (space.spaceType == QLatin1String("space") && space.id != room.id)
                other = space.id;
        }
        SpaceUpdate warRoom;
        warRoom.function = QStringLiteral("war_room"); // a value no suggestion has
        changedBySomeoneElse(sim, other, warRoom);
        SpaceTreeModel tree;
        tree.load(&sim.client);
        QTRY_VERIFY(!tree.isLoading() && tree.spaceCount() > 0);

        SpaceEditForm form(&sim.client, room.id, &tree);
        QVERIFY(load(form));
        const int index = form.functionCombo()->findData(QStringLiteral("war_room"));
        QVERIFY(index >= 0);
        QCOMPARE(form.functionCombo()->itemText(index), QStringLiteral("War room"));
        const QStringList ancestors = tree.ancestorNames(room.id);
        QVERIFY(!ancestors.isEmpty());
        const QLabel *heading = nullptr;
        for (const QLabel *label : form.findChildren<QLabel *>()) {
            if (label->text().contains(room.id))
                heading = label;
        }
        QVERIFY(heading);
        QVERIFY2(heading->text().contains(ancestors.last()), qPrintable(heading->text()));
    }

    void nameMustBeOneTo255Characters() {
        SimFixture sim;
        SpaceEditForm form(&sim.client, someRoom(sim).id);
        QVERIFY(load(form));
        ResponseLog responses(&sim.client);

        retype(form.nameEdit(), QString());
        QVERIFY(form.fieldHasError(form.nameEdit()));
        QVERIFY(form.fieldMessage(form.nameEdit()).contains(QStringLiteral("needs a name")));
        QVERIFY(!form.applyButton()->isEnabled());
        QVERIFY(!form.submit());

        QTest::keyClicks(form.nameEdit(), QStringLiteral("   "));
        QVERIFY(form.fieldHasError(form.nameEdit())); // blank is empty

        form.nameEdit()->setText(QString(256, QLatin1Char('n')));
        QVERIFY(form.fieldHasError(form.nameEdit()));
        QVERIFY2(form.fieldMessage(form.nameEdit()).contains(QStringLiteral("255")),
                 qPrintable(form.fieldMessage(form.nameEdit())));
        QVERIFY(form.fieldMessage(form.nameEdit()).contains(QStringLiteral("256")));
        QVERIFY(!form.submit());
        QCOMPARE(responses.count(Endpoint::UpdateSpace), 0);
        QCOMPARE(responses.count(Endpoint::ListSpaces), 0);

        form.nameEdit()->setText(QString(255, QLatin1Char('n')));
        QVERIFY(!form.fieldHasError(form.nameEdit()));
        QVERIFY(form.applyButton()->isEnabled());
    }

    void capacityIsAWholeNumberOrUnset() {
        SimFixture sim;
        SpaceEditForm form(&sim.client, someRoom(sim).id);
        QVERIFY(load(form));
        QLineEdit *capacity = form.capacityEdit();
        QCOMPARE(capacity->placeholderText(), QStringLiteral("Not set"));

        const struct {
            const char *text;
            const char *message;
        } refused[] = {
            {"-1", "cannot be negative"},   {"2.5", "whole number"},
            {"-2.5", "cannot be negative"}, {"six", "whole number"},
            {"4 people", "whole number"},   {"99999999", "check the number"},
        };
        for (const auto &c : refused) {
            retype(capacity, QString::fromLatin1(c.text));
            QVERIFY2(form.fieldHasError(capacity), c.text);
            QVERIFY2(form.fieldMessage(capacity).contains(QLatin1String(c.message)),
                     qPrintable(form.fieldMessage(capacity)));
            QVERIFY(!form.applyButton()->isEnabled());
        }

        retype(capacity, QStringLiteral("12"));
        QVERIFY(!form.fieldHasError(capacity));
        QVERIFY(form.fieldMessage(capacity).isEmpty());

        // 0 and "not set" warn that utilization becomes unavailable, but do not block.
        retype(capacity, QStringLiteral("0"));
        QVERIFY(!form.fieldHasError(capacity));
        QVERIFY(form.fieldMessage(capacity).contains(QStringLiteral("utilization is unavailable")));
        QVERIFY(form.applyButton()->isEnabled());
        retype(capacity, QString());
        QVERIFY(!form.fieldHasError(capacity));
        QVERIFY(form.fieldMessage(capacity).contains(QStringLiteral("Not set")));
        QVERIFY(form.fieldMessage(capacity).contains(QStringLiteral("utilization is unavailable")));
        QVERIFY(form.applyButton()->isEnabled());
    }

    void capacityZeroAndUnsetApply() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        QSignalSpy applied(&form, &AdminForm::applied);

        retype(form.capacityEdit(), QStringLiteral("0"));
        QVERIFY(form.submit());
        QVERIFY(applied.wait());
        QCOMPARE(readBack(sim, room.id)->capacity.value(), 0);

        retype(form.capacityEdit(), QString());
        QCOMPARE(form.pendingUpdate().capacity.isNull(), true); // sent as null: "not set"
        QVERIFY(form.submit());
        QVERIFY(applied.wait());
        const std::optional<Space> back = readBack(sim, room.id);
        QVERIFY(!back->capacity.hasValue());
        QVERIFY(!back->hasUsableCapacity());
        QCOMPARE(form.capacityEdit()->text(), QString());
        QVERIFY(form.fieldMessage(form.capacityEdit()).contains(QStringLiteral("Not set")));
    }

    void timeZoneMustBeANamedZone() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        QLineEdit *zone = form.timeZoneCombo()->lineEdit();
        ResponseLog responses(&sim.client);

        retype(zone, QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(form.fieldHasError(form.timeZoneCombo()));
        QVERIFY(form.fieldMessage(form.timeZoneCombo())
                    .contains(QStringLiteral("Not a known time zone")));
        QVERIFY(!form.submit());

        retype(zone, QStringLiteral("europe/berlin"));
        QVERIFY(form.fieldHasError(form.timeZoneCombo()));
        QVERIFY2(form.fieldMessage(form.timeZoneCombo())
                     .contains(QStringLiteral("Did you mean Europe/Berlin?")),
                 qPrintable(form.fieldMessage(form.timeZoneCombo())));

        // Qt knows fixed offsets too, but they are no IANA zone and ignore daylight saving.
        QVERIFY(QTimeZone::isTimeZoneIdAvailable("UTC+05:00"));
        retype(zone, QStringLiteral("UTC+05:00"));
        QVERIFY(form.fieldHasError(form.timeZoneCombo()));
        QCOMPARE(form.timeZoneCombo()->findText(QStringLiteral("UTC+05:00")), -1);

        retype(zone, QString());
        QVERIFY(form.fieldHasError(form.timeZoneCombo())); // it had one: clearing is an error
        QCOMPARE(responses.count(Endpoint::UpdateSpace), 0);

        retype(zone, QStringLiteral("America/Sao_Paulo"));
        QVERIFY(!form.fieldHasError(form.timeZoneCombo()));
        QVERIFY(form.applyButton()->isEnabled());
    }

    void timeZoneIsSearchableFromTheKeyboard() {
        SimFixture sim;
        SpaceEditForm form(&sim.client, someRoom(sim).id);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(load(form));
        QComboBox *combo = form.timeZoneCombo();
        QVERIFY(combo->count() > 300);
        QCOMPARE(combo->completer()->filterMode(), Qt::MatchContains);
        combo->setFocus();
        combo->lineEdit()->selectAll();
        // Any part of the name, in any case: "york" finds America/New_York.
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("york"));
        QAbstractItemView *popup = combo->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QStringList offered;
        for (int row = 0; row < combo->completer()->completionCount(); ++row) {
            combo->completer()->setCurrentRow(row);
            offered.append(combo->completer()->currentCompletion());
        }
        QVERIFY2(offered.contains(QStringLiteral("America/New_York")),
                 qPrintable(offered.join(QLatin1Char(','))));
        for (const QString &zone : std::as_const(offered))
            QVERIFY(zone.contains(QStringLiteral("york"), Qt::CaseInsensitive));
        const int row = int(offered.indexOf(QStringLiteral("America/New_York")));
        for (int i = 0; i <= row; ++i)
            QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(combo->currentText(), QStringLiteral("America/New_York"));
        QVERIFY(!form.fieldHasError(combo));
    }

    void tabOrderFollowsTheFields() {
        SimFixture sim;
        SpaceEditDialog dialog(&sim.client, someRoom(sim).id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy loaded(dialog.form(), &AdminForm::loaded);
        QVERIFY(loaded.wait());
        SpaceEditForm *form = dialog.form();
        form->nameEdit()->setFocus();
        const QList<QWidget *> expected = {
            form->capacityEdit(), form->functionCombo(), form->timeZoneCombo(), form->addressEdit(),
            form->iwmsIdEdit(),   form->reloadButton(),  form->applyButton()};
        for (QWidget *next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus == next || focus->parentWidget() == next,
                     qPrintable(QString::fromLatin1(focus->metaObject()->className()) +
                                QLatin1Char(' ') + focus->accessibleName()));
        }
    }

    void functionIsASuggestionOrFreeText() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        QComboBox *function = form.functionCombo();
        // Suggestions read as words and are stored as the API's snake_case.
        const int meetingRoom = function->findData(QStringLiteral("meeting_room"));
        QVERIFY(meetingRoom >= 0);
        QCOMPARE(function->itemText(meetingRoom), QStringLiteral("Meeting room"));
        function->lineEdit()->selectAll();
        QTest::keyClicks(function->lineEdit(), QStringLiteral("meeting room"));
        QVERIFY(form.fieldMessage(function).isEmpty());
        if (room.function.value() != QLatin1String("meeting_room"))
            QCOMPARE(form.pendingUpdate().function.value(), QStringLiteral("meeting_room"));

        // Free text is accepted, with a note on how it is stored.
        function->lineEdit()->selectAll();
        QTest::keyClicks(function->lineEdit(), QStringLiteral("Quiet  room"));
        QVERIFY(!form.fieldHasError(function));
        QVERIFY2(form.fieldMessage(function).contains(QStringLiteral("\u201Cquiet_room\u201D")),
                 qPrintable(form.fieldMessage(function)));
        QCOMPARE(SpaceEditForm::functionValue(QStringLiteral(" Quiet - room ")),
                 QStringLiteral("quiet_room"));
        QSignalSpy applied(&form, &AdminForm::applied);
        QVERIFY(form.submit());
        QVERIFY(applied.wait());
        QCOMPARE(readBack(sim, room.id)->function.value(), QStringLiteral("quiet_room"));
        // Read back, the value is one of the suggestions now and reads as words.
        QCOMPARE(function->currentText(), QStringLiteral("Quiet room"));
        QVERIFY(form.fieldMessage(function).isEmpty());
        QVERIFY(form.pendingUpdate().toJson().isEmpty());
    }

    void conflictOffersBothVersionsAndAppliesMine() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        retype(form.nameEdit(), QStringLiteral("Mine"));

        SpaceUpdate theirs;
        theirs.name = QStringLiteral("Theirs");
        theirs.capacity = room.capacity.value() + 10;
        changedBySomeoneElse(sim, room.id, theirs);

        int asked = 0;
        Space seenLoaded;
        Space seenServer;
        SpaceUpdate seenMine;
        form.setConflictResolver(
            [&](const Space &loaded, const Space &server, const SpaceUpdate &mine) {
                ++asked;
                seenLoaded = loaded;
                seenServer = server;
                seenMine = mine;
                return SpaceConflictDialog::Resolution::ApplyMine;
            });
        QSignalSpy applied(&form, &AdminForm::applied);
        QVERIFY(form.submit());
        QVERIFY(applied.wait());
        QCOMPARE(asked, 1);
        QCOMPARE(seenLoaded.name, room.name);
        QCOMPARE(seenServer.name, QStringLiteral("Theirs"));
        QCOMPARE(seenServer.capacity.value(), room.capacity.value() + 10);
        QCOMPARE(seenMine.name.value(), QStringLiteral("Mine"));
        QVERIFY(seenMine.capacity.isMissing()); // only what the user changed
        const std::optional<Space> back = readBack(sim, room.id);
        QCOMPARE(back->name, QStringLiteral("Mine"));
        QCOMPARE(back->capacity.value(), room.capacity.value() + 10); // theirs stays
    }

    void conflictTakeTheirsReloads() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        retype(form.nameEdit(), QStringLiteral("Mine"));
        retype(form.addressEdit(), QStringLiteral("My address"));
        SpaceUpdate theirs;
        theirs.iwmsId = QStringLiteral("THEIR-IWMS");
        changedBySomeoneElse(sim, room.id, theirs);

        form.setConflictResolver([](const Space &, const Space &, const SpaceUpdate &) {
            return SpaceConflictDialog::Resolution::TakeTheirs;
        });
        ResponseLog responses(&sim.client);
        QSignalSpy loaded(&form, &AdminForm::loaded);
        QVERIFY(form.submit());
        QVERIFY(loaded.wait());
        QCOMPARE(responses.count(Endpoint::UpdateSpace), 0);
        QCOMPARE(form.nameEdit()->text(), room.name);
        QCOMPARE(form.addressEdit()->text(), room.address);
        QCOMPARE(form.iwmsIdEdit()->text(), QStringLiteral("THEIR-IWMS"));
        QVERIFY(!form.hasUnappliedEdits());
        QVERIFY2(form.statusText().contains(QStringLiteral("Their version is shown")),
                 qPrintable(form.statusText()));
        QCOMPARE(readBack(sim, room.id)->name, room.name);
    }

    void conflictKeepEditingSendsNothingAndKeepsInput() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        retype(form.capacityEdit(), QStringLiteral("3"));
        SpaceUpdate theirs;
        theirs.timeZone = room.timeZone == QLatin1String("Asia/Tokyo")
                              ? QStringLiteral("Europe/Paris")
                              : QStringLiteral("Asia/Tokyo");
        changedBySomeoneElse(sim, room.id, theirs);

        form.setConflictResolver([](const Space &, const Space &, const SpaceUpdate &) {
            return SpaceConflictDialog::Resolution::KeepEditing;
        });
        ResponseLog responses(&sim.client);
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QVERIFY(failed.wait());
        QCOMPARE(responses.count(Endpoint::UpdateSpace), 0);
        QCOMPARE(form.capacityEdit()->text(), QStringLiteral("3"));
        QCOMPARE(form.timeZoneCombo()->currentText(), room.timeZone);
        QVERIFY(form.hasUnappliedEdits());
        QVERIFY(form.statusText().contains(QStringLiteral("keep editing")));
        QCOMPARE(form.state(), AdminForm::State::Ready);
        QCOMPARE(readBack(sim, room.id)->capacity, room.capacity);
    }

    void conflictDialogShowsBothVersionsAndAnswers() {
        SpaceDetails loaded;
        loaded.name = QStringLiteral("Room 4.02");
        loaded.capacity = 4;
        loaded.function = QStringLiteral("meeting_room");
        loaded.timeZone = QStringLiteral("Europe/Berlin");
        SpaceDetails theirs = loaded;
        theirs.capacity = 8;
        theirs.name = QStringLiteral("Room 4.02 (big)");
        SpaceDetails mine = loaded;
        mine.capacity = 6;
        mine.iwmsId = QStringLiteral("IWMS-7");

        const struct {
            QPushButton *(SpaceConflictDialog::*button)() const;
            SpaceConflictDialog::Resolution expected;
            int result;
        } answers[] = {
            {&SpaceConflictDialog::applyMineButton, SpaceConflictDialog::Resolution::ApplyMine,
             QDialog::Accepted},
            {&SpaceConflictDialog::takeTheirsButton, SpaceConflictDialog::Resolution::TakeTheirs,
             QDialog::Accepted},
            {&SpaceConflictDialog::keepEditingButton, SpaceConflictDialog::Resolution::KeepEditing,
             QDialog::Rejected},
        };
        for (const auto &answer : answers) {
            SpaceConflictDialog dialog(loaded, theirs, mine);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QStringList texts;
            const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
            for (const QLabel *label : labels)
                texts.append(label->text());
            const QString all = texts.join(QLatin1Char('|'));
            QVERIFY2(all.contains(QStringLiteral("Theirs, on the server now")), qPrintable(all));
            QVERIFY(all.contains(QStringLiteral("Yours, not applied yet")));
            QVERIFY(all.contains(QStringLiteral("\u270E 8")));       // their change, marked
            QVERIFY(all.contains(QStringLiteral("\u270E 6")));       // mine, marked
            QVERIFY(all.contains(QStringLiteral("Capacity (both"))); // both changed it
            QVERIFY(all.contains(QStringLiteral("Meeting room")));   // humanised
            QVERIFY(all.contains(QStringLiteral("\u270E IWMS-7")));
            saveShot(&dialog, QStringLiteral("conflict"));
            (dialog.*answer.button)()->click();
            QCOMPARE(dialog.resolution(), answer.expected);
            QCOMPARE(dialog.result(), answer.result);
            QVERIFY(!dialog.isVisible());
        }
        // Escape loses nothing: it keeps editing.
        SpaceConflictDialog dialog(loaded, theirs, mine);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.resolution(), SpaceConflictDialog::Resolution::KeepEditing);
        QVERIFY(dialog.keepEditingButton()->isDefault());
    }

    void defaultResolverAsksWithTheDialog() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        retype(form.nameEdit(), QStringLiteral("Mine"));
        SpaceUpdate theirs;
        theirs.address = QStringLiteral("Their address");
        changedBySomeoneElse(sim, room.id, theirs);
        // The dialog is modal; answer it from a timer, as a person would.
        bool sawDialog = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<SpaceConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            answer.stop();
            dialog->applyMineButton()->click();
        });
        answer.start(5);
        QSignalSpy applied(&form, &AdminForm::applied);
        QVERIFY(form.submit());
        QVERIFY(applied.wait());
        QVERIFY(sawDialog);
        const std::optional<Space> back = readBack(sim, room.id);
        QCOMPARE(back->name, QStringLiteral("Mine"));
        QCOMPARE(back->address, QStringLiteral("Their address"));
    }

    void serverRefusal400KeepsInput() {
        SimFixture sim;
        const Space room = someRoom(sim);
        UncheckedSpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        const QString tooLong(300, QLatin1Char('x'));
        form.nameEdit()->setText(tooLong);
        ResponseLog responses(&sim.client);
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QVERIFY(failed.wait());
        QCOMPARE(responses.count(Endpoint::UpdateSpace, 400), 1);
        const QString status = form.statusText();
        QVERIFY2(status.contains(QStringLiteral("at most 255 characters (400)")),
                 qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("Your input is kept")));
        QCOMPARE(form.nameEdit()->text(), tooLong);
        QVERIFY(form.hasUnappliedEdits());
        QCOMPARE(readBack(sim, room.id)->name, room.name);
    }

    void forbidden403KeepsInput() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        retype(form.capacityEdit(), QStringLiteral("9"));
        // A display (signage) token may not touch admin routes.
        DisplayTokenProvider display(&sim.client, QStringLiteral("demo-display"),
                                     QStringLiteral("demo-display-secret"),
                                     QStringLiteral("lobby"));
        sim.client.setTokenProvider(&display);
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QVERIFY(failed.wait());
        const QString status = form.statusText();
        QVERIFY2(status.contains(QStringLiteral("403")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("Your input is kept")));
        QCOMPARE(form.capacityEdit()->text(), QStringLiteral("9"));
        sim.client.setTokenProvider(&sim.staticToken);
        QCOMPARE(readBack(sim, room.id)->capacity, room.capacity);
    }

    void readOnlyToken403OnUpdateKeepsInput() {
        SimFixture sim;
        const Space room = someRoom(sim);
        StaticTokenProvider readOnly{QStringLiteral("tok_readonly")};
        sim.client.setTokenProvider(&readOnly);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form)); // reading is allowed
        retype(form.nameEdit(), QStringLiteral("Not mine to rename"));
        ResponseLog responses(&sim.client);
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QVERIFY(failed.wait());
        QCOMPARE(responses.count(Endpoint::ListSpaces, 200), 1); // the re-read passed
        QCOMPARE(responses.count(Endpoint::UpdateSpace, 403), 1);
        const QString status = form.statusText();
        QVERIFY2(status.contains(QStringLiteral("403")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("Your input is kept")));
        QCOMPARE(form.nameEdit()->text(), QStringLiteral("Not mine to rename"));
        sim.client.setTokenProvider(&sim.staticToken);
        QCOMPARE(readBack(sim, room.id)->name, room.name);
    }

    void unknownSpace404() {
        SimFixture sim;
        SpaceEditForm form(&sim.client, QStringLiteral("spc_404404404"));
        QSignalSpy state(&form, &AdminForm::stateChanged);
        form.reload();
        QTRY_COMPARE(form.state(), AdminForm::State::Ready);
        QVERIFY2(form.statusText().contains(QStringLiteral("spc_404404404 is not in the")),
                 qPrintable(form.statusText()));
        QVERIFY(!form.space());
        QVERIFY(!form.nameEdit()->isEnabled()); // nothing to edit
        QVERIFY(!form.hasErrors());             // and nothing to complain about
        // Nothing loaded: nothing can be applied over it.
        form.nameEdit()->setText(QStringLiteral("Anything"));
        form.timeZoneCombo()->setEditText(QStringLiteral("Europe/Berlin"));
        ResponseLog responses(&sim.client);
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QCOMPARE(failed.count(), 1);
        QVERIFY(form.statusText().contains(QStringLiteral("Reload first")));
        QCOMPARE(responses.count(Endpoint::UpdateSpace), 0);
        QCOMPARE(form.nameEdit()->text(), QStringLiteral("Anything"));
    }

    void update404KeepsInput() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        retype(form.iwmsIdEdit(), QStringLiteral("IWMS-404"));
        sim.server->setRouteUnavailable(QStringLiteral("/v3/spaces/") + room.id);
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QVERIFY(failed.wait());
        QVERIFY2(form.statusText().contains(QStringLiteral("404")), qPrintable(form.statusText()));
        QVERIFY(form.statusText().contains(QStringLiteral("Your input is kept")));
        QCOMPARE(form.iwmsIdEdit()->text(), QStringLiteral("IWMS-404"));
    }

    void deletedMeanwhileSaysSoAndKeepsInput() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        retype(form.nameEdit(), QStringLiteral("Typed with care"));
        // The simulator has no delete route: give the space another id, so its own is gone.
        Sim::SimPortfolio &portfolio = sim.server->store().portfolio();
        portfolio.spaces[size_t(portfolio.spaceIndex(room.id))].id = QStringLiteral("spc_moved");
        portfolio.rebuildIndexes();
        ResponseLog responses(&sim.client);
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QVERIFY(failed.wait());
        QVERIFY2(form.statusText().contains(QStringLiteral("was deleted after you opened it")),
                 qPrintable(form.statusText()));
        QCOMPARE(responses.count(Endpoint::UpdateSpace), 0);
        QCOMPARE(form.nameEdit()->text(), QStringLiteral("Typed with care"));
        QVERIFY(form.hasUnappliedEdits());
    }

    void networkFailureKeepsInput() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        retype(form.addressEdit(), QStringLiteral("2 Network Road"));
        sim.server.reset(); // the server is gone: connection refused
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QVERIFY(failed.wait(10000));
        QVERIFY(form.statusText().contains(QStringLiteral("Not applied")));
        QVERIFY(form.statusText().contains(QStringLiteral("Your input is kept")));
        QCOMPARE(form.addressEdit()->text(), QStringLiteral("2 Network Road"));
        QCOMPARE(form.state(), AdminForm::State::Ready);
        QVERIFY(form.applyButton()->isEnabled()); // ready to try again
    }

    void serverErrorKeepsInput() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditForm form(&sim.client, room.id);
        QVERIFY(load(form));
        retype(form.capacityEdit(), QStringLiteral("5"));
        Sim::FaultOptions faults;
        faults.errorRate = 1;
        sim.server->setFaults(faults);
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QVERIFY(failed.wait(10000));
        QVERIFY2(form.statusText().contains(QStringLiteral("server error")),
                 qPrintable(form.statusText()));
        QCOMPARE(form.capacityEdit()->text(), QStringLiteral("5"));
        sim.server->setFaults({});
        QCOMPARE(readBack(sim, room.id)->capacity, room.capacity);
    }

    void dialogHoldsTheFormAndForwardsApplied() {
        SimFixture sim;
        const Space room = someRoom(sim);
        SpaceEditDialog dialog(&sim.client, room.id);
        QVERIFY(!dialog.isModal());
        QSignalSpy loaded(dialog.form(), &AdminForm::loaded);
        QVERIFY(loaded.wait());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit space \u2014 %1").arg(room.name));
        QCOMPARE(dialog.tabs()->count(), 1);
        QCOMPARE(dialog.tabs()->widget(0), dialog.form());
        QCOMPARE(dialog.addTab(new QLabel(QStringLiteral("Labels here")), QStringLiteral("Labels")),
                 1);
        QCOMPARE(dialog.tabs()->tabText(1), QStringLiteral("Labels"));

        retype(dialog.form()->nameEdit(), QStringLiteral("Renamed in the dialog"));
        QSignalSpy applied(&dialog, &SpaceEditDialog::applied);
        QVERIFY(dialog.form()->submit());
        QVERIFY(applied.wait());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit space \u2014 Renamed in the dialog"));
    }

    void closingWithUnappliedEditsAsks() {
        SimFixture sim;
        SpaceEditDialog dialog(&sim.client, someRoom(sim).id);
        int asked = 0;
        bool discard = false;
        dialog.setDiscardQuestion([&] {
            ++asked;
            return discard;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy loaded(dialog.form(), &AdminForm::loaded);
        QVERIFY(loaded.wait());
        retype(dialog.form()->capacityEdit(), QStringLiteral("77"));
        dialog.reject();
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible()); // kept
        QCOMPARE(dialog.form()->capacityEdit()->text(), QStringLiteral("77"));
        discard = true;
        dialog.reject();
        QCOMPARE(asked, 2);
        QVERIFY(!dialog.isVisible());
    }

    void closingAsksForEditsOnAnyTab() {
        SimFixture sim;
        const QString id = someRoom(sim).id;
        SpaceEditDialog dialog(&sim.client, id);
        auto *other = new SpaceEditForm(&sim.client, id); // stands in for the Labels tab
        dialog.addTab(other, QStringLiteral("Other"));
        QCOMPARE(dialog.forms(), (QList<AdminForm *>{dialog.form(), other}));
        int asked = 0;
        dialog.setDiscardQuestion([&] {
            ++asked;
            return false;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(load(*other));
        QTRY_COMPARE(dialog.form()->state(), AdminForm::State::Ready);
        dialog.reject();
        QCOMPARE(asked, 0); // nothing edited: closes at once
        QVERIFY(!dialog.isVisible());
        dialog.show();
        retype(other->iwmsIdEdit(), QStringLiteral("edited elsewhere"));
        dialog.reject();
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible());
    }

    void screenshotsAndPseudoTranslation() {
        SimFixture sim;
        const Space room = someRoom(sim);
        {
            SpaceEditDialog dialog(&sim.client, room.id);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QSignalSpy loaded(dialog.form(), &AdminForm::loaded);
            QVERIFY(loaded.wait());
            QTest::qWait(20);
            QStringList clipped = cutOffLabels(&dialog);
            saveShot(&dialog, QStringLiteral("normal"));
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));

            SpaceEditForm *form = dialog.form();
            retype(form->nameEdit(), QString());
            retype(form->capacityEdit(), QStringLiteral("2.5"));
            form->functionCombo()->lineEdit()->selectAll();
            QTest::keyClicks(form->functionCombo()->lineEdit(), QStringLiteral("Quiet room"));
            retype(form->timeZoneCombo()->lineEdit(), QStringLiteral("europe/paris"));
            QVERIFY(!form->submit());
            QTest::qWait(20);
            clipped = cutOffLabels(&dialog);
            saveShot(&dialog, QStringLiteral("errors"));
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));

            retype(form->nameEdit(), QStringLiteral("Focus room"));
            retype(form->capacityEdit(), QStringLiteral("0"));
            retype(form->timeZoneCombo()->lineEdit(), QStringLiteral("Asia/Kolkata"));
            QTest::qWait(20);
            clipped = cutOffLabels(&dialog);
            saveShot(&dialog, QStringLiteral("warnings"));
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
            QVERIFY(!form->hasErrors());

            // The API's longest sentences, in the status line.
            StaticTokenProvider readOnly{QStringLiteral("tok_readonly")};
            sim.client.setTokenProvider(&readOnly);
            QSignalSpy failed(form, &AdminForm::failed);
            QVERIFY(form->submit());
            QVERIFY(failed.wait());
            QTest::qWait(20);
            clipped = cutOffLabels(&dialog);
            saveShot(&dialog, QStringLiteral("forbidden"));
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
            sim.client.setTokenProvider(&sim.staticToken);
        }

        HalfAgainTranslator translator;
        QCoreApplication::installTranslator(&translator);
        auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        SpaceEditDialog dialog(&sim.client, room.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy loaded(dialog.form(), &AdminForm::loaded);
        QVERIFY(loaded.wait());
        retype(dialog.form()->capacityEdit(), QString());
        retype(dialog.form()->timeZoneCombo()->lineEdit(), QStringLiteral("Mars/Base"));
        QTest::qWait(20);
        QStringList clipped = cutOffLabels(&dialog);
        saveShot(&dialog, QStringLiteral("pseudo"));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        QVERIFY2(dialog.width() <= 1000, qPrintable(QString::number(dialog.width())));

        SpaceDetails loadedDetails = SpaceDetails::of(room);
        SpaceDetails theirs = loadedDetails;
        theirs.capacity = 40;
        SpaceDetails mine = loadedDetails;
        mine.capacity = 12;
        mine.address = QStringLiteral("1 Market Street, Floor 4, San Francisco, CA 94105");
        SpaceConflictDialog conflict(loadedDetails, theirs, mine);
        conflict.show();
        QVERIFY(QTest::qWaitForWindowExposed(&conflict));
        clipped = cutOffLabels(&conflict);
        saveShot(&conflict, QStringLiteral("conflict-pseudo"));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    }

private:
    TestSettings m_settings;
};

QTEST_MAIN(TestSpaceEditForm)
#include "tst_spaceeditform.moc"
