#include "templates/TemplateComposer.h"

#include "api/ApiClient.h"
#include "common/ErrorBanner.h"
#include "store/Store.h"
#include "templates/TemplateButtonsEditor.h"
#include "templates/TemplateLanguages.h"
#include "templates/TemplatePreview.h"
#include "templates/VariableSampleEditor.h"
#include "theme/Theme.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wabadesk::ui {

namespace {

const QStringList kProblemFields{QStringLiteral("name"),   QStringLiteral("category"), QStringLiteral("language"),
                                 QStringLiteral("header"), QStringLiteral("body"),     QStringLiteral("footer"),
                                 QStringLiteral("buttons")};

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QLabel* problemLabel(QWidget* parent, const QString& field)
{
    auto* label = new QLabel(parent);
    label->setObjectName(field + QStringLiteral("Problem"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setVisible(false);
    return label;
}

} // namespace

TemplateComposer::TemplateComposer(api::ApiClient* client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_poll(new QTimer(this))
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_variableStyle(new QComboBox(this))
    , m_headerFormat(new QComboBox(this))
    , m_headerText(new QLineEdit(this))
    , m_headerSamples(new VariableSampleEditor(QStringLiteral("header"), this))
    , m_headerMedia(new QWidget(this))
    , m_headerUpload(new QPushButton(tr("Choose sample file…"), this))
    , m_headerMediaLabel(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_bodyTools(new QWidget(this))
    , m_bodyCounter(new QLabel(this))
    , m_bodySamples(new VariableSampleEditor(QStringLiteral("body"), this))
    , m_authOptions(new QWidget(this))
    , m_securityNote(new QCheckBox(tr("Add \"For your security, do not share this code.\""), this))
    , m_expiry(new QSpinBox(this))
    , m_footer(new QLineEdit(this))
    , m_footerSection(nullptr)
    , m_buttons(new TemplateButtonsEditor(this))
    , m_preview(new TemplatePreview(this))
    , m_summary(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_submit(new QPushButton(tr("Submit for Review"), this))
{
    setObjectName(QStringLiteral("templateComposer"));
    setWindowTitle(tr("New Message Template"));
    m_poll->setInterval(10000); // review takes minutes to hours at Meta; the sandbox answers in seconds
    connect(m_poll, &QTimer::timeout, this, &TemplateComposer::pollReview);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("composerForm"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());
    scroll->setMinimumWidth(480);

    auto* previewTitle = new QLabel(tr("<b>Preview</b>"), this);
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto* right = new QVBoxLayout;
    right->addWidget(previewTitle);
    right->addWidget(m_preview, 1);
    right->addWidget(m_summary);

    auto* columns = new QHBoxLayout;
    columns->addWidget(scroll, 3);
    columns->addSpacing(8);
    columns->addLayout(right, 2);

    auto* importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importTemplate"));
    importButton->setToolTip(tr("Load a template from a JSON file"));
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Template"), {}, tr("JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !importFrom(path, &error))
            setStatus(QString(), error);
    });
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportTemplate"));
    exportButton->setToolTip(tr("Save the template as JSON, e.g. to keep it in version control"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Template"),
                                                          m_draft.name + QStringLiteral(".json"), tr("JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            setStatus(QString(), error);
    });
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeComposer"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_submit->setObjectName(QStringLiteral("submitTemplate"));
    m_submit->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, &TemplateComposer::submit);
    m_statusLabel->setObjectName(QStringLiteral("composerStatus"));
    m_statusLabel->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("composerError"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(importButton);
    bottom->addWidget(exportButton);
    bottom->addSpacing(12);
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(close);
    bottom->addWidget(m_submit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);
    resize(1040, 760);

    templates::TemplateDraft initial;
    initial.category = QStringLiteral("MARKETING");
    initial.language = QStringLiteral("en_US");
    setDraft(initial);
}

QWidget* TemplateComposer::section(const QString& title, QWidget* content, QLabel* problem)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(4);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(heading);
    layout->addWidget(content);
    if (problem)
        layout->addWidget(problem);
    return box;
}

QWidget* TemplateComposer::buildForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 8, 0);
    for (const QString& field : kProblemFields)
        m_problemLabels.insert(field, problemLabel(form, field));

    // Name, category, language, variable style.
    auto* basics = new QWidget(form);
    auto* grid = new QFormLayout(basics);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setPlaceholderText(tr("order_update (lower-case letters, digits, _)"));
    m_name->setAccessibleName(tr("Template name"));
    m_name->setMaxLength(600);
    auto* nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_problemLabels.value(QStringLiteral("name")));
    grid->addRow(buddyLabel(tr("&Name"), m_name, basics), nameColumn);
    m_category->setObjectName(QStringLiteral("templateCategory"));
    m_category->addItem(tr("Marketing"), QStringLiteral("MARKETING"));
    m_category->addItem(tr("Utility"), QStringLiteral("UTILITY"));
    m_category->addItem(tr("Authentication"), QStringLiteral("AUTHENTICATION"));
    auto* categoryColumn = new QVBoxLayout;
    categoryColumn->addWidget(m_category);
    categoryColumn->addWidget(m_problemLabels.value(QStringLiteral("category")));
    grid->addRow(buddyLabel(tr("&Category"), m_category, basics), categoryColumn);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    QList<std::pair<QString, QString>> languages; // (name in the UI language, code), sorted as the UI language sorts
    for (const templates::TemplateLanguage& l : templates::templateLanguages())
        languages.append({l.displayName(), l.code});
    const QCollator collator;
    std::sort(languages.begin(), languages.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto& [name, code] : languages)
        m_language->addItem(QStringLiteral("%1 — %2").arg(name, code), code);
    m_language->completer()->setFilterMode(Qt::MatchContains);
    m_language->completer()->setCompletionMode(QCompleter::PopupCompletion);
    auto* languageColumn = new QVBoxLayout;
    languageColumn->addWidget(m_language);
    languageColumn->addWidget(m_problemLabels.value(QStringLiteral("language")));
    grid->addRow(buddyLabel(tr("&Language"), m_language, basics), languageColumn);
    m_variableStyle->setObjectName(QStringLiteral("variableStyle"));
    m_variableStyle->addItem(tr("Numbered: {{1}}, {{2}}"), QString());
    m_variableStyle->addItem(tr("Named: {{first_name}}"), QStringLiteral("NAMED"));
    grid->addRow(tr("&Variables"), m_variableStyle);
    layout->addWidget(basics);

    // Header.
    auto* header = new QWidget(form);
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    m_headerFormat->setObjectName(QStringLiteral("headerFormat"));
    m_headerFormat->setAccessibleName(tr("Header type"));
    m_headerFormat->addItem(tr("None"), QString());
    m_headerFormat->addItem(tr("Text"), QStringLiteral("TEXT"));
    m_headerFormat->addItem(tr("Image"), QStringLiteral("IMAGE"));
    m_headerFormat->addItem(tr("Video"), QStringLiteral("VIDEO"));
    m_headerFormat->addItem(tr("Document"), QStringLiteral("DOCUMENT"));
    m_headerFormat->addItem(tr("Location"), QStringLiteral("LOCATION"));
    m_headerText->setObjectName(QStringLiteral("headerText"));
    m_headerText->setPlaceholderText(tr("Header text, up to 60 characters, at most one variable"));
    m_headerText->setAccessibleName(tr("Header text"));
    m_headerUpload->setObjectName(QStringLiteral("headerSampleUpload"));
    m_headerMediaLabel->setObjectName(QStringLiteral("headerSampleLabel"));
    m_headerMediaLabel->setWordWrap(true);
    auto* mediaLayout = new QHBoxLayout(m_headerMedia);
    mediaLayout->setContentsMargins(0, 0, 0, 0);
    mediaLayout->addWidget(m_headerUpload);
    mediaLayout->addWidget(m_headerMediaLabel, 1);
    connect(m_headerUpload, &QPushButton::clicked, this, [this] {
        const QString format = m_headerFormat->currentData().toString();
        const QString filter = format == QLatin1String("IMAGE")   ? tr("Images (*.jpg *.jpeg *.png)")
                               : format == QLatin1String("VIDEO") ? tr("Videos (*.mp4)")
                                                                  : tr("Documents (*.pdf)");
        const QString path = QFileDialog::getOpenFileName(this, tr("Sample for the Header"), {}, filter);
        if (!path.isEmpty())
            uploadHeaderSample(path);
    });
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_headerFormat);
    headerRow->addWidget(m_headerText, 1);
    headerLayout->addLayout(headerRow);
    headerLayout->addWidget(m_headerMedia);
    headerLayout->addWidget(m_headerSamples);
    layout->addWidget(section(tr("Header"), header, m_problemLabels.value(QStringLiteral("header"))));

    // Body: formatting buttons, the text, its counter and samples.
    auto* body = new QWidget(form);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto* tools = new QHBoxLayout(m_bodyTools);
    tools->setContentsMargins(0, 0, 0, 0);
    const auto tool = [this, tools](const QString& name, const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton(m_bodyTools);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        connect(b, &QToolButton::clicked, this, slot);
        tools->addWidget(b);
        return b;
    };
    auto* insert = tool(QStringLiteral("insertVariable"), tr("+ Variable"), tr("Insert a variable at the cursor"),
                        [this] { insertVariable(); });
    insert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tool(QStringLiteral("formatBold"), QStringLiteral("B"), tr("Bold (*text*)"), [this] {
        wrapSelection(QStringLiteral("*"));
    })->setStyleSheet(QStringLiteral("font-weight: bold;"));
    tool(QStringLiteral("formatItalic"), QStringLiteral("I"), tr("Italic (_text_)"), [this] {
        wrapSelection(QStringLiteral("_"));
    })->setStyleSheet(QStringLiteral("font-style: italic;"));
    tool(QStringLiteral("formatStrike"), QStringLiteral("S"), tr("Strikethrough (~text~)"), [this] {
        wrapSelection(QStringLiteral("~"));
    })->setStyleSheet(QStringLiteral("text-decoration: line-through;"));
    tool(QStringLiteral("formatMono"), QStringLiteral("</>"), tr("Monospace (```text```)"),
         [this] { wrapSelection(QStringLiteral("```")); });
    tools->addStretch(1);
    m_bodyCounter->setObjectName(QStringLiteral("bodyCounter"));
    tools->addWidget(m_bodyCounter);
    m_body->setObjectName(QStringLiteral("bodyText"));
    m_body->setAccessibleName(tr("Body text"));
    m_body->setPlaceholderText(tr("Hi {{1}}, your order {{2}} has shipped."));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(110);
    m_body->setMaximumHeight(170);
    bodyLayout->addWidget(m_bodyTools);
    bodyLayout->addWidget(m_body);
    bodyLayout->addWidget(m_bodySamples);
    auto* auth = new QFormLayout(m_authOptions);
    auth->setContentsMargins(0, 0, 0, 0);
    m_securityNote->setObjectName(QStringLiteral("securityRecommendation"));
    m_expiry->setObjectName(QStringLiteral("codeExpiration"));
    m_expiry->setRange(0, 120);
    m_expiry->setSpecialValueText(tr("Not shown"));
    m_expiry->setSuffix(tr(" min"));
    auth->addRow(m_securityNote);
    auth->addRow(tr("Code expires after"), m_expiry);
    bodyLayout->addWidget(m_authOptions);
    layout->addWidget(section(tr("Body"), body, m_problemLabels.value(QStringLiteral("body"))));

    m_footer->setObjectName(QStringLiteral("footerText"));
    m_footer->setPlaceholderText(tr("Optional, up to 60 characters, no variables"));
    m_footer->setAccessibleName(tr("Footer"));
    m_footerSection = section(tr("Footer"), m_footer, m_problemLabels.value(QStringLiteral("footer")));
    layout->addWidget(m_footerSection);
    layout->addWidget(section(tr("Buttons"), m_buttons, m_problemLabels.value(QStringLiteral("buttons"))));
    layout->addStretch(1);

    // A change by the user touches its field: from then on its problems show (issue #14: not before).
    const auto changed = [this](const QString& field) {
        return [this, field] {
            if (m_filling)
                return;
            if (!field.isEmpty())
                m_touched.insert(field);
            refresh();
        };
    };
    connect(m_name, &QLineEdit::textChanged, this, changed(QStringLiteral("name")));
    connect(m_category, &QComboBox::currentIndexChanged, this, changed(QStringLiteral("category")));
    connect(m_language, &QComboBox::currentTextChanged, this, changed(QStringLiteral("language")));
    connect(m_variableStyle, &QComboBox::currentIndexChanged, this, changed(QString()));
    connect(m_headerFormat, &QComboBox::currentIndexChanged, this, changed(QStringLiteral("header")));
    connect(m_headerText, &QLineEdit::textChanged, this, changed(QStringLiteral("header")));
    connect(m_headerSamples, &VariableSampleEditor::changed, this, changed(QStringLiteral("header")));
    connect(m_body, &QPlainTextEdit::textChanged, this, changed(QStringLiteral("body")));
    connect(m_bodySamples, &VariableSampleEditor::changed, this, changed(QStringLiteral("body")));
    connect(m_securityNote, &QCheckBox::toggled, this, changed(QStringLiteral("body")));
    connect(m_expiry, &QSpinBox::valueChanged, this, changed(QStringLiteral("body")));
    connect(m_footer, &QLineEdit::textChanged, this, changed(QStringLiteral("footer")));
    connect(m_buttons, &TemplateButtonsEditor::changed, this, changed(QStringLiteral("buttons")));
    // Leaving a field touches it too (an empty name is worth a word once the agent went past it).
    m_fieldWidgets = {{m_name, QStringLiteral("name")},
                      {m_language, QStringLiteral("language")},
                      {m_headerText, QStringLiteral("header")},
                      {m_body, QStringLiteral("body")},
                      {m_footer, QStringLiteral("footer")}};
    for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it)
        it.key()->installEventFilter(this);
    return form;
}

bool TemplateComposer::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        const auto it = m_fieldWidgets.constFind(qobject_cast<QWidget*>(watched));
        if (it != m_fieldWidgets.cend() && !m_touched.contains(it.value())) {
            m_touched.insert(it.value());
            showProblems();
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TemplateComposer::setStore(store::Store* store, const QString& channelId)
{
    m_store = store;
    m_channelId = channelId;
}

void TemplateComposer::setReviewPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void TemplateComposer::setDraft(const templates::TemplateDraft& draft)
{
    m_draft = draft;
    // What the draft brings is there to be checked (an import, a copy); empty fields wait until they are touched.
    m_touched = {QStringLiteral("category"), QStringLiteral("language")};
    if (!draft.name.isEmpty())
        m_touched.insert(QStringLiteral("name"));
    if (!draft.headerFormat.isEmpty())
        m_touched.insert(QStringLiteral("header"));
    if (!draft.bodyText.isEmpty() || draft.addSecurityRecommendation || draft.codeExpirationMinutes)
        m_touched.insert(QStringLiteral("body"));
    if (!draft.footerText.isEmpty())
        m_touched.insert(QStringLiteral("footer"));
    if (!draft.buttons.isEmpty())
        m_touched.insert(QStringLiteral("buttons"));
    m_revealAll = false;
    m_headerSampleName = draft.headerHandle.isEmpty() ? QString() : tr("Sample uploaded");
    fillFields();
    refresh();
}

void TemplateComposer::fillFields()
{
    m_filling = true;
    m_name->setText(m_draft.name);
    m_category->setCurrentIndex(qMax(0, m_category->findData(m_draft.category)));
    const int language = m_language->findData(m_draft.language);
    if (language >= 0)
        m_language->setCurrentIndex(language);
    else
        m_language->setEditText(m_draft.language);
    m_variableStyle->setCurrentIndex(m_draft.isNamed() ? 1 : 0);
    m_headerFormat->setCurrentIndex(qMax(0, m_headerFormat->findData(m_draft.headerFormat)));
    m_headerText->setText(m_draft.headerText);
    m_headerSamples->setVariables(m_draft.headerVariables());
    m_headerSamples->setSamples(m_draft.headerSamples);
    m_body->setPlainText(m_draft.bodyText);
    m_bodySamples->setVariables(m_draft.bodyVariables());
    m_bodySamples->setSamples(m_draft.bodySamples);
    m_securityNote->setChecked(m_draft.addSecurityRecommendation.value_or(false));
    m_expiry->setValue(m_draft.codeExpirationMinutes.value_or(0));
    m_footer->setText(m_draft.footerText);
    m_buttons->setCategory(m_draft.category);
    m_buttons->setButtons(m_draft.buttons);
    m_filling = false;
}

void TemplateComposer::collect()
{
    templates::TemplateDraft& d = m_draft;
    d.name = m_name->text();
    d.category = m_category->currentData().toString();
    // The language combo shows "English (US) — en_US"; a code typed by hand is taken as it is.
    const int index = m_language->findText(m_language->currentText());
    d.language = index >= 0 ? m_language->itemData(index).toString() : m_language->currentText().trimmed();
    d.parameterFormat = m_variableStyle->currentData().toString();
    d.headerFormat = m_headerFormat->currentData().toString();
    d.headerText = d.headerFormat == QLatin1String("TEXT") ? m_headerText->text() : QString();
    m_headerSamples->setVariables(d.headerVariables());
    d.headerSamples = m_headerSamples->samples();
    const bool isAuth = d.category == QLatin1String("AUTHENTICATION");
    d.bodyText = isAuth ? QString() : m_body->toPlainText();
    m_bodySamples->setVariables(isAuth ? QStringList() : d.bodyVariables());
    d.bodySamples = m_bodySamples->samples();
    d.addSecurityRecommendation = isAuth ? std::optional<bool>(m_securityNote->isChecked()) : std::nullopt;
    d.codeExpirationMinutes = isAuth && m_expiry->value() > 0 ? std::optional<int>(m_expiry->value()) : std::nullopt;
    d.footerText = isAuth ? QString() : m_footer->text();
    d.hasFooter = false;
    m_buttons->setCategory(d.category);
    d.buttons = m_buttons->buttons();
}

void TemplateComposer::refresh()
{
    collect();
    updateVisibility();
    m_problems = templates::checkTemplate(m_draft.toJson());
    PreviewContent content = PreviewContent::fromDraft(m_draft);
    content.mediaName = m_headerSampleName;
    m_preview->setContent(content);
    const qsizetype length = m_body->toPlainText().size();
    m_bodyCounter->setText(tr("%L1 / %L2").arg(length).arg(1024));
    QPalette counter = m_bodyCounter->palette();
    counter.setColor(QPalette::WindowText,
                     length > 1024 ? theme::negativeText(palette()) : palette().color(QPalette::PlaceholderText));
    m_bodyCounter->setPalette(counter);
    showProblems();
}

void TemplateComposer::updateVisibility()
{
    const bool isAuth = m_draft.category == QLatin1String("AUTHENTICATION");
    const QString format = m_draft.headerFormat;
    m_headerText->setVisible(format == QLatin1String("TEXT"));
    const bool media =
        format == QLatin1String("IMAGE") || format == QLatin1String("VIDEO") || format == QLatin1String("DOCUMENT");
    m_headerMedia->setVisible(media);
    m_headerUpload->setEnabled(m_client != nullptr && !m_call);
    if (media && m_headerSampleName.isEmpty())
        m_headerMediaLabel->setText(m_client ? tr("Meta reviews the template with a sample %1.").arg(format.toLower())
                                             : tr("Connect the channel to upload a sample."));
    m_body->setVisible(!isAuth);
    m_bodyTools->setVisible(!isAuth);
    m_authOptions->setVisible(isAuth);
    m_footerSection->setVisible(!isAuth);
}

bool TemplateComposer::isShown(const QString& field) const
{
    return m_revealAll || m_touched.contains(field);
}

QString TemplateComposer::problemText(const QString& field) const
{
    const QLabel* label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void TemplateComposer::showProblems()
{
    // Map "components[i]…" back to the editor's sections through the draft's component order.
    QHash<QString, QStringList> byField;
    QMap<int, QStringList> perButton;
    QStringList buttonsGeneral;
    const QColor negative = theme::negativeText(palette());
    const QColor warning = theme::warningText(palette());
    int errors = 0;
    int warnings = 0;
    int hidden = 0; // problems of fields not touched yet
    static const QRegularExpression componentRe(QStringLiteral("^components\\[(\\d+)\\](.*)$"));
    static const QRegularExpression buttonRe(QStringLiteral("^\\.buttons\\[(\\d+)\\]"));
    for (const templates::TemplateProblem& p : m_problems) {
        const QString mark = p.isError() ? QStringLiteral("\u2716 ") : QStringLiteral("\u26a0 ");
        const QString line = QStringLiteral("<span style=\"color:%1\">%2%3</span>")
                                 .arg((p.isError() ? negative : warning).name(), mark, p.message.toHtmlEscaped());
        QString field = QStringLiteral("body");
        if (p.field == QLatin1String("name") || p.field == QLatin1String("category") ||
            p.field == QLatin1String("language"))
            field = p.field;
        const auto m = componentRe.match(p.field);
        if (m.hasMatch()) {
            const int index = m.captured(1).toInt();
            if (index == m_draft.componentIndex(QStringLiteral("HEADER")))
                field = QStringLiteral("header");
            else if (index == m_draft.componentIndex(QStringLiteral("FOOTER")))
                field = QStringLiteral("footer");
            else if (index == m_draft.componentIndex(QStringLiteral("BUTTONS"))) {
                if (!isShown(QStringLiteral("buttons"))) {
                    ++hidden;
                    continue;
                }
                (p.isError() ? errors : warnings)++;
                const auto b = buttonRe.match(m.captured(2));
                if (b.hasMatch())
                    perButton[b.captured(1).toInt()].append(mark + p.message);
                else
                    buttonsGeneral.append(mark + p.message);
                continue;
            }
        }
        if (!isShown(field)) {
            ++hidden;
            continue;
        }
        (p.isError() ? errors : warnings)++;
        byField[field].append(line);
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QStringList lines = byField.value(it.key());
        it.value()->setText(lines.join(QStringLiteral("<br>")));
        it.value()->setVisible(!lines.isEmpty());
    }
    m_buttons->setProblems(perButton, buttonsGeneral);
    QLabel* buttonsLabel = m_problemLabels.value(QStringLiteral("buttons"));
    buttonsLabel->setVisible(false); // the editor shows its own, per row

    if (errors == 0 && warnings == 0 && hidden == 0)
        m_summary->setText(QStringLiteral("<span style=\"color:%1\">\u2714 %2</span>")
                               .arg(theme::positiveText(palette()).name(), tr("Ready to submit.")));
    else if (errors == 0 && warnings == 0)
        m_summary->clear(); // only fields not filled in yet: nothing to say before the agent gets to them
    else
        //: %1 is "%n problem(s)", %2 is "%n warning(s)"
        m_summary->setText(
            tr("%1 to fix, %2 to check.")
                .arg(tr("%n problem(s)", nullptr, int(errors)), tr("%n warning(s)", nullptr, int(warnings))));
    // Submit stays available: with problems left it shows them all and goes to the first (see submit()).
    const bool busy = !m_call.isNull() || m_poll->isActive();
    m_submit->setEnabled(m_client != nullptr && !busy);
    m_submit->setToolTip(errors > 0 ? tr("Fix the problems shown beside the fields first.") : QString());
}

void TemplateComposer::revealProblems()
{
    m_revealAll = true;
    showProblems();
    // The first field with an error gets the focus, in the order of the form.
    for (const QString& field : kProblemFields) {
        const QLabel* label = m_problemLabels.value(field);
        if (!label || label->isHidden())
            continue;
        for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it)
            if (it.value() == field && it.key()->isVisible()) {
                it.key()->setFocus(Qt::OtherFocusReason);
                return;
            }
    }
}

void TemplateComposer::insertVariable()
{
    if (m_draft.category == QLatin1String("AUTHENTICATION"))
        return;
    QTextCursor cursor = m_body->textCursor();
    const QStringList existing = m_draft.bodyVariables();
    if (m_draft.isNamed()) {
        int n = 1;
        while (existing.contains(QStringLiteral("variable_%1").arg(n)))
            ++n;
        const QString name = QStringLiteral("variable_%1").arg(n);
        cursor.insertText(QStringLiteral("{{%1}}").arg(name));
        // Select the name, so typing replaces it with a meaningful one.
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 2);
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(name.size()));
    } else {
        int highest = 0;
        for (const QString& v : existing)
            highest = qMax(highest, v.toInt());
        cursor.insertText(QStringLiteral("{{%1}}").arg(highest + 1));
    }
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void TemplateComposer::wrapSelection(const QString& marker)
{
    QTextCursor cursor = m_body->textCursor();
    const QString selected = cursor.selectedText();
    cursor.insertText(marker + selected + marker);
    if (selected.isEmpty())
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(marker.size()));
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void TemplateComposer::uploadHeaderSample(const QString& filePath)
{
    if (!m_client || m_call)
        return;
    const QString mime = QMimeDatabase().mimeTypeForFile(filePath).name();
    const QString name = QFileInfo(filePath).fileName();
    m_headerMediaLabel->setText(tr("Uploading %1…").arg(name));
    m_banner->clear();
    m_call = m_client->resumableUpload(filePath, mime, this, [this, name](const api::Result<QString>& result) {
        m_call = nullptr;
        if (!result.ok()) {
            m_headerMediaLabel->setText(tr("%1 was not uploaded.").arg(name));
            m_banner->showError(result.error());
            refresh();
            return;
        }
        m_headerSampleName = name;
        m_draft.headerHandle = result.value();
        m_headerMediaLabel->setText(tr("\u2714 %1 uploaded as the sample.").arg(name));
        refresh();
    });
    refresh();
}

void TemplateComposer::submit()
{
    refresh();
    if (templates::hasErrors(m_problems)) {
        revealProblems();
        setStatus(QString(), tr("Not submitted: fix the problems shown beside the fields."));
        return;
    }
    if (!m_client || m_call)
        return;
    m_banner->clear();
    setStatus(QString(), tr("Submitting…"));
    const QString name = m_draft.name;
    const QString language = m_draft.language;
    m_call = m_client->createTemplate(
        m_draft.toJson(), this, [this, name, language](const api::Result<TemplateCreated>& result) {
            m_call = nullptr;
            if (!result.ok()) {
                setStatus(QString(), QString());
                m_banner->showError(result.error());
                refresh();
                return;
            }
            setStatus(result.value().status.toUpper(), tr("Submitted. Waiting for WhatsApp's review…"));
            Q_EMIT submitted(name, language);
            m_poll->start();
            refresh();
        });
    refresh();
}

void TemplateComposer::pollReview()
{
    if (!m_client || m_call)
        return;
    const QString name = m_draft.name;
    const QString language = m_draft.language;
    m_call = m_client->listTemplates(this, [this, name, language](const api::Result<QList<Template>>& result) {
        m_call = nullptr;
        if (!result.ok())
            return; // try again at the next tick
        if (m_store)
            m_store->saveTemplates(m_channelId, result.value());
        for (const Template& t : result.value()) {
            if (t.name != name || t.language != language)
                continue;
            // 360dialog lists lower case, Meta upper case (REFERENCE.md §3.1).
            const QString status = t.status.toUpper();
            if (status == QLatin1String("APPROVED")) {
                m_poll->stop();
                setStatus(status, tr("\u2714 Approved. The template can be sent now."));
                Q_EMIT reviewFinished(status);
            } else if (status == QLatin1String("REJECTED")) {
                m_poll->stop();
                const QString reason = t.rejectedReason.isEmpty() ? tr("no reason given") : t.rejectedReason;
                setStatus(status, tr("\u2716 Rejected (%1). Fix it and submit under a new name.").arg(reason));
                Q_EMIT reviewFinished(status);
            } else {
                setStatus(status, tr("In review (%1)…").arg(status.toLower()));
            }
        }
        refresh();
    });
}

void TemplateComposer::setStatus(const QString& status, const QString& text)
{
    if (!status.isEmpty())
        m_status = status;
    m_statusLabel->setText(text);
}

bool TemplateComposer::importFrom(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("%1 is not a template in JSON: %2").arg(QFileInfo(path).fileName(), parseError.errorString());
        return false;
    }
    setDraft(templates::TemplateDraft::fromJson(doc.object()));
    return true;
}

bool TemplateComposer::exportTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(m_draft.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace wabadesk::ui
