#pragma once

#include <QJsonValue>
#include <utility>

namespace Density {

//! A JSON field that may be missing, explicitly null, or hold a value.
//! The API gives null and "absent" different meanings (utilization null = capacity unset,
//! while a missing field means the endpoint did not report it), so std::optional is not
//! enough: it would collapse the two and we would silently show wrong numbers.
template <typename T>
class Nullable {
public:
    enum class State { Missing, Null, Value };

    Nullable() = default;
    Nullable(T value)
        : m_state(State::Value)
        , m_value(std::move(value)) {}
    static Nullable null() {
        Nullable n;
        n.m_state = State::Null;
        return n;
    }

    State state() const { return m_state; }
    bool isMissing() const { return m_state == State::Missing; }
    bool isNull() const { return m_state == State::Null; }
    bool hasValue() const { return m_state == State::Value; }
    const T &value() const { return m_value; }
    T valueOr(const T &fallback) const { return hasValue() ? m_value : fallback; }

    bool operator==(const Nullable &other) const {
        return m_state == other.m_state && (m_state != State::Value || m_value == other.m_value);
    }
    bool operator!=(const Nullable &other) const { return !(*this == other); }

private:
    State m_state = State::Missing;
    T m_value{};
};

} // namespace Density
