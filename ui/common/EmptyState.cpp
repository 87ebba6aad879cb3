#include "common/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

EmptyState::EmptyState(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_text->setObjectName(QStringLiteral("emptyStateText"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);

    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A fixed measure, so that the wrapped text gets the height it needs (heightForWidth) at a readable width.
    m_text->setFixedWidth(m_text->fontMetrics().averageCharWidth() * 72);

    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    // The full width, centred by its own alignment: a wrapped label placed with an alignment flag keeps the width
    // of its first text and cuts a longer one.
    layout->addWidget(m_title);
    layout->addSpacing(8);
    // Centred by stretches rather than an alignment flag, so that the wrapped text keeps its height for width.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_text);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyState::setTitle(const QString& title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
}

void EmptyState::setAction(const QString& text, const QString& objectName)
{
    m_action->setText(text);
    m_action->setObjectName(objectName);
    m_action->setVisible(!text.isEmpty());
}

} // namespace wabadesk::ui
