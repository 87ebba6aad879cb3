#include "templates/TemplateViewDialog.h"

#include "templates/TemplateDetails.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace wabadesk::ui {

TemplateViewDialog::TemplateViewDialog(const Template& t, QWidget* parent)
    : QDialog(parent)
    , m_details(new TemplateDetails(this))
{
    setObjectName(QStringLiteral("templateViewDialog"));
    //: Window title: a template's name and language.
    setWindowTitle(tr("Template %1 (%2)").arg(t.name, t.language));
    m_details->setTemplate(t);

    auto* note = new QLabel(tr("A template cannot be changed from here: 360dialog offers no way to edit one. "
                               "Duplicate it to submit a corrected copy under a new name, or edit it in the "
                               "360dialog Hub."),
                            this);
    note->setObjectName(QStringLiteral("templateViewNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("templateViewButtons"));
    QPushButton* duplicate = buttons->addButton(tr("&Duplicate…"), QDialogButtonBox::ActionRole);
    duplicate->setObjectName(QStringLiteral("templateViewDuplicate"));
    duplicate->setToolTip(tr("Write a new template starting from this one"));
    connect(duplicate, &QPushButton::clicked, this, [this, t] {
        Q_EMIT duplicateRequested(t);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_details, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    // Tall enough for the preview and the components, but never beyond the screen.
    const QScreen* screen = parent ? parent->screen() : this->screen();
    resize(QSize(560, 760).boundedTo(screen->availableGeometry().size() * 0.9));
}

} // namespace wabadesk::ui
