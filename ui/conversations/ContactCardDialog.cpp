#include "conversations/ContactCardDialog.h"

#include "api/MessageValidation.h"
#include "theme/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace wabadesk::ui {

ContactCardDialog::ContactCardDialog(const QString& to, QWidget* parent)
    : QDialog(parent)
    , m_to(to)
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_formattedName(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_phoneType(new QComboBox(this))
    , m_email(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contactCardDialog"));
    setWindowTitle(tr("Send Contact Card"));

    m_firstName->setObjectName(QStringLiteral("contactFirstName"));
    m_lastName->setObjectName(QStringLiteral("contactLastName"));
    m_formattedName->setObjectName(QStringLiteral("contactFormattedName"));
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_phone->setPlaceholderText(tr("+49 30 1234567"));
    m_phoneType->setObjectName(QStringLiteral("contactPhoneType"));
    m_phoneType->addItem(tr("Mobile"), QStringLiteral("CELL"));
    m_phoneType->addItem(tr("Work"), QStringLiteral("WORK"));
    m_phoneType->addItem(tr("Home"), QStringLiteral("HOME"));
    m_email->setObjectName(QStringLiteral("contactEmail"));
    m_company->setObjectName(QStringLiteral("contactCompany"));
    m_title->setObjectName(QStringLiteral("contactTitle"));
    m_url->setObjectName(QStringLiteral("contactUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_problem->setObjectName(QStringLiteral("contactProblem"));
    m_problem->setWordWrap(true);
    QPalette problemPalette = palette();
    problemPalette.setColor(QPalette::WindowText, theme::negativeText(palette()));
    m_problem->setPalette(problemPalette);

    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_firstName);
    nameRow->addWidget(m_lastName);
    m_firstName->setPlaceholderText(tr("First name"));
    m_lastName->setPlaceholderText(tr("Last name"));
    auto* phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_phoneType);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), nameRow);
    form->addRow(tr("Shown &as:"), m_formattedName);
    form->addRow(tr("&Phone:"), phoneRow);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Job title:"), m_title);
    form->addRow(tr("&Website:"), m_url);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send Contact"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("contactSend"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_firstName, m_lastName, m_formattedName, m_phone, m_email, m_company, m_title, m_url})
        connect(edit, &QLineEdit::textChanged, this, &ContactCardDialog::updateState);
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
    updateState();
}

QString ContactCardDialog::formattedName() const
{
    const QString typed = m_formattedName->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    return QStringList{m_firstName->text().trimmed(), m_lastName->text().trimmed()}
        .filter(QRegularExpression(QStringLiteral("\\S")))
        .join(QLatin1Char(' '));
}

QJsonObject ContactCardDialog::contact() const
{
    QJsonObject name{{QStringLiteral("formatted_name"), formattedName()}};
    if (!m_firstName->text().trimmed().isEmpty())
        name.insert(QStringLiteral("first_name"), m_firstName->text().trimmed());
    if (!m_lastName->text().trimmed().isEmpty())
        name.insert(QStringLiteral("last_name"), m_lastName->text().trimmed());
    QJsonObject card{{QStringLiteral("name"), name}};
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty()) {
        QJsonObject entry{{QStringLiteral("phone"), phone},
                          {QStringLiteral("type"), m_phoneType->currentData().toString()}};
        card.insert(QStringLiteral("phones"), QJsonArray{entry});
    }
    if (!m_email->text().trimmed().isEmpty())
        card.insert(QStringLiteral("emails"),
                    QJsonArray{QJsonObject{{QStringLiteral("email"), m_email->text().trimmed()},
                                           {QStringLiteral("type"), QStringLiteral("WORK")}}});
    QJsonObject org;
    if (!m_company->text().trimmed().isEmpty())
        org.insert(QStringLiteral("company"), m_company->text().trimmed());
    if (!m_title->text().trimmed().isEmpty())
        org.insert(QStringLiteral("title"), m_title->text().trimmed());
    if (!org.isEmpty())
        card.insert(QStringLiteral("org"), org);
    if (!m_url->text().trimmed().isEmpty())
        card.insert(QStringLiteral("urls"), QJsonArray{QJsonObject{{QStringLiteral("url"), m_url->text().trimmed()},
                                                                   {QStringLiteral("type"), QStringLiteral("WORK")}}});
    return card;
}

api::OutgoingMessage ContactCardDialog::message() const
{
    return api::messages::contacts(m_to, QJsonArray{contact()});
}

QStringList ContactCardDialog::problems() const
{
    QStringList problems;
    if (formattedName().isEmpty())
        problems.append(tr("Enter the contact's name."));
    static const QRegularExpression phoneChars(QStringLiteral("^\\+?[0-9 ()\\-./]{3,}$"));
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty() && !phoneChars.match(phone).hasMatch())
        problems.append(tr("The phone number may contain only digits, spaces and + - ( ) . /"));
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !email.contains(QLatin1Char('@')))
        problems.append(tr("The e-mail address needs an @."));
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
            problems.append(tr("The website must be a full address starting with https://"));
    }
    if (problems.isEmpty())
        problems = api::validateMessage(message().toJson());
    return problems;
}

void ContactCardDialog::updateState()
{
    m_formattedName->setPlaceholderText(formattedName().isEmpty() ? tr("Full name as shown in the card")
                                                                  : formattedName());
    const QStringList problems = this->problems();
    // Say nothing while the form is still untouched.
    const bool untouched = m_firstName->text().isEmpty() && m_lastName->text().isEmpty() &&
                           m_formattedName->text().isEmpty() && m_phone->text().isEmpty();
    m_problem->setText(problems.value(0));
    m_problem->setVisible(!problems.isEmpty() && !untouched);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace wabadesk::ui
