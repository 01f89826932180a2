#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace fleetscope {

// What went wrong, in words a person can act on: what failed, and what to do about it.
struct Error
{
    QString message;
};

// An expected-style result: either a value or an Error, never both. Errors are values here;
// nothing in the core signals failure with a bool and an out-parameter or with exceptions.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }
    const QString &errorMessage() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing on success.
struct Done
{
};
using Status = Result<Done>;

} // namespace fleetscope
