#pragma once

#include "model/Channel.h"

#include <QCoreApplication>
#include <QString>

namespace wabadesk::ui {

// How a channel is described in the list, its header and the status bar. No text here ever contains a key; the
// key hint ("****1234") is the most that is shown.
class ChannelText {
    Q_DECLARE_TR_FUNCTIONS(wabadesk::ui::ChannelText)
public:
    // "360dialog Cloud API", "360dialog sandbox", "Local sandbox", "Legacy On-Premise API" or the custom host.
    static QString service(const Channel& channel);
    // The number, or a hint that the API did not report one.
    static QString number(const Channel& channel);
    // One line under the name in the workspace header: number, verified name, service. Nothing about the key: that
    // is the administrator's business (Channel Settings), not the agent's.
    static QString description(const Channel& channel);
    // The key as Channel Settings describe it: its hint and where it is kept.
    static QString keyStorage(const Channel& channel);
    // One line for the status bar.
    static QString connection(const Channel& channel);
    // The tooltip of the channel in the list.
    static QString toolTip(const Channel& channel);
    // The warning shown on legacy On-Premise channels.
    static QString onPremiseWarning();
};

} // namespace wabadesk::ui
