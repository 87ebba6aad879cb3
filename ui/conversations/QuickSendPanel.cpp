#include "conversations/QuickSendPanel.h"

#include "api/ApiClient.h"
#include "common/BusyIndicator.h"
#include "common/ErrorBanner.h"
#include "common/ErrorText.h"
#include "theme/Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

// wa_ids are the full international number without "+": 7 to 15 digits (E.164).
bool isPlausibleWaId(const QString& digits)
{
    if (digits.size() < 7 || digits.size() > 15 || digits.startsWith(QLatin1Char('0')))
        return false;
    return std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString stripNumberPunctuation(QString text)
{
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    text.remove(QLatin1Char('.')).remove(QLatin1Char('/'));
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    else if (text.startsWith(QLatin1String("00")))
        text.remove(0, 2);
    return text;
}

// The log, with a hint in place of an empty white box.
class LogList : public QListWidget {
public:
    using QListWidget::QListWidget;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QListWidget::paintEvent(event);
        if (count() > 0)
            return;
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                         QuickSendPanel::tr("Each message you send appears here, with the message id WhatsApp "
                                            "gave it or the reason it was refused."));
    }
};

QLabel* sectionHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

QuickSendPanel::QuickSendPanel(api::ApiClient* client, const QList<KnownRecipient>& recipients, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_recipient(new QComboBox(this))
    , m_recipientProblem(new QLabel(this))
    , m_message(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_banner(new ErrorBanner(this))
    , m_log(new LogList(this))
    , m_clearLog(new QPushButton(tr("C&lear"), this))
{
    setObjectName(QStringLiteral("quickSendPanel"));

    auto* heading = new QLabel(tr("Send a test message"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("Sends a plain text message through this channel, to check that it works. WhatsApp "
                                "accepts free-form messages only within 24 hours of the customer's last message. "
                                "Conversations with incoming messages come in a later version."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_recipient->setObjectName(QStringLiteral("quickSendRecipient"));
    m_recipient->setAccessibleName(tr("Recipient"));
    m_recipient->setEditable(true);
    m_recipient->setInsertPolicy(QComboBox::NoInsert);
    m_recipient->lineEdit()->setPlaceholderText(tr("Number with country code, e.g. 4915112345678"));
    m_recipient->setToolTip(tr("Choose a known customer or type a number with country code"));
    for (const KnownRecipient& r : recipients) {
        const QString text = r.name.isEmpty() ? QStringLiteral("+") + r.waId : tr("%1 (+%2)").arg(r.name, r.waId);
        m_recipient->addItem(text, r.waId);
    }
    m_recipient->setMinimumContentsLength(28);
    connect(m_recipient, &QComboBox::editTextChanged, this, &QuickSendPanel::updateState);

    m_recipientProblem->setObjectName(QStringLiteral("quickSendRecipientProblem"));
    m_recipientProblem->setWordWrap(true);
    m_recipientProblem->setVisible(false);

    m_message->setObjectName(QStringLiteral("quickSendMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setPlaceholderText(tr("Type a message…"));
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 6 + 14);
    connect(m_message, &QPlainTextEdit::textChanged, this, &QuickSendPanel::updateState);

    m_counter->setObjectName(QStringLiteral("quickSendCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_send->setObjectName(QStringLiteral("quickSendButton"));
    m_send->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_send->setDefault(true);
    const QKeySequence sendKey(Qt::CTRL | Qt::Key_Return);
    m_send->setToolTip(tr("Send the message (%1)").arg(sendKey.toString(QKeySequence::NativeText)));
    connect(m_send, &QPushButton::clicked, this, &QuickSendPanel::send);
    auto* sendShortcut = new QShortcut(sendKey, this, this, &QuickSendPanel::send, Qt::WidgetWithChildrenShortcut);
    sendShortcut->setObjectName(QStringLiteral("quickSendShortcut"));

    m_busy->setObjectName(QStringLiteral("quickSendBusy"));
    m_busy->setText(tr("Sending…"));

    m_banner->setObjectName(QStringLiteral("quickSendErrorBanner"));

    m_log->setObjectName(QStringLiteral("quickSendLog"));
    m_log->setAccessibleName(tr("Send log"));
    m_log->setWordWrap(true);
    m_log->setUniformItemSizes(false);
    m_log->setResizeMode(QListView::Adjust);
    m_log->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_log->setSpacing(3);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_log->setIconSize(QSize(iconSize, iconSize));
    m_log->setTextElideMode(Qt::ElideNone);

    m_clearLog->setObjectName(QStringLiteral("quickSendClearLog"));
    m_clearLog->setToolTip(tr("Empty the log (nothing is deleted on WhatsApp)"));
    m_clearLog->setEnabled(false);
    connect(m_clearLog, &QPushButton::clicked, this, [this] {
        m_log->clear();
        m_clearLog->setEnabled(false);
    });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    auto* recipientCell = new QVBoxLayout;
    recipientCell->setSpacing(2);
    recipientCell->addWidget(m_recipient);
    recipientCell->addWidget(m_recipientProblem);
    form->addRow(tr("&To:"), recipientCell);
    form->addRow(tr("&Message:"), m_message);
    if (auto* toLabel = qobject_cast<QLabel*>(form->labelForField(recipientCell)))
        toLabel->setBuddy(m_recipient);

    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_counter, 1);
    sendRow->addWidget(m_busy);
    sendRow->addWidget(m_send);
    form->addRow(QString(), sendRow);

    auto* logHeader = new QHBoxLayout;
    logHeader->addWidget(sectionHeading(tr("Log"), this), 1);
    logHeader->addWidget(m_clearLog);

    auto* composer = new QWidget(this);
    composer->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    auto* composerLayout = new QVBoxLayout(composer);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    composerLayout->setSpacing(10);
    composerLayout->addWidget(heading);
    composerLayout->addWidget(intro);
    composerLayout->addSpacing(4);
    composerLayout->addLayout(form);
    composerLayout->addWidget(m_banner);
    composerLayout->addSpacing(6);
    composerLayout->addLayout(logHeader);
    composerLayout->addWidget(m_log, 1);

    // The composer keeps a readable width; extra window width stays empty on the right.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(composer, 1);
    layout->addStretch(0);

    updateState();
}

QString QuickSendPanel::recipientWaId() const
{
    const QString text = m_recipient->currentText().trimmed();
    const int index = m_recipient->findText(text);
    if (index >= 0)
        return m_recipient->itemData(index).toString();
    const QString digits = stripNumberPunctuation(text);
    return isPlausibleWaId(digits) ? digits : QString();
}

bool QuickSendPanel::canSend() const
{
    const qsizetype length = m_message->toPlainText().size();
    return m_client && m_call.isNull() && !recipientWaId().isEmpty() && !m_message->toPlainText().trimmed().isEmpty() &&
           length <= kMaxTextLength;
}

void QuickSendPanel::send()
{
    if (!canSend())
        return;
    const QString to = recipientWaId();
    const QString body = m_message->toPlainText();
    m_banner->clear();
    m_busy->start();
    m_call = m_client->sendMessage(
        api::messages::text(to, body), this, [this, to, body](const api::Result<SendResult>& result) {
            m_call = nullptr;
            m_busy->stop();
            if (result.ok()) {
                const QString waId = result.value().waId.isEmpty() ? to : result.value().waId;
                appendLog(tr("Sent %1 to +%2").arg(result.value().messageId, waId), true,
                          tr("WhatsApp accepted the message. Delivery is confirmed later by a status webhook."));
                // The composer stays usable while sending; keep whatever was typed since.
                if (m_message->toPlainText() == body)
                    m_message->clear();
            } else {
                m_banner->showError(result.error());
                appendLog(tr("Not sent to +%1. %2").arg(to, ErrorText::oneParagraph(result.error())), false,
                          ErrorText::technicalDetails(result.error()));
            }
            updateState();
            Q_EMIT sendFinished(result.ok());
        });
    updateState();
}

void QuickSendPanel::updateState()
{
    const qsizetype length = m_message->toPlainText().size();
    const bool overLimit = length > kMaxTextLength;
    const QLocale locale;
    QString counter = tr("%1 / %2 characters").arg(locale.toString(length), locale.toString(kMaxTextLength));
    if (overLimit)
        counter = tr("%1 / %2 characters, %3 over the limit")
                      .arg(locale.toString(length), locale.toString(kMaxTextLength),
                           locale.toString(length - kMaxTextLength));
    m_counter->setText(counter);
    m_counter->setProperty("overLimit", overLimit);
    QPalette counterPalette = palette();
    counterPalette.setColor(QPalette::WindowText,
                            overLimit ? theme::negativeText(palette()) : palette().color(QPalette::PlaceholderText));
    m_counter->setPalette(counterPalette);

    const QString typed = m_recipient->currentText().trimmed();
    const bool badRecipient = !typed.isEmpty() && recipientWaId().isEmpty();
    if (badRecipient) {
        m_recipientProblem->setText(tr("Enter the number with its country code, digits only, e.g. 4915112345678."));
        QPalette problemPalette = palette();
        problemPalette.setColor(QPalette::WindowText, theme::negativeText(palette()));
        m_recipientProblem->setPalette(problemPalette);
    }
    m_recipientProblem->setVisible(badRecipient);

    m_send->setEnabled(canSend());
}

void QuickSendPanel::appendLog(const QString& text, bool ok, const QString& toolTip)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    auto* item =
        new QListWidgetItem(style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning),
                            tr("%1  %2").arg(time, text), m_log);
    item->setToolTip(toolTip);
    item->setData(Qt::UserRole, ok);
    m_log->scrollToItem(item);
    m_clearLog->setEnabled(true);
}

} // namespace wabadesk::ui
