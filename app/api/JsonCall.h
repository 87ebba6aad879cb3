#pragma once

#include "api/RequestCall.h"
#include "api/Result.h"
#include "common/Guarded.h"

#include <QJsonDocument>

#include <functional>
#include <optional>

namespace wabadesk::api {

class ApiClient;

// The building blocks of a JSON API call over RequestCall, shared by ApiClient (the channel API) and the Partner API
// client: parse a response into a typed Result, run a one-step call, refuse a call before sending.

template <typename T>
using Parser = std::function<std::optional<T>(const QJsonDocument&)>;

// The response as a typed value, or the transport/HTTP error, or MalformedResponse when the body is not JSON or
// `parse` rejects its shape.
template <typename T>
Result<T> toResult(const RequestCall::Response& response, const Parser<T>& parse)
{
    if (response.error.isError())
        return Result<T>::failure(response.error, response.body);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<T>::failure(
            ApiError::malformed(response.httpStatus, QStringLiteral("The response is not JSON (%1 at byte %2)")
                                                         .arg(parseError.errorString())
                                                         .arg(parseError.offset)),
            response.body);
    std::optional<T> value = parse(doc);
    if (!value)
        return Result<T>::failure(
            ApiError::malformed(response.httpStatus, QStringLiteral("The response does not have the documented shape")),
            response.body);
    return Result<T>::success(std::move(*value), response.body);
}

// A one-step JSON call.
template <typename T>
ApiCall* jsonCall(ApiClient* client, RequestCall::Spec spec, QObject* context, Callback<T> done, Parser<T> parse)
{
    auto deliver = guarded(context, std::move(done));
    auto* call = new RequestCall(client, std::move(spec), [deliver, parse](RequestCall* c, const auto& response) {
        const Result<T> result = toResult(response, parse);
        c->finish([&] { deliver(result); });
    });
    call->start();
    return call;
}

// A call refused before sending: it still ends asynchronously, exactly once.
template <typename T>
ApiCall* refused(ApiClient* client, QObject* context, Callback<T> done, const ApiError& error)
{
    auto deliver = guarded(context, std::move(done));
    auto* call = new RequestCall(client, {}, [deliver](RequestCall* c, const RequestCall::Response& response) {
        c->finish([&] { deliver(Result<T>::failure(response.error)); });
    });
    call->failLater(error);
    return call;
}

} // namespace wabadesk::api
