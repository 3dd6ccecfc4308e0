#include "simoptions.h"

using namespace Qt::StringLiterals;

namespace Density::Sim {

bool FaultOptions::isActive() const {
    return latencyMs > 0 || errorRate > 0 || malformedRate > 0 || rate429Storm > 0 ||
           wsDropAfter > 0 || wsSilentAfter > 0 || wsMalformedRate > 0 || wsRefuseSeconds > 0 ||
           ghostTimeUsed;
}

std::optional<FaultOptions> FaultOptions::parse(const QString &spec, QString *error) {
    FaultOptions result;
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty() || trimmed == "none"_L1)
        return result;

    const auto fail = [error](const QString &message) -> std::optional<FaultOptions> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QStringList parts = trimmed.split(u',', Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        // A switch may be given bare: "ghost-time" reads as "ghost-time=1".
        const QString part = rawPart.trimmed() == "ghost-time"_L1 ? u"ghost-time=1"_s : rawPart;
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return fail(u"fault \"%1\" is not key=value"_s.arg(part));
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || number < 0)
            return fail(u"fault \"%1\" needs a non-negative number"_s.arg(key));
        const bool isRate = key == "errors"_L1 || key == "malformed"_L1 || key == "ws-malformed"_L1;
        if (isRate && number > 1)
            return fail(u"fault \"%1\" is a rate between 0 and 1"_s.arg(key));
        if (key == "latency"_L1) {
            result.latencyMs = int(number);
        } else if (key == "errors"_L1) {
            result.errorRate = number;
        } else if (key == "malformed"_L1) {
            result.malformedRate = number;
        } else if (key == "storm429"_L1) {
            result.rate429Storm = number;
        } else if (key == "ws-drop"_L1) {
            result.wsDropAfter = number;
        } else if (key == "ws-silent"_L1) {
            result.wsSilentAfter = number;
        } else if (key == "ws-malformed"_L1) {
            result.wsMalformedRate = number;
        } else if (key == "ws-refuse"_L1) {
            result.wsRefuseSeconds = number;
        } else if (key == "ghost-time"_L1) {
            if (number != 0 && number != 1)
                return fail(u"fault \"ghost-time\" is a switch: ghost-time, ghost-time=1 or "
                            "ghost-time=0"_s);
            result.ghostTimeUsed = number == 1;
        } else {
            return fail(u"unknown fault \"%1\" (use latency, errors, malformed, storm429, "
                        "ws-drop, ws-silent, ws-malformed, ws-refuse, ghost-time)"_s.arg(key));
        }
    }
    return result;
}

QString FaultOptions::toString() const {
    return u"latency=%1,errors=%2,malformed=%3,storm429=%4,ws-drop=%5,ws-silent=%6,"
           "ws-malformed=%7,ws-refuse=%8,ghost-time=%9"_s.arg(latencyMs)
               .arg(errorRate)
               .arg(malformedRate)
               .arg(rate429Storm)
               .arg(wsDropAfter)
               .arg(wsSilentAfter)
               .arg(wsMalformedRate)
               .arg(wsRefuseSeconds)
               .arg(ghostTimeUsed ? 1 : 0);
}

} // namespace Density::Sim
