#include "conversations/FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace wabadesk::ui {

FindBar::FindBar(QWidget* parent)
    : QFrame(parent)
    , m_field(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_older(new QToolButton(this))
    , m_newer(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in conversation"));
    m_field->setAccessibleName(tr("Find in conversation"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_result->setObjectName(QStringLiteral("findResult"));
    m_result->setMinimumWidth(80);
    m_result->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto setup = [](QToolButton* b, const char* name, const QString& text, const QString& tip) {
        b->setObjectName(QString::fromLatin1(name));
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
    };
    setup(m_older, "findOlderButton", QStringLiteral("▲"), tr("Previous match (older) — Enter"));
    setup(m_newer, "findNewerButton", QStringLiteral("▼"), tr("Next match (newer) — Shift+Enter"));
    setup(m_close, "findCloseButton", QStringLiteral("✕"), tr("Close find — Esc"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_older);
    layout->addWidget(m_newer);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_older, &QToolButton::clicked, this, &FindBar::olderRequested);
    connect(m_newer, &QToolButton::clicked, this, &FindBar::newerRequested);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setResult(int current, int total, bool mayHaveMore)
{
    if (m_field->text().isEmpty())
        m_result->clear();
    else if (total == 0)
        m_result->setText(mayHaveMore ? tr("Searching…") : tr("No matches"));
    else if (mayHaveMore)
        m_result->setText(tr("%1 of %2+").arg(current).arg(total));
    else
        m_result->setText(tr("%1 of %2").arg(current).arg(total));
    m_older->setEnabled(total > 0 || mayHaveMore);
    m_newer->setEnabled(total > 0);
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT newerRequested();
            else
                Q_EMIT olderRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace wabadesk::ui
