#include "simstore.h"

#include "simportfoliogenerator.h"

#include <QSet>

namespace Density::Sim {

namespace {
qint64 initialNow(const SimOptions &options) {
    if (options.followWallClock || !options.now.isValid())
        return QDateTime::currentMSecsSinceEpoch();
    return options.now.toMSecsSinceEpoch();
}
} // namespace

SimStore::SimStore(const SimOptions &options)
    : m_options(options)
    , m_fixedNow(initialNow(options))
    , m_referenceNow(m_fixedNow)
    , m_portfolio(SimPortfolioGenerator::generate(options, m_fixedNow))
    , m_live(std::make_unique<SimLiveLayer>(m_portfolio, options.seed))
    , m_health(std::make_unique<SimSensorHealth>(m_portfolio, options.seed, m_live.get()))
    , m_occupancy(
          std::make_unique<SimOccupancy>(m_portfolio, *m_health, options.seed, m_live.get())) {
    m_live->setStart(m_referenceNow);
    m_live->setRate(options.liveRate);
}

qint64 SimStore::now() const {
    if (m_options.followWallClock)
        return QDateTime::currentMSecsSinceEpoch();
    return m_fixedNow;
}

void SimStore::setNow(const QDateTime &now) {
    m_options.followWallClock = false;
    m_options.now = now;
    m_fixedNow = now.toMSecsSinceEpoch();
}

QVector<int> SimStore::analyticsSpaces(const QVector<int> &requested) const {
    QVector<int> result;
    if (requested.isEmpty()) {
        for (size_t i = 0; i < m_portfolio.spaces.size(); ++i) {
            if (m_portfolio.spaces[i].hasOwnData())
                result.append(int(i));
        }
        return result;
    }
    QSet<int> seen;
    const auto add = [&](int space) {
        if (!seen.contains(space)) {
            seen.insert(space);
            result.append(space);
        }
    };
    for (int space : requested) {
        if (m_options.includeParentRows || m_portfolio.spaces[size_t(space)].hasOwnData())
            add(space);
        const QVector<int> below = m_portfolio.descendants(space);
        for (int d : below) {
            if (m_portfolio.spaces[size_t(d)].hasOwnData())
                add(d);
        }
    }
    return result;
}

} // namespace Density::Sim
