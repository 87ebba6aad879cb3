#pragma once

#include <QByteArray>
#include <QLineEdit>

namespace wabadesk::ui {

// A field for an API key or password: always shown as dots (the key must never appear in a screenshot), no copy or
// drag (QLineEdit's password mode disables both; Paste stays), no input-method prediction. takeSecret() hands the value
// over as bytes and empties the field; the caller overwrites its copy with fill('\0') when done.
class SecretLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget* parent = nullptr);
    ~SecretLineEdit() override;

    // The trimmed value as UTF-8, then the field is cleared (with its undo history).
    QByteArray takeSecret();
    // The trimmed value as UTF-8; the field keeps it.
    QByteArray secret() const;
    bool hasSecret() const { return !text().trimmed().isEmpty(); }
    void wipe();
};

} // namespace wabadesk::ui
