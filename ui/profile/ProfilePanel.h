#pragma once

#include "model/BusinessProfile.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace wabadesk::api {
class ApiCall;
class ApiClient;
class ApiError;
} // namespace wabadesk::api

namespace wabadesk::ui {

class BusyIndicator;
class ErrorBanner;

// The channel's WhatsApp business profile (REFERENCE.md §4) as a form. Save sends only the fields that differ from
// what was loaded; problems found by validation are shown next to their fields and in the error banner.
class ProfilePanel : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePanel(api::ApiClient* client, QWidget* parent = nullptr);

    void reload();
    void save();
    // The fields that differ from the loaded profile; empty when nothing changed.
    BusinessProfileUpdate pendingChanges() const;

Q_SIGNALS:
    void loaded();
    void saved();

private:
    void showProfile(const BusinessProfile& profile);
    BusinessProfile formValues() const;
    void showFieldProblems(const api::ApiError& error);
    void clearFieldProblems();
    void updateState();
    void onEdited();
    QLabel* addField(const QString& key, const QString& label, QWidget* editor, const QString& hint);

    api::ApiClient* m_client;
    QPointer<api::ApiCall> m_call;
    bool m_hasProfile = false;
    bool m_failedSave = false; // what the banner's "Try again" repeats: the save, or the load
    BusinessProfile m_loaded;

    QWidget* m_form;
    QFormLayout* m_formLayout;
    QLineEdit* m_about;
    QLineEdit* m_address;
    QPlainTextEdit* m_description;
    QLineEdit* m_email;
    QLineEdit* m_website1;
    QLineEdit* m_website2;
    QComboBox* m_vertical;
    QHash<QString, QLabel*> m_fieldErrors; // API field name -> its error label

    ErrorBanner* m_banner;
    BusyIndicator* m_busy;
    QLabel* m_status;
    QPushButton* m_reload;
    QPushButton* m_revert;
    QPushButton* m_save;
};

} // namespace wabadesk::ui
