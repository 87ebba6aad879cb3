#pragma once

#include <QSortFilterProxyModel>

namespace wabadesk::ui {

class WebhookEventModel;

// The inspector's filters over WebhookEventModel: by result (stored, duplicate, quarantined, rejected; "" for all)
// and by text, matched case-insensitively against every column and the body (a wamid, a phone number, an error code).
class WebhookEventFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit WebhookEventFilter(WebhookEventModel* source, QObject* parent = nullptr);

    void setResult(const QString& result);
    QString result() const { return m_result; }
    void setText(const QString& text);

    // Source row ↔ view row; -1 when filtered out / invalid.
    int viewRow(int sourceRow) const;
    int sourceRow(int viewRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    WebhookEventModel* m_events;
    QString m_result;
    QString m_text;
    QByteArray m_textUtf8;
};

} // namespace wabadesk::ui
