#include "simrouter.h"

namespace Density::Sim {

void SimRouter::add(QList<QByteArray> methods, const QString &pattern, SimAccess access,
                    SimHandler handler) {
    m_routes.append(SimRoute{std::move(methods), pattern, access, std::move(handler)});
}

SimRouter::Match SimRouter::match(const QByteArray &method, const QString &path) const {
    Match result;
    QString normalized = path;
    while (normalized.size() > 1 && normalized.endsWith(u'/'))
        normalized.chop(1);
    const QStringList parts = normalized.split(u'/');
    for (const SimRoute &route : m_routes) {
        const QStringList pattern = route.pattern.split(u'/');
        if (pattern.size() != parts.size())
            continue;
        QStringList args;
        bool ok = true;
        for (qsizetype i = 0; i < pattern.size() && ok; ++i) {
            if (pattern[i].startsWith(u'{'))
                ok = !parts[i].isEmpty() && (args.append(parts[i]), true);
            else
                ok = pattern[i] == parts[i];
        }
        if (!ok)
            continue;
        // First match in table order wins; the table lists no overlapping patterns.
        if (!route.methods.contains(method)) {
            result.pathKnown = true;
            continue;
        }
        result.route = &route;
        result.args = args;
        return result;
    }
    return result;
}

} // namespace Density::Sim
