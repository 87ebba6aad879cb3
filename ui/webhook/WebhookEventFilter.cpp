#include "webhook/WebhookEventFilter.h"

#include "webhook/WebhookEventModel.h"

namespace wabadesk::ui {

WebhookEventFilter::WebhookEventFilter(WebhookEventModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_events(source)
{
    setSourceModel(source);
}

void WebhookEventFilter::setResult(const QString& result)
{
    if (result == m_result)
        return;
    m_result = result;
    invalidateFilter();
}

void WebhookEventFilter::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_textUtf8 = trimmed.toUtf8();
    invalidateFilter();
}

int WebhookEventFilter::viewRow(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_events->rowCount())
        return -1;
    return mapFromSource(m_events->index(sourceRow, 0)).row();
}

int WebhookEventFilter::sourceRow(int viewRow) const
{
    if (viewRow < 0 || viewRow >= rowCount())
        return -1;
    return mapToSource(index(viewRow, 0)).row();
}

bool WebhookEventFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    Q_UNUSED(sourceParent)
    const WebhookEventRow* r = m_events->row(sourceRow);
    if (!r)
        return false;
    if (!m_result.isEmpty() && r->result != m_result)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < WebhookEventModel::ColumnCount; ++column) {
        if (m_events->data(m_events->index(sourceRow, column)).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // Bodies are JSON as received: a plain byte search finds wamids, numbers and codes without parsing.
    return r->body.contains(m_textUtf8) || QString::fromUtf8(r->body).contains(m_text, Qt::CaseInsensitive);
}

} // namespace wabadesk::ui
