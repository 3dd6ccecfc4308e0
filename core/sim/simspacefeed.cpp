#include "simspacefeed.h"

#include "simjsonwriter.h"
#include "simstore.h"
#include "simtime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Density::Sim {

namespace {
constexpr int kWaffleCap = 3; //!< REFERENCE §12 item 9: Waffle counts read "3+"
} // namespace

SimSpaceFeed::SimSpaceFeed(const SimStore &store, Kind kind, QVector<int> spaces)
    : m_store(store)
    , m_kind(kind)
    , m_spaces(std::move(spaces)) {}

QVector<int> SimSpaceFeed::presenceSpaces(const SimPortfolio &portfolio, int floor) {
    QVector<int> out;
    const QVector<int> below = portfolio.descendants(floor);
    for (int space : below) {
        const SimSpace &s = portfolio.spaces[size_t(space)];
        if (s.hasOwnData() && (s.mode == CountingMode::Oa || s.mode == CountingMode::Waffle))
            out.append(space);
    }
    return out;
}

QVector<int> SimSpaceFeed::countSpaces(const SimPortfolio &portfolio, int space) {
    QVector<int> candidates = portfolio.descendants(space);
    candidates.prepend(space);
    QVector<int> out;
    for (int candidate : std::as_const(candidates)) {
        const SimSpace &s = portfolio.spaces[size_t(candidate)];
        if (s.hasOwnData() && (s.mode == CountingMode::Entry || s.mode == CountingMode::Waffle))
            out.append(candidate);
    }
    return out;
}

SimSpaceFeed::Shown SimSpaceFeed::sample(int space, qint64 t) const {
    const SimLiveValue v = m_store.occupancy().liveValue(space, t);
    Shown shown;
    shown.health = v.health;
    if (m_kind == Kind::Presence) {
        // Same rule as presence-health: occupied means an online sensor sees someone.
        shown.value = v.online && v.count > 0 ? 1 : 0;
    } else {
        const bool waffle = m_store.portfolio().spaces[size_t(space)].mode == CountingMode::Waffle;
        shown.value = waffle ? std::min(v.count, kWaffleCap) : v.count;
    }
    return shown;
}

QByteArray SimSpaceFeed::frame(const char *updateType, const QVector<int> &spaces,
                               const QVector<Shown> &values, qint64 t) const {
    const SimPortfolio &p = m_store.portfolio();
    const QString timestamp = formatUtc(t);
    SimJsonWriter w;
    w.beginObject();
    w.key("update_type"_L1).value(QLatin1String(updateType));
    w.key("data"_L1);
    w.beginObject();
    for (qsizetype i = 0; i < spaces.size(); ++i) {
        const SimSpace &s = p.spaces[size_t(spaces[i])];
        w.key(s.id);
        w.beginObject();
        w.key("timestamp"_L1).value(timestamp);
        if (m_kind == Kind::Presence)
            w.key("presence"_L1).value(values[i].value > 0);
        else
            w.key("occupancy"_L1).value(values[i].value);
        w.key("counting_mode"_L1).value(countingModeName(s.mode));
        w.key("space_health_status"_L1).value(spaceHealthName(values[i].health));
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return w.take();
}

QByteArray SimSpaceFeed::refresh(qint64 t) {
    QVector<Shown> values;
    values.reserve(m_spaces.size());
    for (int space : std::as_const(m_spaces)) {
        values.append(sample(space, t));
        m_shown.insert(space, values.last());
    }
    return frame("refresh", m_spaces, values, t);
}

QList<QByteArray> SimSpaceFeed::advance(qint64 t) {
    QVector<int> changed;
    QVector<Shown> values;
    for (int space : std::as_const(m_spaces)) {
        const Shown now = sample(space, t);
        auto it = m_shown.find(space);
        if (it != m_shown.end() && !(*it != now))
            continue;
        m_shown.insert(space, now);
        changed.append(space);
        values.append(now);
    }
    if (changed.isEmpty())
        return {};
    return {frame("live", changed, values, t)};
}

} // namespace Density::Sim
