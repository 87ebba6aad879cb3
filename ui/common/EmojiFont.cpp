#include "common/EmojiFont.h"

#include <QStringList>

namespace wabadesk::ui {

QFont emojiFont(const QFont& base)
{
    QFont f = base;
    f.setFamilies({QStringLiteral("Noto Color Emoji"), QStringLiteral("Apple Color Emoji"),
                   QStringLiteral("Segoe UI Emoji"), base.family()});
    return f;
}

} // namespace wabadesk::ui
