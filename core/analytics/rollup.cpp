#include "rollup.h"

#include "bucketkey.h"
#include "metricrules.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>

namespace Density::Rollups {

namespace {

//! Sums a field over the spaces that have a value; null if none has one but some sent null.
template <typename T>
struct Accumulator {
    T total{};
    bool anyValue = false;
    bool anyNull = false;

    void add(const Nullable<T> &value) {
        if (value.hasValue()) {
            total = anyValue ? total + value.value() : value.value();
            anyValue = true;
        } else if (value.isNull()) {
            anyNull = true;
        }
    }
    void maximum(const Nullable<T> &value) {
        if (value.hasValue()) {
            total = anyValue ? std::max(total, value.value()) : value.value();
            anyValue = true;
        } else if (value.isNull()) {
            anyNull = true;
        }
    }
    Nullable<T> result() const {
        if (anyValue)
            return total;
        return anyNull ? Nullable<T>::null() : Nullable<T>();
    }
};

struct Group {
    QString key;
    QList<const MetricBucket *> buckets;
    QList<bool> hasCapacity; //!< per bucket: its space counts towards utilization
};

//! Buckets are matched by the instant they start, so two zones' keys for the same hour meet;
//! index keys and `total` keys match by text.
QString matchKey(const QString &key) {
    if (BucketKey::index(key))
        return key;
    if (const auto start = BucketKey::start(key))
        return QString::number(start->toMSecsSinceEpoch());
    return key;
}

MetricBucket combine(const Group &group, const Rollup &rollup, qint64 *upperBoundMs) {
    MetricBucket out;
    out.key = group.key;
    Accumulator<double> avg;
    Accumulator<qint64> max;
    Accumulator<qint64> min;
    Accumulator<qint64> used;
    Accumulator<qint64> usedSum;
    Accumulator<double> usedShare;
    Accumulator<qint64> entrances;
    Accumulator<qint64> exits;
    Accumulator<double> upTime;
    int upTimeCount = 0;
    double capacityAvg = 0;
    double capacityMax = 0;
    bool anyCapacityValue = false;
    bool anyCapped = false;
    bool anyCappedValue = false;
    qint64 bucketMs = 0;

    for (qsizetype i = 0; i < group.buckets.size(); ++i) {
        const MetricBucket &b = *group.buckets.at(i);
        avg.add(b.occupancyAvg);
        max.add(b.occupancyMax);
        min.add(b.occupancyMin);
        used.maximum(b.timeUsedRaw);
        usedSum.add(b.timeUsedRaw);
        usedShare.maximum(b.timeUsedPercentage);
        entrances.add(b.entrances);
        exits.add(b.exits);
        upTime.add(b.upTime);
        upTimeCount += b.upTime.hasValue() ? 1 : 0;
        if (b.isCapped.hasValue()) {
            anyCappedValue = true;
            anyCapped = anyCapped || b.isCapped.value();
        }
        if (group.hasCapacity.at(i) && b.occupancyAvg.hasValue()) {
            capacityAvg += b.occupancyAvg.value();
            capacityMax += double(b.occupancyMax.valueOr(0));
            anyCapacityValue = true;
        }
        if (b.timeUsedRaw.hasValue() && b.timeUsedRaw.value() > 0 &&
            b.timeUsedPercentage.hasValue() && b.timeUsedPercentage.value() > 0)
            bucketMs = std::llround(double(b.timeUsedRaw.value()) / b.timeUsedPercentage.value());
    }

    out.occupancyAvg = avg.result();
    out.occupancyMax = max.result();
    out.occupancyMin = min.result();
    out.timeUsedRaw = used.result();
    out.timeUsedPercentage = usedShare.result();
    out.entrances = entrances.result();
    out.exits = exits.result();
    if (upTimeCount > 0)
        out.upTime = upTime.total / upTimeCount;
    else
        out.upTime = upTime.result();
    // A sum of peaks is an upper bound, so "N+" (at least N) would contradict it: the parent
    // is never marked capped; the note names the capped spaces instead (Rollup::cappedIds).
    if (anyCappedValue) {
        out.isCapped = false;
        out.cappedCountLimit = Nullable<qint64>::null();
    }
    if (rollup.utilizationBasis == Rollup::UtilizationBasis::None || !anyCapacityValue) {
        out.utilizationAvg = Nullable<double>::null();
        out.utilizationMax = Nullable<double>::null();
    } else {
        out.utilizationAvg = capacityAvg / double(rollup.utilizationCapacity);
        out.utilizationMax = capacityMax / double(rollup.utilizationCapacity);
    }
    if (usedSum.anyValue)
        *upperBoundMs = bucketMs > 0 ? std::min(usedSum.total, bucketMs) : usedSum.total;
    return out;
}

} // namespace

bool needsRollup(const QString &parentId, const MetricsBySpace &rows) {
    if (rows.contains(parentId))
        return false;
    return !rows.isEmpty();
}

Rollup rollUp(const QString &parentId, const MetricsBySpace &rows, const QList<Space> &spaces) {
    Rollup rollup;
    rollup.parentId = parentId;
    if (rows.contains(parentId)) {
        rollup.series = BucketKey::chronological(rows.value(parentId));
        return rollup;
    }

    QHash<QString, QString> parentOf;
    QHash<QString, const Space *> byId;
    for (const Space &space : spaces) {
        byId.insert(space.id, &space);
        for (const QString &child : space.childrenIds)
            parentOf.insert(child, space.id);
    }
    const bool knowsParent = byId.contains(parentId);
    //! The chain of ancestors strictly between `id` and the parent; nullopt if not below it.
    const auto ancestorsBelowParent = [&](const QString &id) -> std::optional<QStringList> {
        QStringList chain;
        QString current = parentOf.value(id);
        for (int depth = 0; depth < 64 && !current.isEmpty(); ++depth) {
            if (current == parentId)
                return chain;
            chain.append(current);
            current = parentOf.value(current);
        }
        if (!knowsParent)
            return QStringList();
        return std::nullopt;
    };

    for (auto row = rows.begin(); row != rows.end(); ++row) {
        const auto ancestors = ancestorsBelowParent(row.key());
        if (!ancestors)
            continue; // another requested space's row
        const bool nested = std::any_of(ancestors->begin(), ancestors->end(),
                                        [&rows](const QString &a) { return rows.contains(a); });
        if (nested)
            rollup.nestedIds.append(row.key());
        else
            rollup.combinedIds.append(row.key());
    }
    rollup.rolledUp = !rollup.combinedIds.isEmpty();
    for (const QString &id : std::as_const(rollup.combinedIds)) {
        const MetricSeries series = rows.value(id);
        if (std::any_of(series.begin(), series.end(),
                        [](const MetricBucket &b) { return b.isCapped.valueOr(false); }))
            rollup.cappedIds.append(id);
    }

    // Utilization: which spaces count, and what we divide by.
    QSet<QString> withCapacity;
    qint64 capacitySum = 0;
    for (const QString &id : std::as_const(rollup.combinedIds)) {
        const Space *space = byId.value(id);
        if (space && MetricRules::hasCapacity(space->capacity)) {
            withCapacity.insert(id);
            capacitySum += space->capacity.value();
        } else {
            rollup.withoutCapacityIds.append(id);
        }
    }
    const Space *parent = byId.value(parentId);
    if (withCapacity.isEmpty()) {
        rollup.utilizationBasis = Rollup::UtilizationBasis::None;
    } else if (parent && MetricRules::hasCapacity(parent->capacity)) {
        rollup.utilizationBasis = Rollup::UtilizationBasis::ParentCapacity;
        rollup.utilizationCapacity = parent->capacity.value();
    } else {
        rollup.utilizationBasis = Rollup::UtilizationBasis::SpaceCapacities;
        rollup.utilizationCapacity = capacitySum;
    }

    // Group the buckets of every combined row by the instant they start, in time order.
    std::map<std::pair<int, qint64>, Group> ordered; // (kind, order) -> group
    QHash<QString, std::pair<int, qint64>> slot;     // match key -> ordered key
    qint64 textOrder = 0;
    for (const QString &id : std::as_const(rollup.combinedIds)) {
        const bool counts = withCapacity.contains(id);
        const MetricSeries &series = *rows.constFind(id); // a reference: groups keep pointers
        for (const MetricBucket &bucket : series) {
            const QString match = matchKey(bucket.key);
            auto found = slot.find(match);
            if (found == slot.end()) {
                std::pair<int, qint64> position{2, textOrder++};
                if (const auto i = BucketKey::index(bucket.key))
                    position = {1, *i};
                else if (const auto start = BucketKey::start(bucket.key))
                    position = {0, start->toMSecsSinceEpoch()};
                found = slot.insert(match, position);
                ordered[position].key = bucket.key;
            }
            Group &group = ordered[found.value()];
            group.buckets.append(&bucket);
            group.hasCapacity.append(counts);
        }
    }
    for (const auto &[position, group] : ordered) {
        qint64 upper = -1;
        rollup.series.append(combine(group, rollup, &upper));
        if (upper >= 0)
            rollup.timeUsedUpperBoundMs.insert(group.key, upper);
    }
    return rollup;
}

} // namespace Density::Rollups

namespace Density {

QString Rollup::note() const {
    if (!rolledUp)
        return {};
    QString text = QCoreApplication::translate(
                       "Density::Rollup",
                       "Rolled up on this computer from its spaces' rows (combined: %1). "
                       "Occupancy is their sum, the peak an upper bound (each space's own peak "
                       "added up) and time used a lower bound (the busiest space).")
                       .arg(combinedIds.size());
    if (!withoutCapacityIds.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate(
                                       "Density::Rollup", "Spaces without a capacity left out of "
                                                          "utilization: %1.")
                                       .arg(withoutCapacityIds.size());
    if (!cappedIds.isEmpty())
        text += QLatin1Char(' ') +
                QCoreApplication::translate(
                    "Density::Rollup",
                    "%n space(s) reached their sensor's count cap (3+), so their real counts "
                    "may be higher than the sum shows.",
                    nullptr, int(cappedIds.size()));
    if (utilizationBasis == UtilizationBasis::None)
        text += QLatin1Char(' ') +
                QCoreApplication::translate(
                    "Density::Rollup", "No space has a capacity set, so there is no utilization.");
    return text;
}

} // namespace Density
