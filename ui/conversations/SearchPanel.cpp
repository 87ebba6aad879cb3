#include "conversations/SearchPanel.h"

#include "conversations/SearchResultDelegate.h"
#include "conversations/SearchResultModel.h"
#include "theme/Theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace wabadesk::ui {

SearchPanel::SearchPanel(store::Store* store, store::StoreOpener openStore, QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
    , m_model(new SearchResultModel(store, std::move(openStore), this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field->setObjectName(QStringLiteral("messageSearchField"));
    m_field->setPlaceholderText(tr("Search messages in all conversations"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search messages"));
    m_field->setVisible(false);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::setQuery);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_focusResults = true;
        searchNow();
    });

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setContentsMargins(12, 6, 12, 2);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setWeight(QFont::DemiBold);
    small.setCapitalization(QFont::AllUppercase);
    small.setLetterSpacing(QFont::PercentageSpacing, 104);
    m_status->setFont(small);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Messages found"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->setAutoFillBackground(false);
    connect(m_view, &QListView::clicked, this, &SearchPanel::activate);
    connect(m_view, &QListView::activated, this, &SearchPanel::activate);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_model, &SearchResultModel::searchFinished, this, &SearchPanel::onFinished);
    m_status->setText(tr("Messages"));
}

void SearchPanel::setSearchFieldVisible(bool visible)
{
    m_field->setVisible(visible);
}

void SearchPanel::setQuery(const QString& text)
{
    m_query = text;
    if (m_field->isVisible() && m_field->text() != text)
        m_field->setText(text);
    m_debounce.start();
}

void SearchPanel::searchNow()
{
    m_debounce.stop();
    m_model->searchAsync(m_query);
}

void SearchPanel::onFinished(const QString& query, int count)
{
    if (query.trimmed().isEmpty())
        m_status->setText(tr("Messages"));
    else if (count == 0)
        m_status->setText(tr("No messages found"));
    else
        //: Section header above the search results, with their number
        m_status->setText(tr("Messages · %1").arg(count));
    if (m_focusResults && count > 0) {
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    m_focusResults = false;
    Q_EMIT searched(query, count);
}

int SearchPanel::resultCount() const
{
    return m_model->rowCount();
}

void SearchPanel::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    Q_EMIT openMessage(index.data(SearchResultModel::ConversationIdRole).toString(),
                       index.data(SearchResultModel::WamidRole).toString());
}

} // namespace wabadesk::ui
