#include "conversations/SearchDialog.h"

#include "conversations/SearchPanel.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace wabadesk::ui {

SearchDialog::SearchDialog(store::Store* store, store::StoreOpener openStore, QWidget* parent)
    : QDialog(parent)
    , m_panel(new SearchPanel(store, std::move(openStore), this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search messages"));
    resize(520, 560);
    m_panel->setSearchFieldVisible(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 8, 8);
    layout->addWidget(m_panel);
    connect(m_panel, &SearchPanel::openMessage, this, [this](const QString& conversationId, const QString& wamid) {
        Q_EMIT openMessage(conversationId, wamid);
        accept();
    });
    m_panel->searchField()->setFocus();
}

void SearchDialog::setQuery(const QString& text)
{
    m_panel->searchField()->setText(text);
    m_panel->searchField()->selectAll();
}

} // namespace wabadesk::ui
