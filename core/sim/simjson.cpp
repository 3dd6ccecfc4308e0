#include "simjson.h"

#include "simjsonwriter.h"
#include "simstore.h"

using namespace Qt::StringLiterals;

namespace Density::Sim::SimJson {

namespace {
QString idOf(const SimStore &store, int space) {
    return store.portfolio().spaces[size_t(space)].id;
}
} // namespace

void writeSpace(SimJsonWriter &w, const SimStore &store, int index) {
    const SimPortfolio &p = store.portfolio();
    const SimSpace &s = p.spaces[size_t(index)];
    w.beginObject();
    w.key("id"_L1).value(s.id);
    w.key("name"_L1).value(s.name);
    w.key("space_type"_L1).value(spaceTypeName(s.type));
    w.key("function"_L1).nullableString(s.function.isEmpty() ? QString() : s.function);
    w.key("capacity"_L1).nullableInt(s.capacity);
    w.key("children_ids"_L1);
    w.beginArray();
    for (int child : s.children)
        w.value(idOf(store, child));
    w.endArray();
    const QString mode = countingModeName(s.mode);
    w.key("counting_mode"_L1).nullableString(mode.isEmpty() ? QString() : mode);
    if (!s.dailyReset.isEmpty())
        w.key("daily_reset"_L1).value(s.dailyReset);
    if (!s.goLiveDateUtc.isEmpty())
        w.key("go_live_date_utc"_L1).value(s.goLiveDateUtc);
    w.key("status"_L1).value(s.planning ? "planning"_L1 : "live"_L1);
    w.key("time_zone"_L1).value(p.zones.zone(s.zone).id());
    if (!s.address.isEmpty())
        w.key("address"_L1).value(s.address);
    w.key("binary_occupancy"_L1).value(s.binaryOccupancy);
    w.key("cost_per_sqft"_L1).value(s.costPerSqft);
    if (s.sizeArea > 0)
        w.key("size_area"_L1).value(s.sizeArea);
    if (!s.iwmsId.isEmpty())
        w.key("iwms_id"_L1).value(s.iwmsId);
    w.key("labels"_L1);
    w.beginArray();
    for (int label : s.labels)
        writeLabel(w, store, label, false);
    w.endArray();
    w.endObject();
}

LabelIndex labelIndex(const SimStore &store) {
    LabelIndex index;
    const auto &spaces = store.portfolio().spaces;
    const qint64 now = store.now();
    for (size_t i = 0; i < spaces.size(); ++i) {
        if (spaces[i].labels.isEmpty())
            continue;
        for (int label : spaces[i].labels)
            index.spaces[label].append(int(i));
        index.counts.insert(int(i), store.occupancy().countAt(int(i), now));
    }
    return index;
}

void writeLabel(SimJsonWriter &w, const SimStore &store, int index, bool withSpaces,
                const LabelIndex *labelIndexIn) {
    const SimPortfolio &p = store.portfolio();
    const SimLabel &label = p.labels[size_t(index)];
    w.beginObject();
    w.key("id"_L1).value(label.id);
    w.key("name"_L1).value(label.name);
    if (label.group >= 0) {
        const SimLabelGroup &group = p.labelGroups[size_t(label.group)];
        w.key("group"_L1);
        w.beginObject();
        w.key("id"_L1).value(group.id);
        w.key("name"_L1).value(group.name);
        w.key("labels"_L1);
        w.beginArray();
        w.endArray();
        w.endObject();
    }
    if (withSpaces) {
        LabelIndex local;
        if (!labelIndexIn) {
            local = labelIndex(store);
            labelIndexIn = &local;
        }
        w.key("spaces"_L1);
        w.beginArray();
        for (int space : labelIndexIn->spaces.value(index)) {
            w.beginObject();
            w.key("id"_L1).value(p.spaces[size_t(space)].id);
            w.key("name"_L1).value(p.spaces[size_t(space)].name);
            w.key("current_count"_L1).value(labelIndexIn->counts.value(space));
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

void writeLabelGroup(SimJsonWriter &w, const SimStore &store, int index) {
    const SimPortfolio &p = store.portfolio();
    const SimLabelGroup &group = p.labelGroups[size_t(index)];
    w.beginObject();
    w.key("id"_L1).value(group.id);
    w.key("name"_L1).value(group.name);
    w.key("labels"_L1);
    w.beginArray();
    for (const SimLabel &label : p.labels) {
        if (label.group != index)
            continue;
        w.beginObject();
        w.key("id"_L1).value(label.id);
        w.key("name"_L1).value(label.name);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeSensor(SimJsonWriter &w, const SimStore &store, int index) {
    const SimSensor &s = store.portfolio().sensors[size_t(index)];
    w.beginObject();
    w.key("serial_number"_L1).value(s.serial);
    w.key("sensor_type"_L1).value(countingModeName(s.type));
    w.key("hardware_type"_L1).value(s.hardwareType);
    w.key("firmware_version"_L1).value(s.firmwareVersion);
    w.key("created_at"_L1).value(s.createdAt);
    w.key("updated_at"_L1).value(s.updatedAt);
    w.key("location"_L1);
    w.beginObject();
    const auto ids = [&](QLatin1String key, const QVector<int> &list) {
        w.key(key);
        w.beginArray();
        for (int space : list)
            w.value(idOf(store, space));
        w.endArray();
    };
    ids("building_ids"_L1, s.buildings);
    ids("floor_ids"_L1, s.floors);
    ids("space_ids"_L1, s.spaces);
    w.endObject();
    w.key("network_addresses"_L1);
    w.beginArray();
    for (const SimNetworkAddress &a : s.networkAddresses) {
        w.beginObject();
        w.key("address"_L1).value(a.address);
        w.key("family"_L1).value(a.family);
        w.key("if"_L1).value(a.ifName);
        w.key("mac"_L1).value(a.mac);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeUser(SimJsonWriter &w, const SimStore &store, int index) {
    const SimUser &u = store.portfolio().users[size_t(index)];
    w.beginObject();
    w.key("id"_L1).value(u.id);
    w.key("email"_L1).value(u.email);
    w.key("full_name"_L1).value(u.fullName);
    w.key("role"_L1).value(u.role);
    w.key("spaces"_L1);
    w.beginArray();
    for (const QString &space : u.spaces)
        w.value(space);
    w.endArray();
    w.key("created_at"_L1).value(u.createdAt);
    w.endObject();
}

void writeDoorway(SimJsonWriter &w, const SimStore &store, int index) {
    const SimPortfolio &p = store.portfolio();
    const SimDoorway &d = p.doorways[size_t(index)];
    w.beginObject();
    w.key("id"_L1).value(d.id);
    w.key("name"_L1).value(d.name);
    w.key("sensor_serial_number"_L1).value(p.sensors[size_t(d.sensor)].serial);
    w.key("created_at"_L1).value(d.createdAt);
    w.key("deleted_at"_L1).null();
    w.key("spaces"_L1);
    w.beginArray();
    for (const SimDoorwaySpace &ds : d.spaces) {
        w.beginObject();
        w.key("id"_L1).value(p.spaces[size_t(ds.space)].id);
        w.key("name"_L1).value(p.spaces[size_t(ds.space)].name);
        w.key("sensor_placement"_L1).value(ds.sensorPlacement);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace Density::Sim::SimJson
