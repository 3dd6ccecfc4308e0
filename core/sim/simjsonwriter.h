#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace Density::Sim {

//! Streaming JSON writer. Analytics maps hold one key per space (50,000 with --spaces 50000);
//! QJsonObject inserts are O(n) each, so the simulator writes its responses directly. Keys and
//! members come out in the order written, numbers in shortest round-trip form.
class SimJsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    SimJsonWriter &key(const QString &name);
    SimJsonWriter &key(QLatin1String name);

    void value(const QString &text);
    void value(QLatin1String text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    //! Null QString => null.
    void nullableString(const QString &text);
    void nullableInt(std::optional<int> number);
    void nullableDouble(std::optional<double> number);

    //! Inserts already-serialized JSON (e.g. QJsonDocument::toJson(Compact)).
    void raw(const QByteArray &json);

    QByteArray take();

private:
    void separate();
    void appendString(QStringView text);

    QByteArray m_out;
    QVector<bool> m_first; //!< per open container: nothing written yet
    bool m_afterKey = false;
};

} // namespace Density::Sim
