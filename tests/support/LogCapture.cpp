#include "LogCapture.h"

#include <QLoggingCategory>
#include <QMutex>

namespace wabadesk::test {

namespace {

QMutex g_mutex;
QStringList g_lines;
int g_debugLines = 0;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

bool isWabadesk(const char* category)
{
    return category && qstrncmp(category, "wabadesk", 8) == 0;
}

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines << QString::number(type) + QLatin1Char(' ') + QString::fromLatin1(context.category) + QLatin1Char(' ') +
                       message;
        if (type == QtDebugMsg && isWabadesk(context.category))
            ++g_debugLines;
    }
    if (!isWabadesk(context.category) && g_previousHandler)
        g_previousHandler(type, context, message);
}

void enableAll(QLoggingCategory* category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (isWabadesk(category->categoryName())) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
        category->setEnabled(QtCriticalMsg, true);
    }
}

} // namespace

LogCapture::LogCapture()
{
    g_previousHandler = qInstallMessageHandler(capture);
    g_previousFilter = QLoggingCategory::installFilter(enableAll);
}

LogCapture::~LogCapture()
{
    QLoggingCategory::installFilter(g_previousFilter);
    qInstallMessageHandler(g_previousHandler);
}

QStringList LogCapture::lines() const
{
    QMutexLocker lock(&g_mutex);
    return g_lines;
}

int LogCapture::wabadeskDebugLines() const
{
    QMutexLocker lock(&g_mutex);
    return g_debugLines;
}

} // namespace wabadesk::test
