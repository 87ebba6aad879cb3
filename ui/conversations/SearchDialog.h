#pragma once

#include "store/StoreLocation.h"

#include <QDialog>

namespace wabadesk::store {
class Store;
}

namespace wabadesk::ui {

class SearchPanel;

// "Search all messages" as a window of its own (Ctrl+Shift+F): a SearchPanel with its field. Activating a result
// emits openMessage and closes the dialog.
class SearchDialog : public QDialog {
    Q_OBJECT
public:
    SearchDialog(store::Store* store, store::StoreOpener openStore, QWidget* parent = nullptr);

    SearchPanel* panel() const { return m_panel; }
    void setQuery(const QString& text);

Q_SIGNALS:
    void openMessage(const QString& conversationId, const QString& wamid);

private:
    SearchPanel* m_panel;
};

} // namespace wabadesk::ui
