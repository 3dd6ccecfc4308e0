#include "datastatus.h"

namespace Density {

QMap<QString, double> dataStatusFromJson(const QJsonObject &json) {
    QMap<QString, double> result;
    for (auto floor = json.begin(); floor != json.end(); ++floor) {
        if (floor.value().isDouble()) {
            result.insert(floor.key(), floor.value().toDouble());
            continue;
        }
        const QJsonObject datum = floor.value().toObject();
        const QJsonValue named = datum.value(QLatin1String("completion_percentage"));
        if (named.isDouble()) {
            result.insert(floor.key(), named.toDouble());
            continue;
        }
        for (auto field = datum.begin(); field != datum.end(); ++field) {
            if (field.value().isDouble()) {
                result.insert(floor.key(), field.value().toDouble());
                break;
            }
        }
    }
    return result;
}

} // namespace Density
