#pragma once

#include "model/StoredMessage.h"

#include <QDialog>
#include <QList>

namespace wabadesk::ui {

// "Message info": what the store knows about one message: type, times, current status and error, and every
// status received with its error and pricing (REFERENCE.md §6.4).
class MessageInfoDialog : public QDialog {
    Q_OBJECT

public:
    MessageInfoDialog(const StoredMessage& message, const QList<MessageStatusRecord>& history,
                      QWidget* parent = nullptr);
};

} // namespace wabadesk::ui
