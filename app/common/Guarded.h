#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace wabadesk {

// Wraps a completion callback so that it is not run when `context` (if one was given) has been destroyed in the
// meantime, nor when the callback is empty: the rule every asynchronous call in WabaDesk follows.
template <typename... Args>
std::function<void(Args...)> guarded(QObject* context, std::function<void(Args...)> done)
{
    return [guard = QPointer<QObject>(context), hasContext = context != nullptr, done = std::move(done)](Args... args) {
        if ((hasContext && !guard) || !done)
            return;
        done(std::forward<Args>(args)...);
    };
}

} // namespace wabadesk
