#include "conversations/TemplatePickerDialog.h"

#include "api/ApiClient.h"
#include "api/MessageValidation.h"
#include "common/BusyIndicator.h"
#include "common/DisplayText.h"
#include "common/ErrorBanner.h"
#include "store/Store.h"
#include "templates/TemplateSendBuilder.h"
#include "theme/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

// Why a template cannot be sent from this picker, or empty.
QString unsupportedReason(const Template& t)
{
    if (t.category.compare(QLatin1String("AUTHENTICATION"), Qt::CaseInsensitive) == 0)
        return TemplatePickerDialog::tr("one-time-password templates are sent by your systems, not by hand");
    const QString format = templates::component(t, QStringLiteral("HEADER")).value(QStringLiteral("format")).toString();
    if (format.compare(QLatin1String("LOCATION"), Qt::CaseInsensitive) == 0)
        return TemplatePickerDialog::tr("location headers are not supported here yet");
    return {};
}

QString fillVariables(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!it.value().isEmpty())
            text.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());
    return text;
}

} // namespace

TemplatePickerDialog::TemplatePickerDialog(store::Store* store, const QString& channelId, const QString& to,
                                           QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_channelId(channelId)
    , m_to(to)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hidden(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_busy(new BusyIndicator(this))
    , m_banner(new ErrorBanner(this))
    , m_title(new QLabel(this))
    , m_formHost(new QWidget(this))
    , m_preview(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("templatePicker"));
    setWindowTitle(tr("Send Template"));

    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setPlaceholderText(tr("Filter templates"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Approved templates"));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem* item = m_list->item(row);
        showTemplate(item && !item->data(Qt::UserRole + 1).toBool() ? item->data(Qt::UserRole).toInt() : -1);
    });
    m_hidden->setObjectName(QStringLiteral("templateHiddenCount"));
    m_hidden->setWordWrap(true);
    m_hidden->setForegroundRole(QPalette::PlaceholderText);
    m_refresh->setObjectName(QStringLiteral("templateRefresh"));
    m_refresh->setToolTip(tr("Load the channel's templates from WhatsApp again"));
    m_refresh->setEnabled(false);
    connect(m_refresh, &QPushButton::clicked, this, &TemplatePickerDialog::refresh);
    m_busy->setText(tr("Loading…"));
    m_banner->setObjectName(QStringLiteral("templateErrorBanner"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMargin(10);
    m_preview->setAutoFillBackground(true);
    QPalette previewPalette = palette();
    previewPalette.setColor(QPalette::Window, theme::noticeBackground(palette()));
    m_preview->setPalette(previewPalette);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette problemPalette = palette();
    problemPalette.setColor(QPalette::WindowText, theme::negativeText(palette()));
    m_problems->setPalette(problemPalette);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send Template"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("templateSend"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_hidden);
    auto* refreshRow = new QHBoxLayout;
    refreshRow->addWidget(m_refresh);
    refreshRow->addWidget(m_busy);
    refreshRow->addStretch(1);
    leftLayout->addLayout(refreshRow);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_formHost);
    auto* previewHeading = new QLabel(tr("Preview"), right);
    previewHeading->setForegroundRole(QPalette::PlaceholderText);
    rightLayout->addWidget(previewHeading);
    rightLayout->addWidget(m_preview);
    rightLayout->addWidget(m_problems);
    rightLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    right->setMinimumWidth(fontMetrics().averageCharWidth() * 50);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({fontMetrics().averageCharWidth() * 45, fontMetrics().averageCharWidth() * 75});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    resize(fontMetrics().averageCharWidth() * 125, fontMetrics().lineSpacing() * 30);
    reload();
}

void TemplatePickerDialog::setClientProvider(ClientProvider provider)
{
    m_clientProvider = std::move(provider);
    m_refresh->setEnabled(bool(m_clientProvider));
}

void TemplatePickerDialog::refresh()
{
    if (!m_clientProvider || !m_call.isNull())
        return;
    m_banner->clear();
    m_busy->start();
    m_refresh->setEnabled(false);
    m_clientProvider(m_channelId, this, [this](const QString& error, api::ApiClient* client) {
        const auto finish = [this](bool ok) {
            m_busy->stop();
            m_refresh->setEnabled(true);
            Q_EMIT refreshFinished(ok);
        };
        if (!client) {
            m_banner->showError(api::ApiError::validation({error}));
            finish(false);
            return;
        }
        m_call = client->listTemplates(this, [this, finish](const api::Result<QList<Template>>& result) {
            m_call = nullptr;
            if (!result.ok()) {
                m_banner->showError(result.error());
                finish(false);
                return;
            }
            m_store->saveTemplates(m_channelId, result.value());
            reload();
            finish(true);
        });
    });
}

void TemplatePickerDialog::reload()
{
    const Template* previous = current();
    const QString previousKey = previous ? previous->name + QLatin1Char('/') + previous->language : QString();
    m_templates.clear();
    int notApproved = 0;
    for (const Template& t : m_store ? m_store->templates(m_channelId) : QList<Template>()) {
        if (t.isApproved())
            m_templates.append(t);
        else
            ++notApproved;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = -1;
    for (int i = 0; i < m_templates.size(); ++i) {
        const Template& t = m_templates.at(i);
        auto* item =
            new QListWidgetItem(tr("%1 · %2 · %3").arg(t.name, t.language, readableApiValue(t.category)), m_list);
        item->setData(Qt::UserRole, i);
        const QString reason = unsupportedReason(t);
        if (!reason.isEmpty()) {
            item->setData(Qt::UserRole + 1, true);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Not available here: %1.").arg(reason));
        } else {
            item->setToolTip(templates::component(t, QStringLiteral("BODY")).value(QStringLiteral("text")).toString());
            if (select < 0 || t.name + QLatin1Char('/') + t.language == previousKey)
                select = i;
        }
    }
    m_hidden->setText(notApproved > 0 ? tr("%n template(s) not approved (pending, rejected or paused) are not shown.",
                                           nullptr, notApproved)
                                      : QString());
    m_hidden->setVisible(notApproved > 0);
    if (m_templates.isEmpty())
        m_list->addItem(m_clientProvider ? tr("No approved templates. Press Refresh to load them from WhatsApp.")
                                         : tr("No approved templates for this channel."));
    m_current = -1;
    if (select >= 0)
        m_list->setCurrentRow(select);
    showTemplate(select);
}

int TemplatePickerDialog::templateCount() const
{
    return int(m_templates.size());
}

const Template* TemplatePickerDialog::current() const
{
    return m_current >= 0 && m_current < m_templates.size() ? &m_templates.at(m_current) : nullptr;
}

bool TemplatePickerDialog::selectTemplate(const QString& name, const QString& language)
{
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        const int index = item->data(Qt::UserRole).isValid() ? item->data(Qt::UserRole).toInt() : -1;
        if (index < 0 || item->data(Qt::UserRole + 1).toBool())
            continue;
        const Template& t = m_templates.at(index);
        if (t.name == name && (language.isEmpty() || t.language == language)) {
            m_list->setCurrentRow(i);
            return m_current == index;
        }
    }
    return false;
}

bool TemplatePickerDialog::setParameter(int index, const QString& value)
{
    if (index < 0 || index >= m_fields.size())
        return false;
    m_fields[index].edit->setText(value);
    return true;
}

void TemplatePickerDialog::showTemplate(int index)
{
    m_current = index;
    m_fields.clear();
    delete m_formHost->layout();
    qDeleteAll(m_formHost->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_form = new QFormLayout(m_formHost);
    m_form->setContentsMargins(0, 4, 0, 4);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const Template* t = current();
    m_title->setText(t ? tr("%1 (%2)").arg(t->name, t->language) : tr("Choose a template"));
    if (!t) {
        updateState();
        return;
    }
    const auto addField = [this](Field field, const QString& label, const QString& placeholder) {
        field.edit = new QLineEdit(m_formHost);
        field.edit->setObjectName(QStringLiteral("templateParameter%1").arg(m_fields.size()));
        field.edit->setPlaceholderText(placeholder);
        connect(field.edit, &QLineEdit::textChanged, this, &TemplatePickerDialog::updateState);
        m_form->addRow(label, field.edit);
        m_fields.append(field);
    };

    const QJsonObject header = templates::component(*t, QStringLiteral("HEADER"));
    const QString format = header.value(QStringLiteral("format")).toString().toUpper();
    if (format == QLatin1String("TEXT")) {
        for (const QString& v : api::templateVariableNames(header.value(QStringLiteral("text")).toString()))
            addField(Field(Field::Part::HeaderText, v), tr("Header {{%1}}:").arg(v), tr("Text for the header"));
    } else if (!format.isEmpty()) {
        Field f(Field::Part::HeaderMedia);
        f.mediaKind = api::mediaKindFromName(format.toLower()).value_or(api::MediaKind::Image);
        addField(f, tr("Header %1:").arg(readableApiValue(format).toLower()),
                 tr("Public https:// link to the %1").arg(readableApiValue(format).toLower()));
    }
    const QJsonObject body = templates::component(*t, QStringLiteral("BODY"));
    const QJsonArray examples =
        body.value(QStringLiteral("example")).toObject().value(QStringLiteral("body_text")).toArray().at(0).toArray();
    const QStringList bodyVars = api::templateVariableNames(body.value(QStringLiteral("text")).toString());
    for (int i = 0; i < bodyVars.size(); ++i) {
        const QString example = examples.at(i).toString();
        addField(Field(Field::Part::Body, bodyVars.at(i)), tr("{{%1}}:").arg(bodyVars.at(i)),
                 example.isEmpty() ? QString() : tr("e.g. %1").arg(example));
    }
    const QJsonArray buttons =
        templates::component(*t, QStringLiteral("BUTTONS")).value(QStringLiteral("buttons")).toArray();
    for (int i = 0; i < buttons.size(); ++i) {
        const QJsonObject b = buttons.at(i).toObject();
        const QString type = b.value(QStringLiteral("type")).toString().toUpper();
        Field f(Field::Part::Button);
        f.buttonIndex = i;
        if (type == QLatin1String("URL") && api::countTemplateVariables(b.value(QStringLiteral("url")).toString())) {
            addField(f, tr("Link “%1”:").arg(b.value(QStringLiteral("text")).toString()),
                     tr("End of %1").arg(b.value(QStringLiteral("url")).toString()));
        } else if (type == QLatin1String("COPY_CODE")) {
            addField(f, tr("Coupon code:"), tr("The code the customer copies"));
        }
    }
    if (m_fields.isEmpty()) {
        auto* none = new QLabel(tr("This template has no variables."), m_formHost);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_form->addRow(none);
    }
    updateState();
}

api::TemplateSend TemplatePickerDialog::buildSend() const
{
    const Template* t = current();
    if (!t)
        return {};
    templates::TemplateArguments arguments;
    for (const Field& f : m_fields) {
        const QString value = f.edit->text().trimmed();
        switch (f.part) {
        case Field::Part::HeaderText:
            arguments.header = api::TemplateTextParameter{value, {}};
            break;
        case Field::Part::HeaderMedia: {
            api::TemplateMediaParameter media;
            media.kind = f.mediaKind;
            media.media.link = value;
            arguments.header = media;
            break;
        }
        case Field::Part::Body:
            arguments.body.append(api::TemplateTextParameter{value, {}});
            break;
        case Field::Part::Button:
            arguments.buttons.append({f.buttonIndex, value});
            break;
        }
    }
    return templates::buildSend(*t, std::move(arguments));
}

api::OutgoingMessage TemplatePickerDialog::message() const
{
    return api::messages::templateMessage(m_to, buildSend());
}

QString TemplatePickerDialog::previewText() const
{
    const Template* t = current();
    if (!t)
        return {};
    QHash<QString, QString> headerValues;
    QHash<QString, QString> bodyValues;
    for (const Field& f : m_fields) {
        if (f.part == Field::Part::HeaderText)
            headerValues.insert(f.variable, f.edit->text().trimmed());
        else if (f.part == Field::Part::Body)
            bodyValues.insert(f.variable, f.edit->text().trimmed());
    }
    QStringList parts;
    const QJsonObject header = templates::component(*t, QStringLiteral("HEADER"));
    const QString format = header.value(QStringLiteral("format")).toString().toUpper();
    if (format == QLatin1String("TEXT"))
        parts.append(fillVariables(header.value(QStringLiteral("text")).toString(), headerValues));
    else if (!format.isEmpty())
        parts.append(tr("[%1]").arg(readableApiValue(format)));
    parts.append(fillVariables(
        templates::component(*t, QStringLiteral("BODY")).value(QStringLiteral("text")).toString(), bodyValues));
    const QString footer = templates::component(*t, QStringLiteral("FOOTER")).value(QStringLiteral("text")).toString();
    if (!footer.isEmpty())
        parts.append(footer);
    QStringList buttonTexts;
    for (const QJsonValue& b :
         templates::component(*t, QStringLiteral("BUTTONS")).value(QStringLiteral("buttons")).toArray())
        buttonTexts.append(QStringLiteral("[ ") + b.toObject().value(QStringLiteral("text")).toString() +
                           QStringLiteral(" ]"));
    if (!buttonTexts.isEmpty())
        parts.append(buttonTexts.join(QLatin1Char(' ')));
    parts.removeAll(QString());
    return parts.join(QStringLiteral("\n\n"));
}

QStringList TemplatePickerDialog::problems() const
{
    const Template* t = current();
    if (!t)
        return {tr("Choose an approved template.")};
    QStringList problems;
    for (const Field& f : m_fields)
        if (f.edit->text().trimmed().isEmpty()) {
            const auto* label = qobject_cast<QLabel*>(m_form->labelForField(f.edit));
            QString name = label ? label->text() : f.variable;
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            problems.append(tr("Fill in every field (%1 is empty).").arg(name));
            return problems;
        }
    const api::TemplateSend send = buildSend();
    QString details;
    const int code = api::checkTemplateParameters(templates::definition(*t), send.toJson(), &details);
    if (code != 0)
        problems.append(tr("WhatsApp would refuse these parameters (%1): %2").arg(code).arg(details));
    problems.append(api::validateMessage(message().toJson()));
    return problems;
}

void TemplatePickerDialog::updateState()
{
    m_preview->setText(previewText());
    m_preview->setVisible(current() != nullptr);
    const QStringList problems = this->problems();
    const bool anyTyped =
        std::any_of(m_fields.cbegin(), m_fields.cend(), [](const Field& f) { return !f.edit->text().isEmpty(); });
    m_problems->setText(problems.mid(0, 3).join(QLatin1Char('\n')));
    // An empty field is visible by itself; say something only when what was typed does not fit.
    const bool anyEmpty = std::any_of(m_fields.cbegin(), m_fields.cend(),
                                      [](const Field& f) { return f.edit->text().trimmed().isEmpty(); });
    m_problems->setVisible(!problems.isEmpty() && anyTyped && !anyEmpty && current());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace wabadesk::ui
