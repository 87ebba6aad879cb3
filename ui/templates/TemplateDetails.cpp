#include "templates/TemplateDetails.h"

#include "common/Chip.h"
#include "common/DisplayText.h"
#include "templates/TemplatePreview.h"
#include "templates/TemplateTableModel.h"
#include "theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString buttonLine(const templates::ButtonDraft& b)
{
    const QString text = escaped(b.text);
    if (b.type == QLatin1String("URL"))
        return TemplateDetails::tr("Link “%1” → %2").arg(text, escaped(b.url));
    if (b.type == QLatin1String("PHONE_NUMBER"))
        return TemplateDetails::tr("Call “%1” → %2").arg(text, escaped(b.phoneNumber));
    if (b.type == QLatin1String("QUICK_REPLY"))
        return TemplateDetails::tr("Quick reply “%1”").arg(text);
    if (b.type == QLatin1String("COPY_CODE"))
        return TemplateDetails::tr("Copy code (e.g. %1)").arg(escaped(b.example));
    if (b.type == QLatin1String("OTP"))
        return TemplateDetails::tr("One-time password (%1)").arg(escaped(readableApiValue(b.otpType)));
    return escaped(readableApiValue(b.type)) + (text.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(text));
}

QString samplesLine(const QStringList& variables, const QMap<QString, QString>& samples)
{
    QStringList parts;
    for (const QString& v : variables) {
        const QString sample = samples.value(v);
        parts << (sample.isEmpty() ? QStringLiteral("{{%1}}").arg(escaped(v))
                                   //: A template variable and its sample value: {{1}} = Anna
                                   : TemplateDetails::tr("{{%1}} = %2").arg(escaped(v), escaped(sample)));
    }
    return QLocale().createSeparatedList(parts);
}

} // namespace

templates::TemplateDraft draftOf(const Template& t)
{
    QJsonObject definition{{QStringLiteral("name"), t.name},
                           {QStringLiteral("language"), t.language},
                           {QStringLiteral("category"), t.category.toUpper()},
                           {QStringLiteral("components"), t.components}};
    if (!t.parameterFormat.isEmpty())
        definition.insert(QStringLiteral("parameter_format"), t.parameterFormat.toUpper());
    return templates::TemplateDraft::fromJson(definition);
}

TemplateDetails::TemplateDetails(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Select a template to see how customers receive it and what it is made of."), m_stack))
    , m_title(new QLabel(this))
    , m_language(new QLabel(this))
    , m_status(new ChipLabel(this))
    , m_quality(new ChipLabel(this))
    , m_category(new ChipLabel(this))
    , m_reason(new QLabel(this))
    , m_preview(new TemplatePreview(this))
    , m_components(new QLabel(this))
{
    setObjectName(QStringLiteral("templateDetails"));
    m_empty->setObjectName(QStringLiteral("templateDetailsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);

    m_title->setObjectName(QStringLiteral("templateDetailsName"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_language->setObjectName(QStringLiteral("templateDetailsLanguage"));
    m_language->setTextFormat(Qt::PlainText);
    m_language->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("templateDetailsStatus"));
    m_quality->setObjectName(QStringLiteral("templateDetailsQuality"));
    m_category->setObjectName(QStringLiteral("templateDetailsCategory"));
    m_reason->setObjectName(QStringLiteral("templateDetailsReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_components->setObjectName(QStringLiteral("templateDetailsComponents"));
    m_components->setWordWrap(true);
    m_components->setTextFormat(Qt::RichText);
    m_components->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_components->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setMinimumWidth(240); // a phone's width is enough beside the table
    m_preview->setMaximumWidth(440); // and more than a phone's would stretch the bubble unlike WhatsApp

    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("templateDetailsPage"));
    auto* chips = new QHBoxLayout;
    chips->setSpacing(6);
    chips->addWidget(m_status);
    chips->addWidget(m_quality);
    chips->addWidget(m_category);
    chips->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 0, 4, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_language);
    layout->addLayout(chips);
    layout->addWidget(m_reason);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("As customers see it"), page));
    layout->addWidget(m_preview);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Components"), page));
    layout->addWidget(m_components);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("templateDetailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    // It scrolls down, never sideways: never narrower than the page's narrowest (the preview's minimum width).
    scroll->setMinimumWidth(page->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    setTemplate(std::nullopt);
}

void TemplateDetails::setTemplate(const std::optional<Template>& t)
{
    m_template = t;
    if (!t) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(t->name);
    const QLocale locale(t->language);
    m_language->setText(locale.language() == QLocale::C
                            ? t->language
                            //: A template's language: its code, then its name ("en_US · English").
                            : tr("%1 · %2").arg(t->language, QLocale::languageToString(locale.language())));
    m_status->setChip(readableApiValue(t->status.toUpper()), TemplateTableModel::statusTone(t->status));
    m_quality->setVisible(!t->qualityScore.isEmpty());
    //: A template's quality rating shown as a chip: "Quality: Green".
    m_quality->setChip(tr("Quality: %1").arg(readableApiValue(t->qualityScore)),
                       TemplateTableModel::qualityTone(t->qualityScore));
    m_category->setChip(readableApiValue(t->category.toUpper()), ChipTone::Neutral);
    const bool rejected = !t->rejectedReason.isEmpty() && t->rejectedReason != QLatin1String("NONE");
    m_reason->setVisible(rejected);
    if (rejected) {
        m_reason->setText(tr("Rejected because: %1").arg(readableApiValue(t->rejectedReason)));
        QPalette p = m_reason->palette();
        p.setColor(QPalette::WindowText, theme::negativeText(palette()));
        m_reason->setPalette(p);
    }

    const templates::TemplateDraft draft = draftOf(*t);
    m_preview->setContent(PreviewContent::fromDraft(draft));

    QStringList rows;
    const auto row = [&rows](const QString& name, const QString& value) {
        rows << QStringLiteral("<p style='margin:0 0 6px 0'><b>%1</b><br>%2</p>").arg(name.toHtmlEscaped(), value);
    };
    if (!draft.headerFormat.isEmpty()) {
        const QString format = readableApiValue(draft.headerFormat);
        row(tr("Header"), draft.headerFormat == QLatin1String("TEXT")
                              ? escaped(draft.headerText)
                              : tr("%1 (sent with each message)").arg(format.toHtmlEscaped()));
        if (!draft.headerVariables().isEmpty())
            row(tr("Header variables"), samplesLine(draft.headerVariables(), draft.headerSamples));
    }
    if (!draft.bodyText.isEmpty())
        row(tr("Body"), escaped(draft.bodyText));
    else if (draft.category == QLatin1String("AUTHENTICATION"))
        row(tr("Body"), tr("WhatsApp's own text with the one-time code"));
    const QStringList bodyVariables = draft.bodyVariables();
    if (!bodyVariables.isEmpty())
        row(draft.isNamed() || !bodyVariables.first().front().isDigit() ? tr("Variables (named)") : tr("Variables"),
            samplesLine(draft.bodyVariables(), draft.bodySamples));
    if (!draft.footerText.isEmpty())
        row(tr("Footer"), escaped(draft.footerText));
    if (!draft.buttons.isEmpty()) {
        QStringList buttons;
        for (const templates::ButtonDraft& b : draft.buttons)
            buttons << buttonLine(b);
        row(tr("Buttons"), buttons.join(QStringLiteral("<br>")));
    }
    m_components->setText(rows.join(QString()));
}

QString TemplateDetails::componentsText() const
{
    return QTextDocumentFragment::fromHtml(m_components->text()).toPlainText();
}

} // namespace wabadesk::ui
