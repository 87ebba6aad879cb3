#pragma once

#include "api/Result.h"

#include <QEventLoop>

#include <optional>

namespace wabadesk::cli {

// Runs one asynchronous call to completion on a local event loop: `start(context, done)` starts it; the result is
// returned once `done` ran. The CLI's way of doing one thing after another.
template <typename T, typename Start>
api::Result<T> waitFor(Start start)
{
    QEventLoop loop;
    std::optional<api::Result<T>> result;
    start(&loop, [&](const api::Result<T>& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace wabadesk::cli
