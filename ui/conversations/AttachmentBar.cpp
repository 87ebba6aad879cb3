#include "conversations/AttachmentBar.h"

#include "common/LocaleFormat.h"
#include "theme/Theme.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

constexpr int kThumb = 36;

QPixmap thumbnail(const Attachment& a, const QStyle* style, qreal dpr)
{
    if (a.kind == api::MediaKind::Image || a.kind == api::MediaKind::Sticker) {
        QImageReader reader(a.filePath);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid()) {
            const int side = int(kThumb * dpr);
            reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatioByExpanding));
            const QImage image = reader.read();
            if (!image.isNull()) {
                QPixmap pixmap = QPixmap::fromImage(
                    image.copy(QRect((image.width() - side) / 2, (image.height() - side) / 2, side, side)));
                pixmap.setDevicePixelRatio(dpr);
                return pixmap;
            }
        }
    }
    QStyle::StandardPixmap icon = QStyle::SP_FileIcon;
    if (a.kind == api::MediaKind::Audio)
        icon = QStyle::SP_MediaVolume;
    else if (a.kind == api::MediaKind::Video)
        icon = QStyle::SP_MediaPlay;
    return style->standardIcon(icon).pixmap(QSize(kThumb, kThumb), dpr);
}

} // namespace

AttachmentBar::AttachmentBar(QWidget* parent)
    : QFrame(parent)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("composerAttachmentBar"));
    setAccessibleName(tr("Attachments"));
    m_rows->setContentsMargins(8, 6, 4, 6);
    m_rows->setSpacing(4);
    setVisible(false);
}

QString AttachmentBar::kindLabel(api::MediaKind kind)
{
    switch (kind) {
    case api::MediaKind::Image:
        return tr("Photo");
    case api::MediaKind::Video:
        return tr("Video");
    case api::MediaKind::Audio:
        return tr("Audio");
    case api::MediaKind::Sticker:
        return tr("Sticker");
    case api::MediaKind::Document:
        break;
    }
    return tr("Document");
}

void AttachmentBar::addAttachment(const Attachment& attachment)
{
    m_attachments.append(attachment);
    rebuild();
    Q_EMIT changed();
}

void AttachmentBar::removeAt(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    m_attachments.removeAt(index);
    rebuild();
    Q_EMIT changed();
}

void AttachmentBar::clear()
{
    if (m_attachments.isEmpty())
        return;
    m_attachments.clear();
    rebuild();
    Q_EMIT changed();
}

QWidget* AttachmentBar::makeRow(int index, const Attachment& attachment)
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("composerAttachment%1").arg(index));
    const QFileInfo info(attachment.filePath);

    auto* thumb = new QLabel(row);
    thumb->setFixedSize(kThumb, kThumb);
    thumb->setAlignment(Qt::AlignCenter);
    thumb->setPixmap(thumbnail(attachment, style(), devicePixelRatioF()));

    auto* name = new QLabel(row);
    name->setObjectName(QStringLiteral("composerAttachmentName"));
    name->setTextFormat(Qt::PlainText);
    const QString fileName = attachment.fileName.isEmpty() ? info.fileName() : attachment.fileName;
    name->setText(name->fontMetrics().elidedText(fileName, Qt::ElideMiddle, 360));
    name->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    auto* detail = new QLabel(row);
    detail->setObjectName(QStringLiteral("composerAttachmentDetail"));
    detail->setTextFormat(Qt::PlainText);
    detail->setForegroundRole(QPalette::PlaceholderText);
    detail->setText(attachment.mediaId.isEmpty()
                        ? tr("%1 · %2").arg(kindLabel(attachment.kind), dataSize(info.size()))
                        : tr("%1 · uploaded, media id %2").arg(kindLabel(attachment.kind), attachment.mediaId));

    auto* remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("composerAttachmentRemove"));
    remove->setAutoRaise(true);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove %1").arg(info.fileName()));
    remove->setAccessibleName(tr("Remove attachment"));
    connect(remove, &QToolButton::clicked, this, [this, index] { removeAt(index); });

    auto* texts = new QVBoxLayout;
    texts->setSpacing(0);
    texts->addWidget(name);
    texts->addWidget(detail);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(thumb);
    layout->addLayout(texts, 1);
    layout->addWidget(remove, 0, Qt::AlignVCenter);
    return row;
}

void AttachmentBar::rebuild()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        // deleteLater: the row's own × button may be the one that asked for this.
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < m_attachments.size(); ++i)
        m_rows->addWidget(makeRow(i, m_attachments.at(i)));
    setVisible(!m_attachments.isEmpty());
}

void AttachmentBar::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.fillPath(path, theme::noticeBackground(palette()));
}

} // namespace wabadesk::ui
