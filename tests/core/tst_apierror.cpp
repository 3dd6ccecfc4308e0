// ApiError's sentences: a 403 says which kind of token or role the endpoint family needs
// (users: a machine-to-machine OAuth token; label, label-group and space changes: write
// permission; everything but presence: not a display token) and repeats the API's own message.
// The end-to-end half reads the sentences the real client builds from the simulator's answers
// to the read-only static token and a display token.
#include "simfixture.h"

#include "api/apierror.h"

using namespace Density;

namespace {

QByteArray apiBody(int code, const char *message) {
    return QByteArrayLiteral("{\"code\":") + QByteArray::number(code) + ",\"message\":\"" +
           message + "\"}";
}

} // namespace

class TstApiError : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void forbiddenNamesTheTokenNeeded_data() {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QStringList>("mustSay");
        const QStringList users{QStringLiteral("machine-to-machine OAuth token"),
                                QStringLiteral("Owner"),
                                QStringLiteral("Static tok_ tokens and display tokens cannot "
                                               "manage users")};
        QTest::newRow("list users") << Endpoint::ListUsers << users;
        QTest::newRow("get user") << Endpoint::GetUser << users;
        QTest::newRow("create user") << Endpoint::CreateUser << users;
        QTest::newRow("update user") << Endpoint::UpdateUser << users;
        QTest::newRow("delete user") << Endpoint::DeleteUser << users;
        const QStringList write{QStringLiteral("write permission"),
                                QStringLiteral("read-only unless an Owner or Admin"),
                                QStringLiteral("OAuth client"),
                                QStringLiteral("Display tokens can only read spaces")};
        QTest::newRow("create label")
            << Endpoint::CreateLabel << (write + QStringList{QStringLiteral("labels")});
        QTest::newRow("update label")
            << Endpoint::UpdateLabel << (write + QStringList{QStringLiteral("labels")});
        QTest::newRow("create label group")
            << Endpoint::CreateLabelGroup << (write + QStringList{QStringLiteral("label groups")});
        QTest::newRow("update label group")
            << Endpoint::UpdateLabelGroup << (write + QStringList{QStringLiteral("label groups")});
        QTest::newRow("update space")
            << Endpoint::UpdateSpace << (write + QStringList{QStringLiteral("spaces")});
        QTest::newRow("update space labels")
            << Endpoint::UpdateSpaceLabels
            << (write + QStringList{QStringLiteral("spaces or their labels")});
        const QStringList reads{QStringLiteral("Display tokens can only read spaces"),
                                QStringLiteral("static tok_ token or an OAuth client")};
        QTest::newRow("spaces") << Endpoint::ListSpaces << reads;
        QTest::newRow("labels") << Endpoint::ListLabels << reads;
        QTest::newRow("occupancy") << Endpoint::Occupancy << reads;
        QTest::newRow("presence") << Endpoint::PresenceHealth
                                  << QStringList{QStringLiteral(
                                                     "not allowed to read Health-aware presence"),
                                                 QStringLiteral("Owner or Admin")};
    }

    void forbiddenNamesTheTokenNeeded() {
        QFETCH(Endpoint, endpoint);
        QFETCH(QStringList, mustSay);
        const ApiError error = ApiError::fromHttp(403, {}, endpoint);
        QCOMPARE(error.kind(), ApiError::Kind::Http);
        QCOMPARE(error.httpStatus(), 403);
        QVERIFY(error.message().contains(QLatin1String("(403)")));
        for (const QString &phrase : mustSay)
            QVERIFY2(error.message().contains(phrase), qPrintable(error.message()));
        QVERIFY(!error.message().contains(QLatin1String("The API said")));
    }

    void forbiddenFamiliesDiffer() {
        const QString users = ApiError::fromHttp(403, {}, Endpoint::CreateUser).message();
        const QString labels = ApiError::fromHttp(403, {}, Endpoint::CreateLabel).message();
        const QString spaces = ApiError::fromHttp(403, {}, Endpoint::ListSpaces).message();
        QVERIFY(users != labels && labels != spaces && users != spaces);
        QVERIFY(!labels.contains(QLatin1String("machine-to-machine")));
        QVERIFY(!users.contains(QLatin1String("write permission")));
    }

    void forbiddenRepeatsTheApiMessage() {
        const ApiError error =
            ApiError::fromHttp(403, apiBody(403, "This token is read-only"), Endpoint::UpdateSpace);
        QCOMPARE(error.apiCode(), 403);
        QCOMPARE(error.apiMessage(), QStringLiteral("This token is read-only"));
        QVERIFY(error.message().contains(QLatin1String("write permission")));
        QVERIFY(error.message().endsWith(
            QStringLiteral("The API said: \u201cThis token is read-only\u201d")));
        // A plain-text or HTML 403 from a gateway has no message to repeat.
        const ApiError html = ApiError::fromHttp(403, QByteArrayLiteral("<html>Forbidden</html>"),
                                                 Endpoint::ListUsers);
        QVERIFY(html.apiMessage().isEmpty());
        QVERIFY(html.message().contains(QLatin1String("machine-to-machine")));
        QVERIFY(!html.message().contains(QLatin1String("The API said")));
    }

    void otherStatusesUnchanged() {
        QCOMPARE(ApiError::fromHttp(400, apiBody(400, "capacity must be 0 or greater"),
                                    Endpoint::UpdateSpace)
                     .message(),
                 QStringLiteral("capacity must be 0 or greater (400)."));
        QVERIFY(ApiError::fromHttp(401, {}, Endpoint::UpdateSpace)
                    .message()
                    .contains(QLatin1String("401")));
        QVERIFY(!ApiError::fromHttp(403, {}, Endpoint::CreateLabel).isTransient());
    }

    //! End to end: the real client, the simulator and its read-only static token.
    void readOnlyTokenAgainstSimulator() {
        SimFixture sim;
        StaticTokenProvider readOnly(QStringLiteral("tok_readonly"));
        sim.client.setTokenProvider(&readOnly);

        const auto spaces = await<QList<Space>>([&](auto done) { sim.client.spaces(this, done); });
        QVERIFY2(spaces.ok(), qPrintable(spaces.ok() ? QString() : spaces.error().message()));
        QVERIFY(!spaces.value().isEmpty());
        const QString spaceId = spaces.value().first().id;

        SpaceUpdate update;
        update.capacity = 12;
        const auto changed =
            await<Space>([&](auto done) { sim.client.updateSpace(spaceId, update, this, done); });
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().httpStatus(), 403);
        QVERIFY2(changed.error().message().contains(QLatin1String("write permission")),
                 qPrintable(changed.error().message()));
        // The simulator's own words come through too.
        QVERIFY2(changed.error().message().contains(QLatin1String("The API said")) &&
                     changed.error().message().contains(QLatin1String("read-only")),
                 qPrintable(changed.error().message()));

        const auto label = await<Label>(
            [&](auto done) { sim.client.createLabel(QStringLiteral("Nope"), this, done); });
        QCOMPARE(label.error().httpStatus(), 403);
        QVERIFY(label.error().message().contains(QLatin1String("create or change labels")));

        const auto users = await<QList<User>>([&](auto done) { sim.client.users(this, done); });
        QCOMPARE(users.error().httpStatus(), 403);
        QVERIFY2(users.error().message().contains(QLatin1String("machine-to-machine OAuth token")),
                 qPrintable(users.error().message()));

        // Nothing changed: the write token reads the old capacity back.
        sim.client.setTokenProvider(&sim.staticToken);
        const auto after = await<QList<Space>>([&](auto done) { sim.client.spaces(this, done); });
        QVERIFY(after.ok());
        QCOMPARE(after.value().first().id, spaceId);
        QCOMPARE(after.value().first().capacity, spaces.value().first().capacity);
    }

    void displayTokenAgainstSimulator() {
        SimFixture sim;
        DisplayTokenProvider display(&sim.client, QStringLiteral("demo-display"),
                                     QStringLiteral("demo-display-secret"),
                                     QStringLiteral("lobby"));
        sim.client.setTokenProvider(&display);
        const auto labels = await<QList<Label>>([&](auto done) { sim.client.labels(this, done); });
        QCOMPARE(labels.error().httpStatus(), 403);
        QVERIFY2(labels.error().message().contains(QLatin1String("Display tokens can only read "
                                                                 "spaces, occupancy and presence")),
                 qPrintable(labels.error().message()));
        QVERIFY(labels.error().message().contains(QLatin1String("The API said")));
    }
};

QTEST_GUILESS_MAIN(TstApiError)
#include "tst_apierror.moc"
