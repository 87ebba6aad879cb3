#pragma once

#include "model/BusinessProfile.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace wabadesk::ui {

// The business profile as a customer sees it in WhatsApp (the business info screen): the round photo, the
// business name and number, "Business account", the about text, then a card with the description, category,
// address, email and websites (as links). WhatsApp's own light or dark colours, following the palette.
// Empty fields are left out, as WhatsApp does.
class ProfilePreview : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePreview(QWidget* parent = nullptr);

    void setIdentity(const QString& businessName, const QString& phoneNumber);
    void setProfile(const BusinessProfile& profile);
    void setPhoto(const QImage& photo);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Colours {
        QColor screen, card, text, secondary, accent, divider;
    };
    Colours colours() const;
    void rebuild();
    QLabel* addLabel(QVBoxLayout* layout, const QString& objectName, const QString& text, bool secondary,
                     qreal scale = 1.0, bool bold = false);

    QString m_name;
    QString m_phone;
    BusinessProfile m_profile;
    QImage m_photo;
    QWidget* m_content;
};

} // namespace wabadesk::ui
