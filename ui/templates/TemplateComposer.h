#pragma once

#include "templates/TemplateDraft.h"
#include "templates/TemplateRules.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QWidget;

namespace wabadesk::api {
class ApiCall;
class ApiClient;
} // namespace wabadesk::api

namespace wabadesk::store {
class Store;
}

namespace wabadesk::ui {

class ErrorBanner;
class TemplateButtonsEditor;
class TemplatePreview;
class VariableSampleEditor;

// Writes a new message template (issue #6): name, category, language, header (none, text, image, video, document,
// location), body with variables and their samples, footer and buttons, with a live phone preview. Every change runs
// the rule checker (REFERENCE.md §3.5); a field's problems show beside it once it was touched (changed or left) or
// came filled in (a copy, an import), never on a form nobody has typed in yet. Submit with errors left shows them
// all, goes to the first and sends nothing. Submit posts the template (§3.2) and then follows its review by polling the
// list until it is approved or rejected (the status webhook may arrive earlier; the panel shows that). Import and
// export write the POST body as JSON, for review in version control.
class TemplateComposer : public QDialog {
    Q_OBJECT
public:
    // client may be null (offline: compose, check, export; no submit or media upload).
    explicit TemplateComposer(api::ApiClient* client, QWidget* parent = nullptr);

    // After each list while following the review, the templates are saved to the store's cache (optional).
    void setStore(store::Store* store, const QString& channelId);
    void setReviewPollInterval(int milliseconds);

    void setDraft(const templates::TemplateDraft& draft);
    templates::TemplateDraft draft() const { return m_draft; }
    QList<templates::TemplateProblem> problems() const { return m_problems; }
    // The inline problem text shown beside a field: name, category, language, header, body, footer, buttons ("" while
    // the field has no problem or was not touched yet).
    QString problemText(const QString& field) const;
    QString status() const { return m_status; } // PENDING, APPROVED, REJECTED… after submitting

    bool importFrom(const QString& path, QString* error = nullptr);
    bool exportTo(const QString& path, QString* error = nullptr) const;

public Q_SLOTS:
    void insertVariable();
    void submit();
    void uploadHeaderSample(const QString& filePath);

Q_SIGNALS:
    void submitted(const QString& name, const QString& language);
    void reviewFinished(const QString& status); // APPROVED or REJECTED (upper case)

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildForm();
    bool isShown(const QString& field) const;
    void revealProblems();
    QWidget* section(const QString& title, QWidget* content, QLabel* problem);
    void fillFields();
    void collect();
    void refresh();
    void showProblems();
    void pollReview();
    void setStatus(const QString& status, const QString& text);
    void wrapSelection(const QString& marker);
    void updateVisibility();

    api::ApiClient* m_client;
    store::Store* m_store = nullptr;
    QString m_channelId;
    templates::TemplateDraft m_draft;
    QList<templates::TemplateProblem> m_problems;
    QString m_status;
    bool m_filling = false;
    QPointer<api::ApiCall> m_call;
    QTimer* m_poll;
    QString m_headerSampleName;

    QLineEdit* m_name;
    QComboBox* m_category;
    QComboBox* m_language;
    QComboBox* m_variableStyle;
    QComboBox* m_headerFormat;
    QLineEdit* m_headerText;
    VariableSampleEditor* m_headerSamples;
    QWidget* m_headerMedia;
    QPushButton* m_headerUpload;
    QLabel* m_headerMediaLabel;
    QPlainTextEdit* m_body;
    QWidget* m_bodyTools;
    QLabel* m_bodyCounter;
    VariableSampleEditor* m_bodySamples;
    QWidget* m_authOptions;
    QCheckBox* m_securityNote;
    QSpinBox* m_expiry;
    QLineEdit* m_footer;
    QWidget* m_footerSection;
    TemplateButtonsEditor* m_buttons;
    TemplatePreview* m_preview;
    QLabel* m_summary;
    QLabel* m_statusLabel;
    ErrorBanner* m_banner;
    QPushButton* m_submit;
    QHash<QString, QLabel*> m_problemLabels;
    QSet<QString> m_touched;                 // fields whose problems show
    bool m_revealAll = false;                // Submit was pressed with problems: every field's show
    QHash<QWidget*, QString> m_fieldWidgets; // the editors whose leaving touches their field
};

} // namespace wabadesk::ui
