// The Users admin page against the in-process simulator with a machine-to-machine OAuth token:
// the list, creating, editing and deleting a user (each read back through the API), a delete
// cancelled at the confirmation (nothing sent), every validation rule, the static-token
// explanation, and 400 / 403 / 404 / 5xx / network failures that each keep what was typed.
// With DENSITY_SCREENSHOT_DIR set it saves what it checked (list + form, token explanation,
// delete confirmation, a pseudo-translation) for a person to look at.
#include "../core/simfixture.h"
#include "layoutcheck.h"
#include "ui/applanguage.h"

#include "admin/activitylog.h"
#include "models/spacecheckproxymodel.h"
#include "models/spacetreemodel.h"
#include "models/usermodel.h"
#include "ui/useradminwidget.h"
#include "ui/userform.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>

using namespace Density;

namespace {

//! Every string about 1.4 times as long, as German or French often are.
class GermanLengthTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override {
        const QString source = QString::fromUtf8(sourceText);
        if (source.size() < 4)
            return source;
        QString extra = source.left(int(source.size() * 0.4)).remove(QLatin1Char('&'));
        if (extra.endsWith(QLatin1Char('%')))
            extra.chop(1);
        return source + QLatin1Char(' ') + extra.remove(QLatin1Char('%'));
    }
};

void saveShot(QWidget *widget, const QString &name) {
    // A signal spy returns as soon as the form finishes; let the layouts settle first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

//! The space picker got at least the room it asks for: nothing in the cell overlaps.
bool pickerFits(UserForm *form) {
    const QRect summary = form->spacesSummary()->geometry();
    const QRect filter = form->spaceFilterEdit()->geometry();
    const QRect tree = form->spaceView()->geometry();
    return form->spaceView()->height() >= form->spaceView()->minimumHeight() &&
           summary.bottom() < filter.top() && filter.bottom() < tree.top();
}

//! The page on a fresh simulator, with an OAuth client unless told otherwise.
struct Page {
    explicit Page(bool oauthToken = true, Sim::SimOptions options = {})
        : sim(options) {
        oauth = std::make_unique<OAuthTokenProvider>(&sim.client, QStringLiteral("demo-client"),
                                                     QStringLiteral("demo-secret"));
        sim.client.setTokenProvider(oauthToken ? static_cast<TokenProvider *>(oauth.get())
                                               : &sim.staticToken);
        spaces.load(&sim.client);
        waitFor([this] { return !spaces.isLoading(); }, 15000);
        widget = std::make_unique<UserAdminWidget>(&sim.client, &spaces);
        widget->resize(1200, 760);
        widget->show();
        widget->setActivityLog(&log, QStringLiteral("Test organization"));
        // A modal box would block the test: questions a test does not expect are answered no
        // and kept for it to check.
        widget->form()->setConfirmer([this](QMessageBox &box) {
            unexpectedQuestions.append(box.text());
            return false;
        });
    }

    bool waitForList() {
        return waitFor(
            [this] { return widget->model()->isLoaded() && !widget->model()->isLoading(); }, 15000);
    }
    UserForm *form() const { return widget->form(); }

    //! Selects the first user with `role` in the table and waits for the form to load it.
    User select(const QString &role) {
        for (int row = 0; row < widget->table()->model()->rowCount(); ++row) {
            const QModelIndex index = widget->table()->model()->index(row, 0);
            if (index.data(UserListModel::ApiRoleRole).toString() != role)
                continue;
            QSignalSpy loaded(form(), &AdminForm::loaded);
            widget->table()->setCurrentIndex(index);
            if (!loaded.wait(15000))
                return {};
            return form()->loadedUser();
        }
        return {};
    }

    Result<User> readBack(const QString &id) {
        return await<User>([this, id](auto done) { sim.client.user(id, nullptr, done); });
    }

    //! Checks the space in the picker as a click on its box would.
    bool check(const QString &spaceId, bool on = true) {
        QAbstractItemModel *model = form()->spaceView()->model();
        std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (index.data(SpaceTreeModel::SpaceIdRole).toString() == spaceId)
                    return index;
                const QModelIndex below = find(index);
                if (below.isValid())
                    return below;
            }
            return QModelIndex();
        };
        const QModelIndex index = find(QModelIndex());
        return index.isValid() &&
               model->setData(index, on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }

    QStringList spaceIdsOfType(const QString &type, int count) const {
        QStringList ids;
        const QHash<QString, QString> names = spaces.spaceNames();
        for (auto it = names.begin(); it != names.end() && ids.size() < count; ++it) {
            if (spaces.spaceById(it.key())->spaceType == type)
                ids.append(it.key());
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    //! New user with valid input typed into the form.
    void typeNewUser(const QString &email, const QString &name) {
        QTest::mouseClick(widget->newButton(), Qt::LeftButton);
        QTest::keyClicks(form()->emailEdit(), email);
        QTest::keyClicks(form()->nameEdit(), name);
    }

    SimFixture sim;
    std::unique_ptr<OAuthTokenProvider> oauth;
    SpaceTreeModel spaces;
    QTemporaryDir dir;
    ActivityLog log{dir.filePath(QStringLiteral("activity.jsonl"))};
    std::unique_ptr<UserAdminWidget> widget;
    QStringList unexpectedQuestions;
};

} // namespace

class TestUserAdmin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The application's English: plural forms come from the embedded density_en translation.
    void initTestCase() { QVERIFY(AppLanguage::apply(QStringLiteral("en"))); }

    void listsUsersWithOAuth() {
        Page page;
        QVERIFY(page.waitForList());
        QVERIFY(!page.widget->isExplainingToken());
        const auto users =
            await<QList<User>>([&page](auto done) { page.sim.client.users(nullptr, done); });
        QVERIFY(users.ok());
        QCOMPARE(page.widget->table()->model()->rowCount(), users.value().size());

        // The filter box narrows the list by any column.
        const User target = users.value().at(1);
        QTest::keyClicks(page.widget->filterEdit(), target.email.toUpper());
        QCOMPARE(page.widget->table()->model()->rowCount(), 1);
        page.widget->filterEdit()->clear();
        QCOMPARE(page.widget->table()->model()->rowCount(), users.value().size());

        // Viewing a user: the fields show it, and the email says why it cannot change.
        const User shown = page.select(QStringLiteral("editor"));
        QVERIFY(!shown.id.isEmpty());
        QCOMPARE(page.form()->emailEdit()->text(), shown.email);
        QVERIFY(page.form()->emailEdit()->isReadOnly());
        QCOMPARE(page.form()->nameEdit()->text(), shown.fullName);
        QCOMPARE(page.form()->roleCombo()->currentText(), QStringLiteral("Editor"));
        QCOMPARE(page.form()->spaceChecks()->checkedIds(), shown.spaceIds);
        // The checked space is in view: its ancestors are expanded.
        const QModelIndexList checkedRows = page.form()->spaceView()->model()->match(
            page.form()->spaceView()->model()->index(0, 0), SpaceTreeModel::SpaceIdRole,
            shown.spaceIds.first(), 1, Qt::MatchRecursive | Qt::MatchExactly);
        QCOMPARE(checkedRows.size(), 1);
        for (QModelIndex up = checkedRows.first().parent(); up.isValid(); up = up.parent())
            QVERIFY(page.form()->spaceView()->isExpanded(up));
        QVERIFY(page.form()->spacesSummaryText().startsWith(QStringLiteral("1 space checked")));
        const QList<QLabel *> labels = page.form()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("cannot change"));
        }));
        QVERIFY(page.widget->deleteButton()->isEnabled());
        QVERIFY(!page.form()->hasUnappliedEdits());

        // The space picker's filter finds a space and opens its ancestors.
        const QString floorId = page.spaceIdsOfType(QStringLiteral("floor"), 1).value(0);
        const Space *floor = page.spaces.spaceById(floorId);
        QTest::keyClicks(page.form()->spaceFilterEdit(), floor->name);
        QAbstractItemModel *picker = page.form()->spaceView()->model();
        QVERIFY(picker->rowCount() < page.spaces.rowCount() || picker->rowCount() == 1);
        QVERIFY(!picker
                     ->match(picker->index(0, 0), SpaceTreeModel::SpaceIdRole, floorId, 1,
                             Qt::MatchRecursive | Qt::MatchExactly)
                     .isEmpty());
        QVERIFY(page.form()->spaceView()->isExpanded(picker->index(0, 0)));
        QVERIFY(clippedLabels(page.widget.get()).isEmpty());
        QVERIFY(pickerFits(page.form()));
        saveShot(page.widget.get(), QStringLiteral("users-list-form"));
        page.form()->spaceFilterEdit()->clear();
    }

    void createsAUserAndReadsItBack() {
        Page page;
        QVERIFY(page.waitForList());
        const int before = page.widget->model()->rowCount();
        page.typeNewUser(QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace"));
        QVERIFY(!page.form()->emailEdit()->isReadOnly());
        QComboBox *role = page.form()->roleCombo();
        role->setCurrentIndex(role->findData(QStringLiteral("editor")));
        const QStringList floors = page.spaceIdsOfType(QStringLiteral("floor"), 2);
        QVERIFY(page.check(floors.at(0)));
        QVERIFY(page.check(floors.at(1)));
        QVERIFY(page.form()->spacesSummaryText().startsWith(QStringLiteral("2 spaces checked")));
        QVERIFY(page.form()->applyButton()->isEnabled());

        QSignalSpy saved(page.form(), &UserForm::userSaved);
        QTest::mouseClick(page.form()->applyButton(), Qt::LeftButton);
        QVERIFY(saved.wait(15000));
        const QString id = saved.first().first().toString();
        const auto back = page.readBack(id);
        QVERIFY(back.ok());
        QCOMPARE(back.value().email, QStringLiteral("ada@example.com"));
        QCOMPARE(back.value().fullName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(back.value().role, QStringLiteral("editor"));
        QCOMPARE(back.value().spaceIds, floors);
        QVERIFY(page.form()->statusText().contains(QStringLiteral("Created Ada Lovelace")));

        // The list shows the new user, selected, and the form now edits it.
        QVERIFY(waitFor([&] { return page.widget->model()->rowCount() == before + 1; }));
        QVERIFY(waitFor([&] {
            return page.widget->table()->currentIndex().data(UserListModel::UserIdRole) == id;
        }));
        QVERIFY(page.form()->emailEdit()->isReadOnly());
        QCOMPARE(page.form()->userId(), id);
        QVERIFY(page.widget->deleteButton()->isEnabled());

        const QList<ActivityEntry> entries = page.log.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("Create user"));
        QCOMPARE(entries.first().outcome, ActivityEntry::Outcome::Applied);
        QVERIFY(entries.first().after.contains(QStringLiteral("ada@example.com")));
        QVERIFY(page.unexpectedQuestions.isEmpty());
    }

    void editsNameRoleAndSpaces() {
        Page page;
        QVERIFY(page.waitForList());
        const User user = page.select(QStringLiteral("read_only"));
        QVERIFY(!user.id.isEmpty());
        QVERIFY(!user.spaceIds.isEmpty());
        page.form()->nameEdit()->clear();
        QTest::keyClicks(page.form()->nameEdit(), QStringLiteral("Grace Hopper"));
        QComboBox *role = page.form()->roleCombo();
        role->setCurrentIndex(role->findData(QStringLiteral("admin")));
        const QString floor = page.spaceIdsOfType(QStringLiteral("floor"), 1).value(0);
        QVERIFY(page.check(user.spaceIds.first(), false));
        QVERIFY(page.check(floor));
        QVERIFY(page.form()->hasUnappliedEdits());

        QSignalSpy saved(page.form(), &UserForm::userSaved);
        QVERIFY(page.form()->submit());
        QVERIFY(saved.wait(15000));
        const auto back = page.readBack(user.id);
        QVERIFY(back.ok());
        QCOMPARE(back.value().email, user.email);
        QCOMPARE(back.value().fullName, QStringLiteral("Grace Hopper"));
        QCOMPARE(back.value().role, QStringLiteral("admin"));
        QStringList expected = user.spaceIds.mid(1);
        expected.append(floor);
        QCOMPARE(back.value().spaceIds, expected);
        QVERIFY(!page.form()->hasUnappliedEdits());
        // The list follows.
        QVERIFY(waitFor([&] {
            const int row = page.widget->model()->rowOf(user.id);
            return page.widget->model()->index(row, UserListModel::NameColumn).data().toString() ==
                   QStringLiteral("Grace Hopper");
        }));
        const QList<ActivityEntry> entries = page.log.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("Update user"));
        QVERIFY(entries.first().before.contains(user.fullName));
        QVERIFY(entries.first().after.contains(QStringLiteral("Grace Hopper")));
        QVERIFY(page.unexpectedQuestions.isEmpty());
    }

    void deleteConfirmedRemovesTheUser() {
        Page page;
        QVERIFY(page.waitForList());
        const User user = page.select(QStringLiteral("editor"));
        QVERIFY(!user.id.isEmpty());
        QString asked;
        page.form()->setConfirmer([&](QMessageBox &box) {
            asked = box.text();
            box.show(); // lays the box out as exec() would, for the picture
            if (QTest::qWaitForWindowExposed(&box))
                saveShot(&box, QStringLiteral("users-delete-confirmation"));
            box.hide();
            return true;
        });
        QSignalSpy deleted(page.form(), &UserForm::userDeleted);
        QTest::mouseClick(page.widget->deleteButton(), Qt::LeftButton);
        QCOMPARE(asked, QStringLiteral("Delete %1 (%2)? They lose access at once.")
                            .arg(user.fullName, user.email));
        QVERIFY(deleted.wait(15000));
        QCOMPARE(deleted.first().first().toString(), user.id);
        const auto back = page.readBack(user.id);
        QVERIFY(!back.ok());
        QCOMPARE(back.error().httpStatus(), 404);
        QVERIFY(waitFor([&] { return page.widget->model()->rowOf(user.id) < 0; }));
        QVERIFY(!page.widget->deleteButton()->isEnabled());
        const QList<ActivityEntry> entries = page.log.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("Delete user"));
        QCOMPARE(entries.first().outcome, ActivityEntry::Outcome::Applied);
        QVERIFY(entries.first().target.contains(user.id));
    }

    void deleteFailureKeepsTheUserShown() {
        Page page;
        QVERIFY(page.waitForList());
        const User user = page.select(QStringLiteral("editor"));
        QVERIFY(!user.id.isEmpty());
        page.form()->setConfirmer([](QMessageBox &) { return true; });
        Sim::FaultOptions faults;
        faults.errorRate = 1;
        page.sim.server->setFaults(faults);
        QSignalSpy failed(page.form(), &AdminForm::failed);
        QSignalSpy deleted(page.form(), &UserForm::userDeleted);
        QTest::mouseClick(page.widget->deleteButton(), Qt::LeftButton);
        QVERIFY(failed.wait(15000));
        QCOMPARE(deleted.count(), 0);
        QVERIFY(page.form()->statusText().contains(QStringLiteral("Not applied")));
        QCOMPARE(page.form()->userId(), user.id);
        QCOMPARE(page.form()->nameEdit()->text(), user.fullName);
        QVERIFY(page.widget->deleteButton()->isEnabled());
        QCOMPARE(page.log.entries().size(), 1);
        QCOMPARE(page.log.entries().first().action, QStringLiteral("Delete user"));
        QCOMPARE(page.log.entries().first().outcome, ActivityEntry::Outcome::Failed);
        page.sim.server->setFaults({});
        QVERIFY(page.readBack(user.id).ok());
    }

    void deleteCancelledSendsNothing() {
        Page page;
        QVERIFY(page.waitForList());
        const User user = page.select(QStringLiteral("admin"));
        QVERIFY(!user.id.isEmpty());
        int asked = 0;
        page.form()->setConfirmer([&](QMessageBox &box) {
            ++asked;
            // Cancel is the default answer, so Enter does not delete.
            return box.defaultButton() != box.button(QMessageBox::Cancel);
        });
        ResponseLog log(&page.sim.client);
        QTest::mouseClick(page.widget->deleteButton(), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(waitFor([&] { return page.sim.client.requestsInFlight() == 0; }));
        QCOMPARE(log.count(Endpoint::DeleteUser), 0);
        QVERIFY(page.form()->statusText().contains(QStringLiteral("Not deleted")));
        QCOMPARE(page.form()->userId(), user.id);
        QVERIFY(page.readBack(user.id).ok());
        QVERIFY(page.widget->model()->rowOf(user.id) >= 0);
        QVERIFY(page.log.entries().isEmpty());
    }

    void switchingAwayAsksBeforeDiscardingEdits() {
        Page page;
        QVERIFY(page.waitForList());
        const User first = page.select(QStringLiteral("editor"));
        QVERIFY(!first.id.isEmpty());
        page.form()->nameEdit()->setText(QStringLiteral("Half typed"));
        QStringList asked;
        bool discard = false;
        page.form()->setConfirmer([&](QMessageBox &box) {
            asked.append(box.text());
            return discard;
        });
        QTableView *table = page.widget->table();
        const int otherRow = table->currentIndex().row() == 0 ? 1 : 0;

        // "Keep editing": the form and the selection stay with the edited user.
        table->setCurrentIndex(table->model()->index(otherRow, 0));
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(first.fullName), qPrintable(asked.first()));
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Half typed"));
        QCOMPARE(page.form()->userId(), first.id);
        QCOMPARE(table->currentIndex().data(UserListModel::UserIdRole).toString(), first.id);
        QTest::mouseClick(page.widget->newButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Half typed"));

        // "Discard changes": the other user loads.
        discard = true;
        QSignalSpy loaded(page.form(), &AdminForm::loaded);
        table->setCurrentIndex(table->model()->index(otherRow, 0));
        QVERIFY(loaded.wait(15000));
        QVERIFY(page.form()->userId() != first.id);
        QVERIFY(!page.form()->hasUnappliedEdits());
        // Nothing to lose: no question.
        const int questions = asked.size();
        QTest::mouseClick(page.widget->newButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), questions);
        QVERIFY(page.form()->isNew());
    }

    void everyValidationRule() {
        Page page;
        QVERIFY(page.waitForList());
        QTest::mouseClick(page.widget->newButton(), Qt::LeftButton);
        UserForm *form = page.form();
        QLineEdit *email = form->emailEdit();
        ResponseLog log(&page.sim.client);

        // Email: needed, shaped like an address, at most 254 characters — as the user types.
        QTest::keyClicks(email, QStringLiteral("ada"));
        QVERIFY(form->fieldHasError(email));
        QVERIFY(form->fieldMessage(email).contains(QStringLiteral("Not an email address")));
        QTest::keyClicks(email, QStringLiteral("@"));
        QVERIFY(form->fieldHasError(email));
        QTest::keyClicks(email, QStringLiteral("example.com"));
        QVERIFY(!form->fieldHasError(email));
        email->setText(QStringLiteral("ada lovelace@example.com"));
        QVERIFY(form->fieldHasError(email));
        email->setText(QStringLiteral("ada@localhost"));
        QVERIFY(form->fieldHasError(email));
        email->setText(QString(250, QLatin1Char('a')) + QStringLiteral("@b.co"));
        QVERIFY(form->fieldMessage(email).contains(QStringLiteral("At most 254")));
        email->clear();
        QVERIFY(form->fieldMessage(email).contains(QStringLiteral("email address is needed")));
        QVERIFY(!form->applyButton()->isEnabled());
        QVERIFY(!form->submit());
        QVERIFY(form->statusText().contains(QStringLiteral("nothing was sent")));
        QCOMPARE(log.count(Endpoint::CreateUser), 0);
        QTest::keyClicks(email, QStringLiteral("ada@example.com"));

        // Full name: needed, at most 255 characters.
        QLineEdit *name = form->nameEdit();
        QVERIFY(form->fieldHasError(name));
        QVERIFY(form->fieldMessage(name).contains(QStringLiteral("full name is needed")));
        name->setText(QStringLiteral("   "));
        QVERIFY(form->fieldHasError(name));
        name->setText(QString(256, QLatin1Char('x')));
        QVERIFY(form->fieldHasError(name));
        QVERIFY(form->fieldMessage(name).contains(QStringLiteral("255")));
        QVERIFY(!form->applyButton()->isEnabled());
        name->setText(QString(255, QLatin1Char('x')));
        QVERIFY(form->fieldMessage(name).isEmpty());

        // Role: an open string. Unknown roles only warn; an empty role is an error.
        QComboBox *role = form->roleCombo();
        QCOMPARE(role->currentData().toString(), QStringLiteral("read_only")); // least access
        role->clearEditText();
        QVERIFY(form->fieldHasError(role));
        QTest::keyClicks(role->lineEdit(), QStringLiteral("auditor"));
        QCOMPARE(role->currentText(), QStringLiteral("auditor"));
        QVERIFY(!form->fieldHasError(role));
        QVERIFY(form->fieldMessage(role).contains(QStringLiteral("not one of the four roles")));
        // Only warnings are left: apply is open.
        QCOMPARE(form->editedUser().role, QStringLiteral("auditor"));
        QVERIFY(form->applyButton()->isEnabled());
        role->setEditText(QStringLiteral("Read-only"));
        QCOMPARE(form->editedUser().role, QStringLiteral("read_only"));
        QVERIFY(form->fieldMessage(role).isEmpty());

        // Spaces: none checked warns (what it means is undocumented) unless the role is owner.
        QVERIFY(
            form->fieldMessage(form->spacesField()).contains(QStringLiteral("does not document")));
        QVERIFY(!form->fieldHasError(form->spacesField()));
        QCOMPARE(form->spacesSummaryText(), QStringLiteral("No spaces checked."));
        role->setCurrentIndex(role->findData(QStringLiteral("owner")));
        QVERIFY(form->fieldMessage(form->spacesField()).isEmpty());
        QVERIFY(form->applyButton()->isEnabled());
        QCOMPARE(log.count(Endpoint::CreateUser), 0);

        // An existing user's email is not a field to edit.
        form->setConfirmer([](QMessageBox &) { return true; }); // discard the new user
        const User existing = page.select(QStringLiteral("editor"));
        QVERIFY(form->emailEdit()->isReadOnly());
        QVERIFY(form->fieldMessage(form->emailEdit()).isEmpty());
        QCOMPARE(form->editedUser().email, existing.email);
    }

    void unknownRoleRefusedByTheServerKeepsTheInput() {
        // 400: the form accepts any role string; the simulator knows only four.
        Page page;
        QVERIFY(page.waitForList());
        page.typeNewUser(QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace"));
        page.form()->roleCombo()->setEditText(QStringLiteral("auditor"));
        const QString floor = page.spaceIdsOfType(QStringLiteral("floor"), 1).value(0);
        QVERIFY(page.check(floor));
        QSignalSpy failed(page.form(), &AdminForm::failed);
        QVERIFY(page.form()->submit());
        QVERIFY(failed.wait(15000));
        QVERIFY2(page.form()->statusText().contains(QStringLiteral("role must be one of")),
                 qPrintable(page.form()->statusText()));
        QVERIFY(page.form()->statusText().contains(QStringLiteral("Your input is kept")));
        QCOMPARE(page.form()->emailEdit()->text(), QStringLiteral("ada@example.com"));
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(page.form()->roleCombo()->currentText(), QStringLiteral("auditor"));
        QCOMPARE(page.form()->spaceChecks()->checkedIds(), QStringList{floor});
        QVERIFY(page.form()->isNew());
        QVERIFY(!page.widget->isExplainingToken());
    }

    void emailTakenRefusedByTheServerKeepsTheInput() {
        // 400 about the email, which only the server can know.
        Page page;
        QVERIFY(page.waitForList());
        const QString taken = page.widget->model()->user(0)->email;
        page.typeNewUser(taken, QStringLiteral("Second Account"));
        QVERIFY(!page.form()->fieldHasError(page.form()->emailEdit()));
        QSignalSpy failed(page.form(), &AdminForm::failed);
        QVERIFY(page.form()->submit());
        QVERIFY(failed.wait(15000));
        QVERIFY2(page.form()->statusText().contains(QStringLiteral("already exists")),
                 qPrintable(page.form()->statusText()));
        QCOMPARE(page.form()->emailEdit()->text(), taken);
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Second Account"));
        QCOMPARE(page.log.entries().size(), 1);
        QCOMPARE(page.log.entries().first().outcome, ActivityEntry::Outcome::Failed);
    }

    void staticTokenIsExplained() {
        Page page(false);
        ResponseLog log(&page.sim.client);
        QVERIFY(page.widget->isExplainingToken());
        const QString text = page.widget->tokenExplanation();
        QVERIFY2(text.contains(QStringLiteral("machine-to-machine OAuth token (client "
                                              "credentials)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("static API token")));
        QCOMPARE(page.widget->model()->rowCount(), 0);

        // Typing a new user still works; applying says why it cannot, and keeps the input.
        page.typeNewUser(QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace"));
        QSignalSpy failed(page.form(), &AdminForm::failed);
        QVERIFY(page.form()->submit());
        QVERIFY(failed.wait(15000));
        QCOMPARE(log.count(Endpoint::CreateUser, 403), 1);
        QVERIFY(page.widget->isExplainingToken());
        QCOMPARE(page.form()->emailEdit()->text(), QStringLiteral("ada@example.com"));
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Ada Lovelace"));
        QVERIFY(page.form()->statusText().contains(QStringLiteral("403")));
        QVERIFY(clippedLabels(page.widget.get()).isEmpty());
        saveShot(page.widget.get(), QStringLiteral("users-static-token"));

        // After switching to an OAuth client, Check again loads the list.
        page.sim.client.setTokenProvider(page.oauth.get());
        page.widget->refresh();
        QVERIFY(page.waitForList());
        QVERIFY(page.widget->model()->rowCount() > 0);
        QVERIFY(!page.widget->isExplainingToken());
        QCOMPARE(page.form()->emailEdit()->text(), QStringLiteral("ada@example.com"));
    }

    void forbiddenMidSessionKeepsTheInput() {
        // 403 from the server itself: a token that lost its permission while editing.
        Page page;
        QVERIFY(page.waitForList());
        const User user = page.select(QStringLiteral("editor"));
        page.form()->nameEdit()->setText(QStringLiteral("Edited while allowed"));
        page.sim.client.setTokenProvider(&page.sim.staticToken);
        QSignalSpy failed(page.form(), &AdminForm::failed);
        QVERIFY(page.form()->submit());
        QVERIFY(failed.wait(15000));
        QVERIFY(page.widget->isExplainingToken());
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Edited while allowed"));
        QVERIFY(page.form()->hasUnappliedEdits());
        page.sim.client.setTokenProvider(page.oauth.get());
        QCOMPARE(page.readBack(user.id).value().fullName, user.fullName);
    }

    void userDeletedMeanwhileKeepsTheInput() {
        Page page;
        QVERIFY(page.waitForList());
        const User user = page.select(QStringLiteral("editor"));
        page.form()->nameEdit()->setText(QStringLiteral("Too late"));
        const auto gone = await<StatusMessage>(
            [&](auto done) { page.sim.client.deleteUser(user.id, nullptr, done); });
        QVERIFY(gone.ok());
        QSignalSpy failed(page.form(), &AdminForm::failed);
        QVERIFY(page.form()->submit());
        QVERIFY(failed.wait(15000));
        QVERIFY2(page.form()->statusText().contains(QStringLiteral("404")),
                 qPrintable(page.form()->statusText()));
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Too late"));
        QVERIFY(page.form()->hasUnappliedEdits());
        QVERIFY(!page.widget->isExplainingToken());
    }

    void serverErrorKeepsTheInput() {
        Page page;
        QVERIFY(page.waitForList());
        page.typeNewUser(QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace"));
        Sim::FaultOptions faults;
        faults.errorRate = 1;
        page.sim.server->setFaults(faults);
        QSignalSpy failed(page.form(), &AdminForm::failed);
        QVERIFY(page.form()->submit());
        QVERIFY(failed.wait(15000));
        QVERIFY2(page.form()->statusText().contains(QStringLiteral("server error")),
                 qPrintable(page.form()->statusText()));
        QCOMPARE(page.form()->emailEdit()->text(), QStringLiteral("ada@example.com"));
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Ada Lovelace"));

        // The list keeps what it showed and says why it could not reload.
        const int rows = page.widget->model()->rowCount();
        page.widget->refresh();
        QVERIFY(waitFor([&] { return !page.widget->model()->isLoading(); }, 15000));
        QVERIFY(page.widget->listStatus().contains(QStringLiteral("Could not load the users")));
        QCOMPARE(page.widget->model()->rowCount(), rows);
        page.sim.server->setFaults({});
        const auto users =
            await<QList<User>>([&page](auto done) { page.sim.client.users(nullptr, done); });
        QCOMPARE(users.value().size(), rows); // nothing was created
    }

    void networkFailureKeepsTheInput() {
        Page page;
        QVERIFY(page.waitForList());
        const User user = page.select(QStringLiteral("editor"));
        QVERIFY(!user.id.isEmpty());
        page.form()->nameEdit()->setText(QStringLiteral("Offline edit"));
        page.sim.server.reset(); // the connection is refused from now on
        QSignalSpy failed(page.form(), &AdminForm::failed);
        QVERIFY(page.form()->submit());
        QVERIFY(failed.wait(15000));
        QVERIFY(page.form()->statusText().contains(QStringLiteral("Your input is kept")));
        QCOMPARE(page.form()->nameEdit()->text(), QStringLiteral("Offline edit"));
        QCOMPARE(page.form()->state(), AdminForm::State::Ready);
    }

    void pseudoTranslationFits() {
        GermanLengthTranslator translator;
        QCoreApplication::installTranslator(&translator);
        auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        Page page;
        QVERIFY(page.waitForList());
        const User user = page.select(QStringLiteral("read_only"));
        QVERIFY(!user.id.isEmpty());
        page.form()->nameEdit()->setText(QString());
        QStringList clipped = clippedLabels(page.widget.get());
        saveShot(page.widget.get(), QStringLiteral("users-pseudo"));
        QVERIFY(pickerFits(page.form()));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        QVERIFY2(page.widget->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(page.widget->minimumSizeHint().width())));

        Page denied(false);
        denied.widget->resize(1000, 700);
        QVERIFY(QTest::qWaitForWindowExposed(denied.widget.get()));
        clipped = clippedLabels(denied.widget.get());
        saveShot(denied.widget.get(), QStringLiteral("users-pseudo-static-token"));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestUserAdmin)
#include "tst_useradmin.moc"
