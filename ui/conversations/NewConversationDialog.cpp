#include "conversations/NewConversationDialog.h"

#include "channels/ChannelIcon.h"
#include "store/PhoneFormat.h"
#include "theme/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QString regionName(const QString& region)
{
    if (region.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    return territory == QLocale::AnyTerritory ? region : QLocale::territoryToString(territory);
}

QString kindText(PhoneInput::Kind kind)
{
    switch (kind) {
    case PhoneInput::Kind::Mobile:
        return NewConversationDialog::tr("Mobile");
    case PhoneInput::Kind::FixedLine:
        return NewConversationDialog::tr("Landline");
    case PhoneInput::Kind::FixedLineOrMobile:
        return NewConversationDialog::tr("Mobile or landline");
    case PhoneInput::Kind::Other:
    case PhoneInput::Kind::Unknown:
        break;
    }
    return {};
}

} // namespace

NewConversationDialog::NewConversationDialog(const QList<Channel>& channels, const QString& preferredChannelId,
                                             QWidget* parent)
    : QDialog(parent)
    , m_channels(channels)
    , m_channel(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_feedback(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newConversationDialog"));
    setWindowTitle(tr("New conversation"));
    setMinimumWidth(420);

    auto* title = new QLabel(tr("Start a conversation"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Enter the customer's WhatsApp number. Businesses can write first only with an "
                                "approved template; free-form messages are possible once the customer replies."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_channel->setObjectName(QStringLiteral("newConversationChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    for (const Channel& c : channels) {
        const QString label = c.phoneNumber.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.phoneNumber);
        m_channel->addItem(channelIcon(QColor(c.colour)), label, c.id);
    }
    const int preferred = m_channel->findData(preferredChannelId);
    m_channel->setCurrentIndex(preferred >= 0 ? preferred : 0);

    m_number->setObjectName(QStringLiteral("newConversationNumber"));
    m_number->setAccessibleName(tr("Phone number"));
    m_number->setPlaceholderText(tr("+49 151 12345678"));
    m_number->setClearButtonEnabled(true);
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    QFont numberFont = m_number->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.2);
    m_number->setFont(numberFont);
    m_number->setMinimumHeight(QFontMetrics(numberFont).height() + 14);

    m_feedback->setObjectName(QStringLiteral("newConversationFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().height() * 2);
    m_feedback->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);

    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Start conversation"));
    ok->setObjectName(QStringLiteral("newConversationStart"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("newConversationCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewConversationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewConversationDialog::reject);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* channelLabel = new QLabel(tr("&Channel"), this);
    channelLabel->setBuddy(m_channel);
    form->addRow(channelLabel, m_channel);
    // One channel: nothing to choose.
    channelLabel->setVisible(channels.size() > 1);
    m_channel->setVisible(channels.size() > 1);
    auto* numberLabel = new QLabel(tr("&Number"), this);
    numberLabel->setBuddy(m_number);
    form->addRow(numberLabel, m_number);
    form->addRow(QString(), m_feedback);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_number, &QLineEdit::textChanged, this, &NewConversationDialog::refresh);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &NewConversationDialog::refresh);
    m_number->setFocus();
    refresh();
}

QString NewConversationDialog::channelId() const
{
    return m_channel->currentData().toString();
}

QString NewConversationDialog::defaultRegion() const
{
    for (const Channel& c : m_channels) {
        if (c.id != channelId())
            continue;
        QString digits;
        for (const QChar ch : c.phoneNumber) {
            if (ch.isDigit())
                digits.append(ch);
        }
        return store::formatPhone(digits).region;
    }
    return {};
}

QString NewConversationDialog::feedback() const
{
    return m_feedback->text();
}

QString NewConversationDialog::problemText(PhoneInput::Problem problem, const QString& region)
{
    switch (problem) {
    case PhoneInput::Problem::None:
        return {};
    case PhoneInput::Problem::Empty:
        return tr("Enter the number with its country code, for example +49 151 12345678.");
    case PhoneInput::Problem::NotANumber:
        return tr("Only digits, spaces, dashes, dots, parentheses and one leading + can be part of a number.");
    case PhoneInput::Problem::NeedsCountryCode:
        return tr("Add the country code (for example +49 for Germany): this channel's country is not known, so a "
                  "number starting with 0 cannot be read.");
    case PhoneInput::Problem::InvalidCountryCode:
        return tr("No country has this code. Start with + and the country code, for example +44.");
    case PhoneInput::Problem::TooShort:
        return region.isEmpty()
                   ? tr("Too short for a phone number: enter the country code, the area or mobile code and the "
                        "number.")
                   : tr("Too short for a phone number in %1: enter the area or mobile code and the whole number.")
                         .arg(regionName(region));
    case PhoneInput::Problem::TooLong:
        return tr("Too long for a phone number (at most 15 digits with the country code).");
    case PhoneInput::Problem::InvalidNumber:
        return region.isEmpty()
                   ? tr("This is not a valid phone number. Check the digits.")
                   : tr("This is not a valid phone number in %1. Check the digits.").arg(regionName(region));
    }
    return {};
}

void NewConversationDialog::refresh()
{
    const QString region = defaultRegion();
    m_input = parsePhoneInput(m_number->text(), region);
    const QPalette pal = palette();
    if (m_input.isValid()) {
        QStringList parts{m_input.international};
        if (const QString kind = kindText(m_input.kind); !kind.isEmpty())
            parts.append(kind);
        if (const QString name = regionName(m_input.region); !name.isEmpty())
            parts.append(name);
        //: Shown under the number field when the number is valid: ✓ +49 1511 2345678 · Mobile · Germany
        m_feedback->setText(tr("✓ %1").arg(parts.join(QStringLiteral("  ·  "))));
        m_feedback->setStyleSheet(QStringLiteral("color: %1;").arg(theme::positiveText(pal).name()));
    } else if (m_input.problem == PhoneInput::Problem::Empty) {
        m_feedback->setText(problemText(m_input.problem, m_input.region));
        m_feedback->setStyleSheet(QStringLiteral("color: %1;").arg(pal.color(QPalette::PlaceholderText).name()));
    } else {
        m_feedback->setText(problemText(m_input.problem, m_input.region));
        m_feedback->setStyleSheet(QStringLiteral("color: %1;").arg(theme::negativeText(pal).name()));
    }
    m_hint->setText(region.isEmpty()
                        ? tr("Include the country code: this channel's country is not known.")
                        : tr("Numbers without a country code are read as numbers in %1.").arg(regionName(region)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void NewConversationDialog::accept()
{
    if (!canAccept())
        return;
    QDialog::accept();
}

} // namespace wabadesk::ui
