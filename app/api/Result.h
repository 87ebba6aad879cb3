#pragma once

#include "api/ApiError.h"

#include <QByteArray>

#include <functional>
#include <optional>
#include <utility>

namespace wabadesk::api {

// The outcome of one API call: a typed value or an ApiError, plus the raw response body (for `--json`).
template <typename T>
class Result {
public:
    static Result success(T value, QByteArray raw = {})
    {
        Result r;
        r.m_value = std::move(value);
        r.m_raw = std::move(raw);
        return r;
    }
    static Result failure(ApiError error, QByteArray raw = {})
    {
        Result r;
        r.m_error = std::move(error);
        r.m_raw = std::move(raw);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    const ApiError& error() const { return m_error; }
    const QByteArray& rawBody() const { return m_raw; }

private:
    std::optional<T> m_value;
    ApiError m_error;
    QByteArray m_raw;
};

template <typename T>
using Callback = std::function<void(const Result<T>&)>;

} // namespace wabadesk::api
