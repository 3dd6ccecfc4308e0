// AdminForm, the base of every admin form, through a small label-renaming form against the
// in-process simulator: load fills the fields, validation runs as the user types and blocks
// apply with a message next to the field, a failed apply keeps the input and shows the API's
// sentence, a success emits applied() and the change reads back, and a two-step apply that
// stops part-way says what was and was not applied.
#include "../core/simfixture.h"

#include "ui/adminform.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Density;

namespace {

//! Renames the organization's first label; optionally also renames a second label id in a
//! second step, to exercise a multi-step apply.
class RenameLabelForm : public AdminForm {
public:
    explicit RenameLabelForm(DensityClient *client) {
        setClient(client);
        addField(QStringLiteral("&Name:"), name);
        connect(name, &QLineEdit::textEdited, this, [this] { fieldEdited(); });
    }

    QLineEdit *name = new QLineEdit;
    QString labelId;
    QString loadedName;
    QString secondStepLabelId; //!< empty: one step

protected:
    void load() override {
        track(client()->labels(this, [this](const Result<QList<Label>> &result) {
            if (!result) {
                loadFailed(result.error());
                return;
            }
            labelId = result.value().first().id;
            setFilling(true);
            loadedName = result.value().first().name;
            name->setText(loadedName);
            setFilling(false);
            loadSucceeded();
        }));
    }
    void validate() override {
        const QString text = name->text().trimmed();
        if (text.isEmpty())
            setFieldError(name, QStringLiteral("A label needs a name."));
        else if (text.size() > 255)
            setFieldError(name, QStringLiteral("At most 255 characters."));
        else if (text.size() > 40)
            setFieldWarning(name, QStringLiteral("Long names are cut off in lists."));
    }
    void apply() override {
        describeChange(QStringLiteral("Rename label"), labelId, loadedName, name->text());
        track(client()->updateLabel(
            labelId, name->text().trimmed(), QString(), this, [this](const Result<Label> &first) {
                if (!first) {
                    applyFailed(first.error());
                    return;
                }
                if (secondStepLabelId.isEmpty()) {
                    applySucceeded(QStringLiteral("Renamed."));
                    return;
                }
                track(client()->updateLabel(
                    secondStepLabelId, name->text(), QString(), this,
                    [this](const Result<Label> &second) {
                        if (second)
                            applySucceeded(QStringLiteral("Renamed both."));
                        else
                            applyPartlyFailed({QStringLiteral("renamed the first label")},
                                              {QStringLiteral("renaming the second label")},
                                              second.error());
                    }));
            }));
    }
};

QString labelName(SimFixture &sim, const QString &id) {
    const auto labels =
        await<QList<Label>>([&sim](auto done) { sim.client.labels(nullptr, done); });
    for (const Label &label : labels.value()) {
        if (label.id == id)
            return label.name;
    }
    return {};
}

} // namespace

class TestAdminForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsThenValidatesAsTheUserTypes() {
        SimFixture sim;
        RenameLabelForm form(&sim.client);
        QCOMPARE(form.state(), AdminForm::State::Idle);
        QSignalSpy loaded(&form, &AdminForm::loaded);
        form.reload();
        QCOMPARE(form.state(), AdminForm::State::Loading);
        QVERIFY(loaded.wait());
        QCOMPARE(form.state(), AdminForm::State::Ready);
        QVERIFY(!form.name->text().isEmpty());
        QVERIFY(!form.hasUnappliedEdits()); // filling is not editing

        form.name->clear();
        QTest::keyClicks(form.name, QStringLiteral(" "));
        QVERIFY(form.hasUnappliedEdits());
        QVERIFY(form.fieldHasError(form.name));
        QVERIFY(form.fieldMessage(form.name).contains(QStringLiteral("needs a name")));
        QVERIFY(!form.applyButton()->isEnabled());
        ResponseLog log(&sim.client);
        QVERIFY(!form.submit());
        QCOMPARE(log.count(Endpoint::UpdateLabel), 0); // nothing was sent
        QVERIFY(form.statusText().contains(QStringLiteral("nothing was sent")));

        QTest::keyClicks(form.name, QStringLiteral("A name that is rather long for a list view"));
        QVERIFY(!form.fieldHasError(form.name)); // a warning does not block
        QVERIFY(form.fieldMessage(form.name).contains(QStringLiteral("cut off")));
        QVERIFY(form.applyButton()->isEnabled());
    }

    void successEmitsAppliedAndReadsBack() {
        SimFixture sim;
        RenameLabelForm form(&sim.client);
        QSignalSpy loaded(&form, &AdminForm::loaded);
        form.reload();
        QVERIFY(loaded.wait());
        form.name->setText(QStringLiteral("Quiet zone"));
        QTemporaryDir dir;
        ActivityLog log(dir.filePath(QStringLiteral("activity.jsonl")));
        form.setActivityLog(&log, QStringLiteral("Test organization"));
        QSignalSpy applied(&form, &AdminForm::applied);
        QVERIFY(form.submit());
        QCOMPARE(form.state(), AdminForm::State::Applying);
        QVERIFY(applied.wait());
        const QList<ActivityEntry> entries = log.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("Rename label"));
        QCOMPARE(entries.first().connection, QStringLiteral("Test organization"));
        QCOMPARE(entries.first().before, form.loadedName);
        QCOMPARE(entries.first().after, QStringLiteral("Quiet zone"));
        QCOMPARE(entries.first().outcome, ActivityEntry::Outcome::Applied);
        QVERIFY(entries.first().when.isValid());
        QVERIFY(form.statusText().contains(QStringLiteral("Renamed.")));
        QVERIFY(!form.hasUnappliedEdits());
        QCOMPARE(labelName(sim, form.labelId), QStringLiteral("Quiet zone"));
    }

    void failureKeepsTheInputAndShowsTheSentence() {
        SimFixture sim;
        RenameLabelForm form(&sim.client);
        QSignalSpy loaded(&form, &AdminForm::loaded);
        form.reload();
        QVERIFY(loaded.wait());
        const QString before = labelName(sim, form.labelId);
        Sim::FaultOptions faults;
        faults.errorRate = 1; // every request 5xx; a PUT is never retried blindly
        sim.server->setFaults(faults);
        form.name->clear();
        QTest::keyClicks(form.name, QStringLiteral("Typed with care"));
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QVERIFY(failed.wait());
        QCOMPARE(form.name->text(), QStringLiteral("Typed with care"));
        QVERIFY(form.hasUnappliedEdits());
        QVERIFY(form.statusText().contains(QStringLiteral("Your input is kept")));
        QVERIFY(form.statusText().contains(failed.first().first().toString().left(20)));
        QCOMPARE(form.state(), AdminForm::State::Ready);
        sim.server->setFaults({});
        QCOMPARE(labelName(sim, form.labelId), before);
    }

    void partialApplySaysWhatWasAndWasNotDone() {
        SimFixture sim;
        RenameLabelForm form(&sim.client);
        QSignalSpy loaded(&form, &AdminForm::loaded);
        form.reload();
        QVERIFY(loaded.wait());
        QTemporaryDir dir;
        ActivityLog log(dir.filePath(QStringLiteral("activity.jsonl")));
        form.setActivityLog(&log, QStringLiteral("Test organization"));
        form.secondStepLabelId = QStringLiteral("lbl_does_not_exist");
        form.name->setText(QStringLiteral("Half done"));
        QSignalSpy failed(&form, &AdminForm::failed);
        QVERIFY(form.submit());
        QVERIFY(failed.wait());
        const QString status = form.statusText();
        QVERIFY2(status.contains(QStringLiteral("Done: renamed the first label")),
                 qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("Not done: renaming the second label")));
        QVERIFY(status.contains(QStringLiteral("404")));
        QCOMPARE(labelName(sim, form.labelId), QStringLiteral("Half done"));
        QCOMPARE(log.entries().size(), 1);
        QCOMPARE(log.entries().first().outcome, ActivityEntry::Outcome::PartlyApplied);
        QVERIFY(log.entries().first().detail.contains(QStringLiteral("Not done")));
    }

    void cancelDuringApplySaysItMayHaveLanded() {
        Sim::SimOptions options;
        options.faults.latencyMs = 2000;
        SimFixture sim(options);
        RenameLabelForm form(&sim.client);
        sim.server->setFaults({});
        QSignalSpy loaded(&form, &AdminForm::loaded);
        form.reload();
        QVERIFY(loaded.wait());
        sim.server->setFaults(options.faults);
        form.name->setText(QStringLiteral("Maybe"));
        QVERIFY(form.submit());
        form.cancel();
        QCOMPARE(form.state(), AdminForm::State::Ready);
        QVERIFY(form.statusText().contains(QStringLiteral("may have been applied")));
        QCOMPARE(form.name->text(), QStringLiteral("Maybe"));
    }
};

QTEST_MAIN(TestAdminForm)
#include "tst_adminform.moc"
