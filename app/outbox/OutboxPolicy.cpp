#include "outbox/OutboxPolicy.h"

#include "api/ApiError.h"
#include "api/ErrorExplanations.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace wabadesk::outbox {

namespace {

constexpr qsizetype kMaxErrorText = 400;

// Codes that say "this channel is sending too fast": every conversation of the channel waits (§8.1, §7.2).
bool isChannelThrottle(const api::ApiError& error)
{
    if (error.code == 4 || error.code == 80007 || error.code == 130429)
        return true;
    return error.code == 0 && error.httpStatus == 429;
}

std::chrono::milliseconds capped(double ms, const OutboxPolicy& policy)
{
    const double cap = static_cast<double>(policy.maxBackoff.count());
    return std::chrono::milliseconds(static_cast<qint64>(std::clamp(ms, 0.0, cap)));
}

} // namespace

QString outboxErrorText(const api::ApiError& error)
{
    QString prefix;
    if (error.code != 0)
        prefix = QString::number(error.code);
    else if (error.httpStatus != 0)
        prefix = QStringLiteral("HTTP %1").arg(error.httpStatus);
    else
        prefix = api::ApiError::kindName(error.kind);

    QString text;
    if (error.kind == api::ApiError::Kind::Validation && !error.problems.isEmpty())
        text = error.problems.join(QStringLiteral("; "));
    else if (const api::ErrorExplanation* e = error.explanation())
        text = QCoreApplication::translate("ErrorExplanations", e->title);
    else
        text = api::translatedExplanation(error);
    if (!error.details.isEmpty() && !error.retryable)
        text += QStringLiteral(" (%1)").arg(error.details);
    QString out = prefix + QStringLiteral(": ") + text;
    if (out.size() > kMaxErrorText)
        out = out.left(kMaxErrorText - 1) + QChar(0x2026);
    return out;
}

int outboxErrorCode(const QString& errorText)
{
    static const QRegularExpression leading(QStringLiteral("^(\\d+):"));
    const QRegularExpressionMatch m = leading.match(errorText);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

std::chrono::milliseconds backoffDelay(const OutboxPolicy& policy, int attempts, double jitterUnit)
{
    const int exponent = std::clamp(attempts - 1, 0, 30);
    const double base = static_cast<double>(policy.baseBackoff.count()) * std::pow(2.0, exponent);
    const double cappedBase = std::min(base, static_cast<double>(policy.maxBackoff.count()));
    const double factor = 1.0 + policy.jitter * (2.0 * std::clamp(jitterUnit, 0.0, 1.0) - 1.0);
    return capped(cappedBase * factor, policy);
}

FailureDecision decideFailure(const api::ApiError& error, int attempts, const OutboxPolicy& policy,
                              const QDateTime& now, double jitterUnit)
{
    FailureDecision d;
    d.errorText = outboxErrorText(error);
    if (error.code == 131047) {
        // Never retry free-form outside the window (§7.2, §8.4): the composer switches to templates.
        d.permanent = true;
        d.closesWindow = true;
        return d;
    }
    // Code 1 "API Unknown": check the request, at most one retry (§7.2).
    const bool retryable = error.retryable && !(error.code == 1 && attempts >= 2);
    if (!retryable) {
        d.permanent = true;
        return d;
    }
    if (attempts >= policy.maxAttempts) {
        d.permanent = true;
        d.errorText += QCoreApplication::translate("wabadesk::outbox::OutboxSender", " — gave up after %n attempt(s)",
                                                   nullptr, attempts);
        return d;
    }

    std::chrono::milliseconds delay;
    if (error.code == 131049) {
        // The per-user marketing limit: not again for 24 hours, then with growing pauses (UPDATES-2026.md §8). Not
        // capped by maxBackoff, and a Retry-After cannot make it sooner.
        constexpr qint64 kDayMs = 24LL * 3600 * 1000;
        d.retryAt = now.addMSecs(kDayMs * qint64(std::pow(2.0, std::clamp(attempts - 1, 0, 4))));
        return d;
    }
    if (error.code == 131056) {
        // Pair rate limit: 4^X seconds per failed attempt (§8.2); other customers are not affected.
        const double units = std::pow(4.0, std::clamp(attempts - 1, 0, 15));
        delay = capped(units * static_cast<double>(policy.pairBackoffUnit.count()), policy);
    } else {
        delay = backoffDelay(policy, attempts, jitterUnit);
    }
    if (error.retryAfterSeconds >= 0) // the server said when (RFC 9110 §10.2.3): that wins over our guess
        delay = std::chrono::milliseconds(qint64(error.retryAfterSeconds) * 1000);
    d.retryAt = now.addMSecs(delay.count());
    if (isChannelThrottle(error))
        d.channelPausedUntil = d.retryAt;
    return d;
}

} // namespace wabadesk::outbox
