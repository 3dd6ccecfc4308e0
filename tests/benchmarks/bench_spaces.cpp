// Decoding and tree-building cost of a 50,000-space portfolio (the size the dashboard must
// load without freezing). Built, not run by ctest: `build/tests/benchmarks/bench_spaces`.
#include "model/space.h"
#include "models/spacetreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Density;

class BenchSpaces : public QObject {
    Q_OBJECT
private:
    QByteArray m_body;

private Q_SLOTS:
    void initTestCase() {
        // 10 buildings x 10 floors x 500 spaces, shaped like /v3/spaces.
        QJsonArray spaces;
        for (int b = 0; b < 10; ++b) {
            QJsonArray floorIds;
            for (int f = 0; f < 10; ++f) {
                const QString floorId =
                    QStringLiteral("spc_%1%2").arg(b).arg(f, 2, 10, QLatin1Char('0'));
                floorIds.append(floorId);
                QJsonArray roomIds;
                for (int s = 0; s < 500; ++s) {
                    const QString id =
                        floorId + QStringLiteral("%1").arg(s, 4, 10, QLatin1Char('0'));
                    roomIds.append(id);
                    spaces.append(
                        QJsonObject{{QLatin1String("id"), id},
                                    {QLatin1String("name"), QStringLiteral("Room %1").arg(s)},
                                    {QLatin1String("space_type"), QLatin1String("space")},
                                    {QLatin1String("capacity"), s % 7},
                                    {QLatin1String("function"), QLatin1String("meeting_room")},
                                    {QLatin1String("counting_mode"), QLatin1String("oa")},
                                    {QLatin1String("time_zone"), QLatin1String("Europe/Berlin")}});
                }
                spaces.append(QJsonObject{{QLatin1String("id"), floorId},
                                          {QLatin1String("space_type"), QLatin1String("floor")},
                                          {QLatin1String("children_ids"), roomIds}});
            }
            spaces.append(QJsonObject{{QLatin1String("id"), QStringLiteral("spc_9%1").arg(b)},
                                      {QLatin1String("space_type"), QLatin1String("building")},
                                      {QLatin1String("children_ids"), floorIds}});
        }
        m_body = QJsonDocument(spaces).toJson(QJsonDocument::Compact);
    }

    void decodeSpaces() {
        QBENCHMARK {
            const QJsonArray array = QJsonDocument::fromJson(m_body).array();
            QList<Space> spaces;
            spaces.reserve(array.size());
            for (const QJsonValue &value : array)
                spaces.append(Space::fromJson(value.toObject()));
            QVERIFY(spaces.size() > 50000);
        }
    }

    void buildTree() {
        const QJsonArray array = QJsonDocument::fromJson(m_body).array();
        QList<Space> spaces;
        for (const QJsonValue &value : array)
            spaces.append(Space::fromJson(value.toObject()));
        SpaceTreeModel model;
        QBENCHMARK {
            model.setSpaces(spaces);
        }
        QCOMPARE(model.rowCount(), 10);
    }
};

QTEST_GUILESS_MAIN(BenchSpaces)
#include "bench_spaces.moc"
