#include "templates/TemplateSendDialog.h"

#include "api/MessageValidation.h"
#include "templates/PreviewText.h"
#include "templates/TemplatePreview.h"
#include "templates/TemplateSendBuilder.h"
#include "theme/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace wabadesk::ui {

namespace {

bool isAuthentication(const Template& t)
{
    return t.category.compare(QLatin1String("AUTHENTICATION"), Qt::CaseInsensitive) == 0;
}

QLineEdit* field(QWidget* parent, const QString& name, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    return edit;
}

} // namespace

TemplateSendDialog::TemplateSendDialog(const QList<Template>& templates, QWidget* parent)
    : QDialog(parent)
    , m_name(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_formHost(new QWidget(this))
    , m_preview(new TemplatePreview(this))
    , m_problemLabel(new QLabel(this))
    , m_send(nullptr)
{
    setObjectName(QStringLiteral("templateSendDialog"));
    setWindowTitle(tr("Send a Template"));
    for (const Template& t : templates) {
        if (t.status.compare(QLatin1String("APPROVED"), Qt::CaseInsensitive) == 0)
            m_templates.append(t);
    }
    std::sort(m_templates.begin(), m_templates.end(), [](const Template& a, const Template& b) {
        return a.name == b.name ? a.language < b.language : a.name < b.name;
    });
    m_name->setObjectName(QStringLiteral("sendTemplateName"));
    m_name->setAccessibleName(tr("Template"));
    for (const Template& t : m_templates) {
        if (m_name->findData(t.name) < 0)
            m_name->addItem(t.name, t.name);
    }
    m_language->setObjectName(QStringLiteral("sendTemplateLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_problemLabel->setObjectName(QStringLiteral("sendProblem"));
    m_problemLabel->setWordWrap(true);

    auto* picker = new QFormLayout;
    picker->addRow(tr("&Template"), m_name);
    picker->addRow(tr("&Language"), m_language);
    auto* left = new QVBoxLayout;
    left->addLayout(picker);
    auto* valuesTitle = new QLabel(tr("<b>Values</b>"), this);
    left->addWidget(valuesTitle);
    left->addWidget(m_formHost);
    left->addStretch(1);
    left->addWidget(m_problemLabel);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_preview, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send Template"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendTemplateButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (message())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    if (m_templates.isEmpty()) {
        auto* empty = new QLabel(tr("This channel has no approved templates yet. Write one under Templates, and send "
                                    "it once WhatsApp has approved it."),
                                 this);
        empty->setObjectName(QStringLiteral("sendNoTemplates"));
        empty->setWordWrap(true);
        layout->addWidget(empty);
    }
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(860, 560);

    connect(m_name, &QComboBox::currentIndexChanged, this, &TemplateSendDialog::rebuildLanguages);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplateSendDialog::rebuildForm);
    rebuildLanguages();
}

void TemplateSendDialog::setHeaderMedia(const QString& mediaId)
{
    m_headerMediaId = mediaId;
    rebuildForm();
}

int TemplateSendDialog::templateCount() const
{
    return int(m_templates.size());
}

void TemplateSendDialog::setRecipient(const QString& to)
{
    m_to = to;
    update();
}

bool TemplateSendDialog::selectTemplate(const QString& name, const QString& language)
{
    const int index = m_name->findData(name);
    if (index < 0)
        return false;
    m_name->setCurrentIndex(index);
    if (!language.isEmpty()) {
        const int l = m_language->findData(language);
        if (l < 0)
            return false;
        m_language->setCurrentIndex(l);
    }
    return true;
}

std::optional<Template> TemplateSendDialog::current() const
{
    const QString name = m_name->currentData().toString();
    const QString language = m_language->currentData().toString();
    for (const Template& t : m_templates) {
        if (t.name == name && t.language == language)
            return t;
    }
    return std::nullopt;
}

void TemplateSendDialog::rebuildLanguages()
{
    const QSignalBlocker block(m_language);
    m_language->clear();
    const QString name = m_name->currentData().toString();
    for (const Template& t : m_templates) {
        if (t.name != name)
            continue;
        const QLocale locale(t.language);
        const QString label =
            locale.language() == QLocale::C
                ? t.language
                : QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()), t.language);
        m_language->addItem(label, t.language);
    }
    rebuildForm();
}

void TemplateSendDialog::rebuildForm()
{
    delete m_formHost->layout();
    for (QWidget* w : m_formHost->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        delete w;
    m_form = new QFormLayout(m_formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const std::optional<Template> t = current();
    if (!t) {
        update();
        return;
    }
    const auto watch = [this](QLineEdit* edit) {
        connect(edit, &QLineEdit::textChanged, this, &TemplateSendDialog::update);
    };

    const QJsonObject header = templates::component(*t, QStringLiteral("HEADER"));
    const QString format = header.value(QStringLiteral("format")).toString().toUpper();
    if (format == QLatin1String("TEXT") &&
        !api::templateVariableNames(header.value(QStringLiteral("text")).toString()).isEmpty()) {
        auto* edit = field(m_formHost, QStringLiteral("headerParam"), tr("Header value"));
        watch(edit);
        m_form->addRow(tr("Header"), edit);
    } else if (format == QLatin1String("IMAGE") || format == QLatin1String("VIDEO") ||
               format == QLatin1String("DOCUMENT")) {
        auto* source = new QComboBox(m_formHost);
        source->setObjectName(QStringLiteral("headerSource"));
        source->addItem(tr("Link (https)"), QStringLiteral("link"));
        source->addItem(tr("Uploaded media id"), QStringLiteral("id"));
        connect(source, &QComboBox::currentIndexChanged, this, &TemplateSendDialog::update);
        auto* edit = field(m_formHost, QStringLiteral("headerMedia"), tr("https://example.com/file or media id"));
        if (!m_headerMediaId.isEmpty()) {
            source->setCurrentIndex(source->findData(QStringLiteral("id")));
            edit->setText(m_headerMediaId);
        }
        watch(edit);
        auto* row = new QHBoxLayout;
        row->addWidget(source);
        row->addWidget(edit, 1);
        m_form->addRow(tr("Header %1").arg(format.toLower()), row);
        if (format == QLatin1String("DOCUMENT")) {
            auto* name = field(m_formHost, QStringLiteral("headerFilename"), tr("File name shown (optional)"));
            watch(name);
            m_form->addRow(tr("File name"), name);
        }
    } else if (format == QLatin1String("LOCATION")) {
        for (const auto& [name, label] : {std::pair{QStringLiteral("headerLatitude"), tr("Latitude")},
                                          std::pair{QStringLiteral("headerLongitude"), tr("Longitude")},
                                          std::pair{QStringLiteral("headerPlace"), tr("Place name")},
                                          std::pair{QStringLiteral("headerAddress"), tr("Address")}}) {
            auto* edit = field(m_formHost, name, label);
            watch(edit);
            m_form->addRow(label, edit);
        }
    }

    QStringList bodyVars = templates::bodyVariables(*t);
    if (isAuthentication(*t) && bodyVars.isEmpty())
        bodyVars.append(QStringLiteral("1"));
    for (const QString& v : bodyVars) {
        auto* kind = new QComboBox(m_formHost);
        kind->setObjectName(QStringLiteral("bodyType_") + v);
        kind->addItem(tr("Text"), QStringLiteral("text"));
        if (!isAuthentication(*t)) {
            kind->addItem(tr("Currency"), QStringLiteral("currency"));
            kind->addItem(tr("Date and time"), QStringLiteral("date_time"));
        }
        auto* value = field(m_formHost, QStringLiteral("bodyParam_") + v,
                            isAuthentication(*t) ? tr("One-time code") : tr("Value for {{%1}}").arg(v));
        auto* code = field(m_formHost, QStringLiteral("bodyCurrency_") + v, tr("USD"));
        code->setMaxLength(3);
        code->setMaximumWidth(60);
        auto* amount = field(m_formHost, QStringLiteral("bodyAmount_") + v, tr("Amount, e.g. 12.50"));
        amount->setValidator(new QDoubleValidator(0, 1e12, 3, amount));
        code->setVisible(false);
        amount->setVisible(false);
        watch(value);
        watch(code);
        watch(amount);
        connect(kind, &QComboBox::currentIndexChanged, this, [this, kind, value, code, amount] {
            const QString type = kind->currentData().toString();
            code->setVisible(type == QLatin1String("currency"));
            amount->setVisible(type == QLatin1String("currency"));
            value->setPlaceholderText(type == QLatin1String("currency")    ? tr("Shown as, e.g. $12.50")
                                      : type == QLatin1String("date_time") ? tr("Shown as, e.g. May 3, 2025")
                                                                           : tr("Value"));
            update();
        });
        auto* row = new QHBoxLayout;
        row->addWidget(kind);
        row->addWidget(value, 2);
        row->addWidget(code);
        row->addWidget(amount, 1);
        m_form->addRow(QStringLiteral("{{%1}}").arg(v), row);
    }

    const QJsonArray buttons =
        templates::component(*t, QStringLiteral("BUTTONS")).value(QStringLiteral("buttons")).toArray();
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QJsonObject b = buttons.at(i).toObject();
        const QString type = b.value(QStringLiteral("type")).toString().toUpper();
        const QString text = b.value(QStringLiteral("text")).toString();
        QLineEdit* edit = nullptr;
        if (type == QLatin1String("URL") &&
            !api::templateVariableNames(b.value(QStringLiteral("url")).toString()).isEmpty()) {
            const QString url = b.value(QStringLiteral("url")).toString();
            edit = field(m_formHost, QStringLiteral("buttonParam_%1").arg(i),
                         tr("Ending of %1").arg(url.left(url.indexOf(QLatin1String("{{")))));
        } else if (type == QLatin1String("COPY_CODE")) {
            edit = field(m_formHost, QStringLiteral("buttonParam_%1").arg(i), tr("Code to copy, up to 15 characters"));
        } else if (type == QLatin1String("QUICK_REPLY")) {
            edit = field(m_formHost, QStringLiteral("buttonParam_%1").arg(i), tr("Payload sent back (optional)"));
        }
        if (edit) {
            watch(edit);
            m_form->addRow(tr("Button \"%1\"").arg(text.isEmpty() ? type.toLower() : text), edit);
        }
    }
    if (m_form->rowCount() == 0)
        m_form->addRow(new QLabel(tr("This template has no variables; it is sent as it is."), m_formHost));
    update();
}

QString TemplateSendDialog::valueOf(const QString& objectName) const
{
    const auto* edit = m_formHost->findChild<QLineEdit*>(objectName);
    return edit ? edit->text() : QString();
}

std::optional<api::TemplateSend> TemplateSendDialog::buildSend(QString* problem, bool* incomplete) const
{
    const std::optional<Template> t = current();
    if (!t) {
        *problem = tr("Choose an approved template.");
        return std::nullopt;
    }
    templates::TemplateArguments arguments;
    QStringList missing;

    const QJsonObject header = templates::component(*t, QStringLiteral("HEADER"));
    const QString format = header.value(QStringLiteral("format")).toString().toUpper();
    if (m_formHost->findChild<QLineEdit*>(QStringLiteral("headerParam"))) {
        arguments.header = api::TemplateTextParameter{valueOf(QStringLiteral("headerParam")), {}};
        if (valueOf(QStringLiteral("headerParam")).trimmed().isEmpty())
            missing.append(tr("header"));
    } else if (auto* source = m_formHost->findChild<QComboBox*>(QStringLiteral("headerSource"))) {
        api::TemplateMediaParameter media;
        media.kind = api::mediaKindFromName(format.toLower()).value_or(api::MediaKind::Image);
        const QString value = valueOf(QStringLiteral("headerMedia")).trimmed();
        if (source->currentData().toString() == QLatin1String("id"))
            media.media.id = value;
        else
            media.media.link = value;
        media.filename = valueOf(QStringLiteral("headerFilename"));
        arguments.header = media;
        if (value.isEmpty())
            missing.append(tr("header %1").arg(format.toLower()));
    } else if (format == QLatin1String("LOCATION")) {
        bool latOk = false;
        bool lonOk = false;
        api::TemplateLocationParameter location;
        location.latitude = valueOf(QStringLiteral("headerLatitude")).toDouble(&latOk);
        location.longitude = valueOf(QStringLiteral("headerLongitude")).toDouble(&lonOk);
        location.name = valueOf(QStringLiteral("headerPlace"));
        location.address = valueOf(QStringLiteral("headerAddress"));
        arguments.header = location;
        if (!latOk || !lonOk || std::abs(location.latitude) > 90 || std::abs(location.longitude) > 180)
            missing.append(tr("header location (latitude and longitude)"));
    }

    QStringList bodyVars = templates::bodyVariables(*t);
    if (isAuthentication(*t) && bodyVars.isEmpty())
        bodyVars.append(QStringLiteral("1"));
    for (const QString& v : bodyVars) {
        const auto* kind = m_formHost->findChild<QComboBox*>(QStringLiteral("bodyType_") + v);
        const QString type = kind ? kind->currentData().toString() : QStringLiteral("text");
        const QString value = valueOf(QStringLiteral("bodyParam_") + v);
        if (value.trimmed().isEmpty())
            missing.append(QStringLiteral("{{%1}}").arg(v));
        if (type == QLatin1String("currency")) {
            const QString code = valueOf(QStringLiteral("bodyCurrency_") + v).trimmed().toUpper();
            bool ok = false;
            const double amount = QLocale::c().toDouble(valueOf(QStringLiteral("bodyAmount_") + v), &ok);
            if (code.size() != 3 || !ok)
                missing.append(tr("{{%1}} currency code and amount").arg(v));
            arguments.body.append(api::TemplateCurrencyParameter{value, code, qint64(std::llround(amount * 1000)), {}});
        } else if (type == QLatin1String("date_time")) {
            arguments.body.append(api::TemplateDateTimeParameter{value, {}});
        } else {
            arguments.body.append(api::TemplateTextParameter{value, {}});
        }
    }

    const QJsonArray buttons =
        templates::component(*t, QStringLiteral("BUTTONS")).value(QStringLiteral("buttons")).toArray();
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QString type = buttons.at(i).toObject().value(QStringLiteral("type")).toString().toUpper();
        const QString value = valueOf(QStringLiteral("buttonParam_%1").arg(i));
        if (type == QLatin1String("OTP") && isAuthentication(*t)) {
            // The code goes in the body and in the button (REFERENCE.md §1.8, authentication templates).
            if (buttons.at(i).toObject().value(QStringLiteral("otp_type")).toString().toUpper() !=
                QLatin1String("ZERO_TAP"))
                arguments.buttons.append({int(i), valueOf(QStringLiteral("bodyParam_1"))});
        } else if (type == QLatin1String("QUICK_REPLY")) {
            if (!value.isEmpty())
                arguments.buttons.append({int(i), value});
        } else if (m_formHost->findChild<QLineEdit*>(QStringLiteral("buttonParam_%1").arg(i))) {
            if (value.trimmed().isEmpty())
                missing.append(tr("button %1").arg(i + 1));
            arguments.buttons.append({int(i), value});
        }
    }
    if (!missing.isEmpty()) {
        *problem = tr("Fill in: %1.").arg(QLocale().createSeparatedList(missing));
        if (incomplete)
            *incomplete = true;
        return std::nullopt;
    }
    const api::TemplateSend send = templates::buildSend(*t, std::move(arguments));
    QString details;
    const int code = api::checkTemplateParameters(templates::definition(*t), send.toJson(), &details);
    if (code != 0) {
        *problem = tr("WhatsApp would refuse this (error %1): %2").arg(code).arg(details);
        return std::nullopt;
    }
    return send;
}

std::optional<api::OutgoingMessage> TemplateSendDialog::message() const
{
    QString problem;
    const std::optional<api::TemplateSend> send = buildSend(&problem);
    if (!send)
        return std::nullopt;
    api::OutgoingMessage message = api::messages::templateMessage(m_to, *send);
    if (!m_to.isEmpty() && !api::validateMessage(message.toJson()).isEmpty())
        return std::nullopt;
    return message;
}

void TemplateSendDialog::update()
{
    QString problem;
    bool incomplete = false;
    const std::optional<api::TemplateSend> send = buildSend(&problem, &incomplete);
    if (send && !m_to.isEmpty()) {
        const QStringList problems = api::validateMessage(api::messages::templateMessage(m_to, *send).toJson());
        if (!problems.isEmpty())
            problem = problems.join(u'\n');
    }
    m_problem = problem;
    m_problemLabel->setText(problem);
    QPalette p = m_problemLabel->palette();
    p.setColor(QPalette::WindowText,
               incomplete ? palette().color(QPalette::PlaceholderText) : theme::negativeText(palette()));
    m_problemLabel->setPalette(p);
    m_problemLabel->setVisible(!problem.isEmpty());
    if (m_send)
        m_send->setEnabled(problem.isEmpty());

    // The preview with the values typed so far (variables without a value stay as {{n}}).
    PreviewContent content;
    if (const std::optional<Template> t = current()) {
        const QJsonObject header = templates::component(*t, QStringLiteral("HEADER"));
        content.headerFormat = header.value(QStringLiteral("format")).toString().toUpper();
        const QStringList headerVars = api::templateVariableNames(header.value(QStringLiteral("text")).toString());
        content.headerText = templates::fillVariables(header.value(QStringLiteral("text")).toString(),
                                                      {{headerVars.value(0), valueOf(QStringLiteral("headerParam"))}});
        content.mediaName = valueOf(QStringLiteral("headerMedia"));
        if (content.headerFormat == QLatin1String("LOCATION"))
            content.mediaName = valueOf(QStringLiteral("headerPlace"));
        QMap<QString, QString> values;
        const QString bodyText =
            templates::component(*t, QStringLiteral("BODY")).value(QStringLiteral("text")).toString();
        for (const QString& v : api::templateVariableNames(bodyText))
            values.insert(v, valueOf(QStringLiteral("bodyParam_") + v));
        content.body = templates::fillVariables(bodyText, values);
        content.footer = templates::component(*t, QStringLiteral("FOOTER")).value(QStringLiteral("text")).toString();
        for (const QJsonValue& b :
             templates::component(*t, QStringLiteral("BUTTONS")).value(QStringLiteral("buttons")).toArray())
            content.buttons.append({b.toObject().value(QStringLiteral("type")).toString().toUpper(),
                                    b.toObject().value(QStringLiteral("text")).toString()});
    }
    m_preview->setContent(content);
}

} // namespace wabadesk::ui
