#pragma once

#include "api/ClientProvider.h"
#include "api/OutgoingMessage.h"
#include "model/Template.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace wabadesk::api {
class ApiCall;
class ApiClient;
} // namespace wabadesk::api

namespace wabadesk::store {
class Store;
}

namespace wabadesk::ui {

class BusyIndicator;
class ErrorBanner;

// A minimal template picker (until the template issue brings the full form): the channel's approved templates
// from the store's cache, Refresh through the API (GET /v1/configs/templates, REFERENCE.md §3.1, saved with
// Store::saveTemplates), one field per variable of the header, body and dynamic URL / copy-code buttons, a preview
// with the values filled in, and the result as an api::OutgoingMessage. Send stays off until the parameters fit
// the template (api::checkTemplateParameters: the API would answer 132000/132012/132018 otherwise).
class TemplatePickerDialog : public QDialog {
    Q_OBJECT
public:
    using ClientProvider = api::ClientProvider; // for Refresh (api/ClientProvider.h)

    TemplatePickerDialog(store::Store* store, const QString& channelId, const QString& to, QWidget* parent = nullptr);

    // Enables Refresh.
    void setClientProvider(ClientProvider provider);
    void refresh();

    int templateCount() const; // approved templates listed
    bool selectTemplate(const QString& name, const QString& language = QString());
    // Fills the n-th parameter field (in the order shown: header, body, buttons).
    bool setParameter(int index, const QString& value);

    api::OutgoingMessage message() const;
    QStringList problems() const;
    // The template's text with the parameters filled in (what the customer reads).
    QString previewText() const;

Q_SIGNALS:
    void refreshFinished(bool ok);

private:
    struct Field {
        enum class Part { HeaderText, HeaderMedia, Body, Button };
        explicit Field(Part p = Part::Body, QString v = {})
            : part(p)
            , variable(std::move(v))
        {}
        Part part = Part::Body;
        QString variable;    // "1" or "name"
        int buttonIndex = 0; // Button
        api::MediaKind mediaKind = api::MediaKind::Image;
        QLineEdit* edit = nullptr;
    };

    void reload();
    void showTemplate(int index);
    void updateState();
    const Template* current() const;
    api::TemplateSend buildSend() const;

    store::Store* m_store;
    QString m_channelId;
    QString m_to;
    ClientProvider m_clientProvider;
    QPointer<api::ApiCall> m_call;
    QList<Template> m_templates; // approved, sendable
    int m_current = -1;
    QList<Field> m_fields;

    QLineEdit* m_filter;
    QListWidget* m_list;
    QLabel* m_hidden;
    QPushButton* m_refresh;
    BusyIndicator* m_busy;
    ErrorBanner* m_banner;
    QLabel* m_title;
    QWidget* m_formHost;
    QFormLayout* m_form = nullptr;
    QLabel* m_preview;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace wabadesk::ui
