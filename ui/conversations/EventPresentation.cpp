#include "conversations/EventPresentation.h"

#include "common/LocaleFormat.h"
#include "text/EventText.h"

#include <QJsonDocument>
#include <QLocale>

namespace wabadesk::ui {

namespace {

// "19:01 – 19:06" the same day, else with the dates.
QString span(const QDateTime& from, const QDateTime& to)
{
    const QDateTime a = from.toLocalTime();
    const QDateTime b = to.toLocalTime();
    if (a.date() == b.date())
        return MessagePresentation::tr("%1 – %2").arg(shortTime(a.time()), shortTime(b.time()));
    return MessagePresentation::tr("%1 %2 – %3 %4")
        .arg(numericDate(a.date()), shortTime(a.time()), numericDate(b.date()), shortTime(b.time()));
}

void presentCall(const StoredMessage& m, MessagePresentation& p)
{
    if (!m.call) {
        p.icon = MessagePresentation::Icon::Call;
        p.cardTitle = MessagePresentation::tr("Call");
        return;
    }
    const CallRecord& c = *m.call;
    const CallRecord::Outcome outcome = c.outcome();
    p.icon = outcome == CallRecord::Outcome::Missed ? MessagePresentation::Icon::MissedCall
                                                    : MessagePresentation::Icon::Call;
    p.cardTitle = text::callSummary(c);
    p.cardSubtitle = c.isIncoming ? MessagePresentation::tr("WhatsApp call from the customer")
                                  : MessagePresentation::tr("WhatsApp call to the customer");
    if (c.startedAt.isValid() && c.endedAt.isValid())
        p.cardLines.append(span(c.startedAt, c.endedAt));
    if (c.hasRecording || c.hasTranscription)
        p.cardLines.append(c.hasTranscription ? MessagePresentation::tr("A recording and a transcription are in "
                                                                        "360dialog's tools")
                                              : MessagePresentation::tr("A recording is in 360dialog's tools"));
    // WabaDesk shows calls; answering them needs WebRTC, which it does not do (issue #16).
    p.cardLines.append(MessagePresentation::tr("Calls are answered on the phone or in 360dialog's tools."));
}

void presentPermission(const StoredMessage& m, MessagePresentation& p)
{
    p.icon = MessagePresentation::Icon::CallPermission;
    p.cardTitle = text::callPermissionText(m);
    p.cardSubtitle = MessagePresentation::tr("Answer to a call permission request");
    if (m.data.value(QLatin1String("response")).toString() == QLatin1String("accept"))
        p.cardLines.append(MessagePresentation::tr("The business may call this customer until then."));
}

void presentFlow(const StoredMessage& m, MessagePresentation& p)
{
    p.icon = MessagePresentation::Icon::Flow;
    const QString name = m.data.value(QLatin1String("name")).toString();
    p.labels.append(MessagePresentation::tr("Flow response"));
    p.cardTitle =
        m.text.isEmpty() || m.text == QLatin1String("Sent") ? MessagePresentation::tr("Form submitted") : m.text;
    if (!name.isEmpty() && name != QLatin1String("flow"))
        p.cardSubtitle = name;
    const QList<std::pair<QString, QString>> answers = text::flowAnswers(m);
    for (const auto& [field, value] : answers)
        p.cardLines.append(MessagePresentation::tr("%1: %2").arg(field, value));
    if (answers.isEmpty())
        p.cardLines.append(MessagePresentation::tr("(no answers)"));
    const QString raw = m.data.value(QLatin1String("response_json")).toString();
    if (!raw.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8());
        p.historyLabel = MessagePresentation::tr("Show raw JSON");
        p.historyHideLabel = MessagePresentation::tr("Hide raw JSON");
        p.historyText = doc.isNull() ? raw : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
        p.historyIsRaw = true;
    }
}

} // namespace

bool presentEvent(const StoredMessage& m, MessagePresentation& p)
{
    if (m.isCall()) {
        presentCall(m, p);
        return true;
    }
    if (m.isSystemLine()) {
        p.isSystem = true;
        p.body = text::systemLineText(m);
        return true;
    }
    if (m.isDeleted())
        return false;
    if (m.isCallPermissionReply()) {
        presentPermission(m, p);
        return true;
    }
    if (m.isFlowReply()) {
        if (!m.senderKey.isEmpty())
            p.senderLine = m.senderName.isEmpty() ? m.senderKey : m.senderName;
        presentFlow(m, p);
        return true;
    }
    return false;
}

} // namespace wabadesk::ui
