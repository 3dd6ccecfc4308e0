#pragma once

#include "simportfolio.h"

#include <QVector>

namespace Density::Sim {

//! Count from `minute` (of the local wall-clock day) until the next change.
struct SimChange {
    int minute = 0;
    int count = 0;
};

//! One local day of a space's own people count, as change points on a per-minute grid
//! (piecewise constant; the first change is at minute 0). Pure function of (seed, space key,
//! local Julian day, weekday): meeting rooms get bursty 30/60/90-minute meetings, desks long
//! sessions with lunch and coffee breaks, phone booths 4-25 minute calls, open areas, lounges,
//! cafes and gyms a count redrawn every 10 minutes following the hour of day. Busy Tue-Thu
//! 9-17, lighter Mon/Fri, nearly empty weekends and nights. Waffle counts are clipped at 3.
//! Cost: O(1440) per call (a minute array, then compression), about a microsecond.
class SimDayPattern {
public:
    static QVector<SimChange> generate(const SimSpace &space, quint64 seed, qint64 julianDay,
                                       int weekday);

    //! 0..1 activity for weekday 0=Sunday and hour 0..23.
    static double activity(int weekday, int hour);
};

} // namespace Density::Sim
