#include "clirender.h"

#include <QJsonArray>

namespace Density::Cli {
namespace {

QString s(const char *text) {
    return QString::fromLatin1(text);
}

template <typename T>
QJsonArray arrayOf(const QList<T> &items) {
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

template <typename T>
Rendered listOf(const QList<T> &items, const QList<CsvColumn> &columns) {
    const QJsonArray array = arrayOf(items);
    return {array, tableFromObjects(array, columns)};
}

template <typename T>
Rendered one(const T &item, const QList<CsvColumn> &columns) {
    const QJsonObject object = item.toJson();
    return {object, tableFromObjects(QJsonArray{object}, columns)};
}

template <typename Map>
QJsonObject objectOf(const Map &map) {
    QJsonObject object;
    for (auto entry = map.begin(); entry != map.end(); ++entry)
        object.insert(entry.key(), entry.value().toJson());
    return object;
}

const QList<CsvColumn> &spaceColumns() {
    static const QList<CsvColumn> columns{
        {s("id"), s("id")},
        {s("name"), s("name")},
        {s("space_type"), s("space_type")},
        {s("function"), s("function")},
        {s("capacity"), s("capacity")},
        {s("counting_mode"), s("counting_mode")},
        {s("status"), s("status")},
        {s("time_zone"), s("time_zone")},
        {s("daily_reset"), s("daily_reset")},
        {s("go_live_date_utc"), s("go_live_date_utc")},
        {s("address"), s("address")},
        {s("iwms_id"), s("iwms_id")},
        {s("size_area"), s("size_area")},
        {s("cost_per_sqft"), s("cost_per_sqft")},
        {s("binary_occupancy"), s("binary_occupancy")},
        {s("children_ids"), s("children_ids")},
        {s("label_ids"), s("labels")},
    };
    return columns;
}

const QList<CsvColumn> &labelColumns() {
    static const QList<CsvColumn> columns{
        {s("id"), s("id")},
        {s("name"), s("name")},
        {s("group_id"), s("group/id")},
        {s("group_name"), s("group/name")},
        {s("space_ids"), s("spaces")},
    };
    return columns;
}

const QList<CsvColumn> &labelGroupColumns() {
    static const QList<CsvColumn> columns{
        {s("id"), s("id")}, {s("name"), s("name")}, {s("label_ids"), s("labels")}};
    return columns;
}

const QList<CsvColumn> &userColumns() {
    static const QList<CsvColumn> columns{
        {s("id"), s("id")},     {s("email"), s("email")},      {s("full_name"), s("full_name")},
        {s("role"), s("role")}, {s("space_ids"), s("spaces")}, {s("created_at"), s("created_at")},
    };
    return columns;
}

//! Bucket fields in the order of the API reference; a column appears when any bucket has it.
const QStringList &metricFields() {
    static const QStringList fields{
        s("occupancy_avg"),   s("occupancy_max"), s("occupancy_min"),        s("utilization_avg"),
        s("utilization_max"), s("time_used_raw"), s("time_used_percentage"), s("entrances"),
        s("exits"),           s("is_capped"),     s("capped_count_limit"),   s("up_time"),
    };
    return fields;
}

} // namespace

Rendered render(const QString &greeting) {
    return {greeting, CsvTable{{s("message")}, {{greeting}}}};
}

Rendered render(const AccessToken &token) {
    QJsonObject json{{s("access_token"), token.accessToken},
                     {s("expires_in"), token.expiresInSeconds},
                     {s("token_type"), token.tokenType}};
    if (!token.scope.isEmpty())
        json.insert(s("scope"), token.scope);
    return {json, CsvTable{{s("access_token"), s("expires_in"), s("token_type"), s("scope")},
                           {{token.accessToken, QString::number(token.expiresInSeconds),
                             token.tokenType, token.scope}}}};
}

Rendered render(const WebSocketTicket &ticket) {
    return {QJsonObject{{s("ws_url"), ticket.wsUrl}}, CsvTable{{s("ws_url")}, {{ticket.wsUrl}}}};
}

Rendered render(const Space &space) {
    return one(space, spaceColumns());
}

Rendered render(const QList<Space> &spaces) {
    return listOf(spaces, spaceColumns());
}

Rendered render(const Label &label) {
    return one(label, labelColumns());
}

Rendered render(const QList<Label> &labels) {
    return listOf(labels, labelColumns());
}

Rendered render(const LabelGroup &group) {
    return one(group, labelGroupColumns());
}

Rendered render(const QList<LabelGroup> &groups) {
    return listOf(groups, labelGroupColumns());
}

Rendered render(const QList<Doorway> &doorways) {
    return listOf(doorways, {{s("id"), s("id")},
                             {s("name"), s("name")},
                             {s("sensor_serial_number"), s("sensor_serial_number")},
                             {s("created_at"), s("created_at")},
                             {s("deleted_at"), s("deleted_at")},
                             {s("space_ids"), s("spaces")}});
}

Rendered render(const QList<Sensor> &sensors) {
    return listOf(sensors, {{s("serial_number"), s("serial_number")},
                            {s("sensor_type"), s("sensor_type")},
                            {s("hardware_type"), s("hardware_type")},
                            {s("firmware_version"), s("firmware_version")},
                            {s("created_at"), s("created_at")},
                            {s("updated_at"), s("updated_at")},
                            {s("building_ids"), s("location/building_ids")},
                            {s("floor_ids"), s("location/floor_ids")},
                            {s("space_ids"), s("location/space_ids")}});
}

Rendered render(const QList<SensorHealth> &health) {
    return listOf(health, {{s("serial_number"), s("serial_number")},
                           {s("health_status"), s("health_status")},
                           {s("last_status_change"), s("last_status_change")}});
}

Rendered render(const HealthHistory &history) {
    QJsonObject json;
    for (auto sensor = history.begin(); sensor != history.end(); ++sensor)
        json.insert(sensor.key(), arrayOf(sensor.value()));
    return {json, tableFromMapOfLists(json, s("serial_number"),
                                      {{s("timestamp"), s("timestamp")},
                                       {s("health_status"), s("health_status")}})};
}

Rendered render(const User &user) {
    return one(user, userColumns());
}

Rendered render(const QList<User> &users) {
    return listOf(users, userColumns());
}

Rendered render(const StatusMessage &status) {
    return {QJsonObject{{s("code"), status.code}, {s("message"), status.message}},
            CsvTable{{s("code"), s("message")}, {{QString::number(status.code), status.message}}}};
}

Rendered render(const MetricsBySpace &metrics) {
    const QJsonObject json = metricsToJson(metrics);
    QStringList present;
    for (const QString &field : metricFields()) {
        bool found = false;
        for (auto space = json.begin(); space != json.end() && !found; ++space) {
            const QJsonObject buckets = space.value().toObject();
            for (auto bucket = buckets.begin(); bucket != buckets.end() && !found; ++bucket)
                found = bucket.value().toObject().contains(field);
        }
        if (found)
            present.append(field);
    }
    CsvTable table;
    table.header = QStringList{s("space_id"), s("bucket")} + present;
    for (auto space = metrics.begin(); space != metrics.end(); ++space) {
        for (const MetricBucket &bucket : space.value()) {
            const QJsonObject fields = bucket.toJson();
            QStringList row{space.key(), bucket.key};
            for (const QString &field : present)
                row.append(csvCell(fields.value(field)));
            table.rows.append(row);
        }
    }
    return {json, table};
}

Rendered render(const SessionsBySpace &sessions) {
    CsvTable table{{s("space_id"), s("start_time"), s("end_time"), s("session_type")}, {}};
    for (auto space = sessions.begin(); space != sessions.end(); ++space) {
        for (const RawSession &session : space.value())
            table.rows.append(
                {space.key(), session.startTime, session.endTime, session.sessionType});
    }
    return {sessionsToJson(sessions), table};
}

Rendered render(const CurrentCounts &counts) {
    const QJsonObject json = objectOf(counts);
    return {json, tableFromMap(json, s("space_id"),
                               {{s("count"), s("count")},
                                {s("space_health_status"), s("space_health_status")},
                                {s("timestamp"), s("timestamp")},
                                {s("counting_mode"), s("counting_mode")},
                                {s("is_capped"), s("is_capped")},
                                {s("capped_count_limit"), s("capped_count_limit")}})};
}

Rendered render(const PresenceBySpace &presence) {
    QJsonObject json;
    for (auto space = presence.begin(); space != presence.end(); ++space)
        json.insert(space.key(), space.value());
    return {json, tableFromMap(json, s("space_id"), {{s("presence"), QString()}})};
}

Rendered render(const HealthPresenceBySpace &presence) {
    const QJsonObject json = objectOf(presence);
    return {json, tableFromMap(json, s("space_id"),
                               {{s("presence"), s("presence")},
                                {s("space_health_status"), s("space_health_status")},
                                {s("timestamp"), s("timestamp")},
                                {s("counting_mode"), s("counting_mode")}})};
}

Rendered render(const ShortTermPresence &presence) {
    QJsonObject json;
    for (auto space = presence.begin(); space != presence.end(); ++space) {
        QJsonArray points;
        for (const PresencePoint &point : space.value())
            points.append(
                QJsonObject{{s("timestamp"), point.timestamp}, {s("presence"), point.presence}});
        json.insert(space.key(), points);
    }
    return {json, tableFromMapOfLists(
                      json, s("space_id"),
                      {{s("timestamp"), s("timestamp")}, {s("presence"), s("presence")}})};
}

Rendered render(const QList<DataStatusWindow> &windows, const TimeRange &requested) {
    QJsonArray json;
    CsvTable table{{s("start_date"), s("end_date"), s("floor_id"), s("completion")}, {}};
    for (const DataStatusWindow &window : windows) {
        const QString start = requested.format(window.start);
        const QString end = requested.format(window.end);
        QJsonObject floors;
        for (auto floor = window.completionByFloor.begin(); floor != window.completionByFloor.end();
             ++floor) {
            floors.insert(floor.key(), floor.value());
            table.rows.append({start, end, floor.key(), csvCell(floor.value())});
        }
        json.append(
            QJsonObject{{s("start_date"), start}, {s("end_date"), end}, {s("completion"), floors}});
    }
    return {json, table};
}

} // namespace Density::Cli
