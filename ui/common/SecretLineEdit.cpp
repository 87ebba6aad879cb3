#include "common/SecretLineEdit.h"

namespace wabadesk::ui {

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    setDragEnabled(false);
    setClearButtonEnabled(true);
}

SecretLineEdit::~SecretLineEdit()
{
    // No textChanged() to parents that are half destroyed already.
    blockSignals(true);
    wipe();
}

QByteArray SecretLineEdit::takeSecret()
{
    QByteArray value = secret();
    wipe();
    return value;
}

QByteArray SecretLineEdit::secret() const
{
    return text().trimmed().toUtf8();
}

void SecretLineEdit::wipe()
{
    // setText() (unlike clear()) also drops the undo history that still holds the old text.
    setText(QString());
}

} // namespace wabadesk::ui
