#pragma once

#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QVBoxLayout;

namespace wabadesk::templates {
struct TemplateDraft;
}

namespace wabadesk::ui {

// What the preview shows: texts with the samples (or the values to send) already filled in.
struct PreviewContent {
    struct Button {
        QString type; // QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP
        QString text;
    };
    QString headerFormat; // "", TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION
    QString headerText;
    QString mediaName; // the sample's file name or the link, shown on the media placeholder
    QString body;
    QString footer;
    QList<Button> buttons;

    // The draft with its sample values filled in (authentication templates: WhatsApp's own wording).
    static PreviewContent fromDraft(const templates::TemplateDraft& draft);
};

// The message as a customer sees it on a phone: a chat wallpaper, an incoming bubble with the header (media
// placeholder or bold text), the body with WhatsApp formatting, the footer and the time, and the buttons below.
// Light and dark like WhatsApp's own, following the palette.
class TemplatePreview : public QFrame {
    Q_OBJECT
public:
    explicit TemplatePreview(QWidget* parent = nullptr);

    void setContent(const PreviewContent& content);
    const PreviewContent& content() const { return m_content; }
    QString bodyHtml() const; // for tests

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    PreviewContent m_content;
    QFrame* m_bubble;
    QLabel* m_media;
    QLabel* m_header;
    QLabel* m_body;
    QLabel* m_footer;
    QLabel* m_time;
    QWidget* m_buttons;
    QVBoxLayout* m_buttonsLayout;
};

} // namespace wabadesk::ui
