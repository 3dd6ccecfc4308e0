#include "clirender.h"

#include "clitext.h"

#include <QJsonArray>

namespace Density::Cli {
namespace {

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
        {ascii("id"), ascii("id")},
        {ascii("name"), ascii("name")},
        {ascii("space_type"), ascii("space_type")},
        {ascii("function"), ascii("function")},
        {ascii("capacity"), ascii("capacity")},
        {ascii("counting_mode"), ascii("counting_mode")},
        {ascii("status"), ascii("status")},
        {ascii("time_zone"), ascii("time_zone")},
        {ascii("daily_reset"), ascii("daily_reset")},
        {ascii("go_live_date_utc"), ascii("go_live_date_utc")},
        {ascii("address"), ascii("address")},
        {ascii("iwms_id"), ascii("iwms_id")},
        {ascii("size_area"), ascii("size_area")},
        {ascii("cost_per_sqft"), ascii("cost_per_sqft")},
        {ascii("binary_occupancy"), ascii("binary_occupancy")},
        {ascii("children_ids"), ascii("children_ids")},
        {ascii("label_ids"), ascii("labels")},
    };
    return columns;
}

const QList<CsvColumn> &labelColumns() {
    static const QList<CsvColumn> columns{
        {ascii("id"), ascii("id")},
        {ascii("name"), ascii("name")},
        {ascii("group_id"), ascii("group/id")},
        {ascii("group_name"), ascii("group/name")},
        {ascii("space_ids"), ascii("spaces")},
    };
    return columns;
}

const QList<CsvColumn> &labelGroupColumns() {
    static const QList<CsvColumn> columns{{ascii("id"), ascii("id")},
                                          {ascii("name"), ascii("name")},
                                          {ascii("label_ids"), ascii("labels")}};
    return columns;
}

const QList<CsvColumn> &userColumns() {
    static const QList<CsvColumn> columns{
        {ascii("id"), ascii("id")},
        {ascii("email"), ascii("email")},
        {ascii("full_name"), ascii("full_name")},
        {ascii("role"), ascii("role")},
        {ascii("space_ids"), ascii("spaces")},
        {ascii("created_at"), ascii("created_at")},
    };
    return columns;
}

//! Bucket fields in the order of the API reference; a column appears when any bucket has it.
const QStringList &metricFields() {
    static const QStringList fields{
        ascii("occupancy_avg"),
        ascii("occupancy_max"),
        ascii("occupancy_min"),
        ascii("utilization_avg"),
        ascii("utilization_max"),
        ascii("time_used_raw"),
        ascii("time_used_percentage"),
        ascii("entrances"),
        ascii("exits"),
        ascii("is_capped"),
        ascii("capped_count_limit"),
        ascii("up_time"),
    };
    return fields;
}

} // namespace

Rendered render(const QString &greeting) {
    return {greeting, CsvTable{{ascii("message")}, {{greeting}}}};
}

Rendered render(const AccessToken &token) {
    QJsonObject json{{ascii("access_token"), token.accessToken},
                     {ascii("expires_in"), token.expiresInSeconds},
                     {ascii("token_type"), token.tokenType}};
    if (!token.scope.isEmpty())
        json.insert(ascii("scope"), token.scope);
    return {json, CsvTable{{ascii("access_token"), ascii("expires_in"), ascii("token_type"),
                            ascii("scope")},
                           {{token.accessToken, QString::number(token.expiresInSeconds),
                             token.tokenType, token.scope}}}};
}

Rendered render(const WebSocketTicket &ticket) {
    return {QJsonObject{{ascii("ws_url"), ticket.wsUrl}},
            CsvTable{{ascii("ws_url")}, {{ticket.wsUrl}}}};
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
    return listOf(doorways, {{ascii("id"), ascii("id")},
                             {ascii("name"), ascii("name")},
                             {ascii("sensor_serial_number"), ascii("sensor_serial_number")},
                             {ascii("created_at"), ascii("created_at")},
                             {ascii("deleted_at"), ascii("deleted_at")},
                             {ascii("space_ids"), ascii("spaces")}});
}

Rendered render(const QList<Sensor> &sensors) {
    return listOf(sensors, {{ascii("serial_number"), ascii("serial_number")},
                            {ascii("sensor_type"), ascii("sensor_type")},
                            {ascii("hardware_type"), ascii("hardware_type")},
                            {ascii("firmware_version"), ascii("firmware_version")},
                            {ascii("created_at"), ascii("created_at")},
                            {ascii("updated_at"), ascii("updated_at")},
                            {ascii("building_ids"), ascii("location/building_ids")},
                            {ascii("floor_ids"), ascii("location/floor_ids")},
                            {ascii("space_ids"), ascii("location/space_ids")}});
}

Rendered render(const QList<SensorHealth> &health) {
    return listOf(health, {{ascii("serial_number"), ascii("serial_number")},
                           {ascii("health_status"), ascii("health_status")},
                           {ascii("last_status_change"), ascii("last_status_change")}});
}

Rendered render(const HealthHistory &history) {
    QJsonObject json;
    for (auto sensor = history.begin(); sensor != history.end(); ++sensor)
        json.insert(sensor.key(), arrayOf(sensor.value()));
    return {json, tableFromMapOfLists(json, ascii("serial_number"),
                                      {{ascii("timestamp"), ascii("timestamp")},
                                       {ascii("health_status"), ascii("health_status")}})};
}

Rendered render(const User &user) {
    return one(user, userColumns());
}

Rendered render(const QList<User> &users) {
    return listOf(users, userColumns());
}

Rendered render(const StatusMessage &status) {
    return {QJsonObject{{ascii("code"), status.code}, {ascii("message"), status.message}},
            CsvTable{{ascii("code"), ascii("message")},
                     {{QString::number(status.code), status.message}}}};
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
    table.header = QStringList{ascii("space_id"), ascii("bucket")} + present;
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
    CsvTable table{
        {ascii("space_id"), ascii("start_time"), ascii("end_time"), ascii("session_type")}, {}};
    for (auto space = sessions.begin(); space != sessions.end(); ++space) {
        for (const RawSession &session : space.value())
            table.rows.append(
                {space.key(), session.startTime, session.endTime, session.sessionType});
    }
    return {sessionsToJson(sessions), table};
}

Rendered render(const CurrentCounts &counts) {
    const QJsonObject json = objectOf(counts);
    return {json, tableFromMap(json, ascii("space_id"),
                               {{ascii("count"), ascii("count")},
                                {ascii("space_health_status"), ascii("space_health_status")},
                                {ascii("timestamp"), ascii("timestamp")},
                                {ascii("counting_mode"), ascii("counting_mode")},
                                {ascii("is_capped"), ascii("is_capped")},
                                {ascii("capped_count_limit"), ascii("capped_count_limit")}})};
}

Rendered render(const PresenceBySpace &presence) {
    QJsonObject json;
    for (auto space = presence.begin(); space != presence.end(); ++space)
        json.insert(space.key(), space.value());
    return {json, tableFromMap(json, ascii("space_id"), {{ascii("presence"), QString()}})};
}

Rendered render(const HealthPresenceBySpace &presence) {
    const QJsonObject json = objectOf(presence);
    return {json, tableFromMap(json, ascii("space_id"),
                               {{ascii("presence"), ascii("presence")},
                                {ascii("space_health_status"), ascii("space_health_status")},
                                {ascii("timestamp"), ascii("timestamp")},
                                {ascii("counting_mode"), ascii("counting_mode")}})};
}

Rendered render(const ShortTermPresenceBySpace &presence) {
    QJsonObject json;
    for (auto space = presence.begin(); space != presence.end(); ++space) {
        QJsonArray points;
        for (const PresencePoint &point : space.value())
            points.append(QJsonObject{{ascii("timestamp"), point.timestamp},
                                      {ascii("presence"), point.presence}});
        json.insert(space.key(), points);
    }
    return {json, tableFromMapOfLists(json, ascii("space_id"),
                                      {{ascii("timestamp"), ascii("timestamp")},
                                       {ascii("presence"), ascii("presence")}})};
}

Rendered render(const QList<DataStatusWindow> &windows, const TimeRange &requested) {
    QJsonArray json;
    CsvTable table{{ascii("start_date"), ascii("end_date"), ascii("floor_id"), ascii("completion")},
                   {}};
    for (const DataStatusWindow &window : windows) {
        const QString start = requested.format(window.start);
        const QString end = requested.format(window.end);
        QJsonObject floors;
        for (auto floor = window.completionByFloor.begin(); floor != window.completionByFloor.end();
             ++floor) {
            floors.insert(floor.key(), floor.value());
            table.rows.append({start, end, floor.key(), csvCell(floor.value())});
        }
        json.append(QJsonObject{
            {ascii("start_date"), start}, {ascii("end_date"), end}, {ascii("completion"), floors}});
    }
    return {json, table};
}

} // namespace Density::Cli
