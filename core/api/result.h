#pragma once

#include "apierror.h"

#include <functional>
#include <variant>

namespace Density {

//! A decoded value or the ApiError explaining why there is none.
template <typename T>
class Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(ApiError error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

//! Results are delivered on the thread of the client, once, unless the request was aborted
//! or the context object passed with the call was destroyed first.
template <typename T>
using Handler = std::function<void(const Result<T> &)>;

//! For calls whose success carries no data.
struct Done {};

} // namespace Density
