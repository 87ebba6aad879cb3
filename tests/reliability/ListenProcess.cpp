#include "ListenProcess.h"

#include "RawHttp.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

namespace wabadesk::test {

const QByteArray ListenProcess::kSecret = "reliability-secret-3c9e";

ListenProcess::ListenProcess(QString dataDir)
    : m_dataDir(std::move(dataDir))
{}

ListenProcess::~ListenProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ListenProcess::start()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WABADESK_DATA_DIR"), m_dataDir);
    env.insert(QStringLiteral("WABADESK_WEBHOOK_SECRET"), QString::fromLatin1(kSecret));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_output.clear();
    m_port = 0;
    m_process.start(binPath(QStringLiteral("wabadesk-cli")),
                    {QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--secret-header"), QStringLiteral("X-WabaDesk-Secret")});
    static const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    const bool listening = QTest::qWaitFor(
        [&] {
            m_process.waitForReadyRead(50);
            m_output += QString::fromUtf8(m_process.readAll());
            m_port = quint16(url.match(m_output).captured(1).toUInt());
            return m_port > 0 || m_process.state() == QProcess::NotRunning;
        },
        20000);
    return listening && m_port > 0;
}

bool ListenProcess::stop()
{
    m_process.terminate();
    const bool finished = m_process.waitForFinished(30000);
    m_output += QString::fromUtf8(m_process.readAll());
    return finished && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void ListenProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    m_output += QString::fromUtf8(m_process.readAll());
}

qint64 ListenProcess::residentKiB() const
{
    return test::residentKiB(m_process.processId());
}

int ListenProcess::openFiles() const
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(m_process.processId()))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                   .size());
}

QString ListenProcess::output()
{
    m_process.waitForReadyRead(0);
    m_output += QString::fromUtf8(m_process.readAll());
    return m_output;
}

QByteArray ListenProcess::delivery(const QString& wamid, const QByteArray& text)
{
    const QByteArray body =
        "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
        "\"value\":{\"metadata\":{\"phone_number_id\":\"109876543210123\"},\"contacts\":[{\"profile\":{\"name\":"
        "\"Anna\"},\"wa_id\":\"4915112345678\"}],\"messages\":[{\"from\":\"4915112345678\",\"id\":\"" +
        wamid.toUtf8() + "\",\"timestamp\":\"1700000000\",\"type\":\"text\",\"text\":{\"body\":\"" + text +
        "\"}}]}}]}]}";
    return "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-WabaDesk-Secret: " +
           kSecret + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QString latencyFigures(QList<double>& millis)
{
    if (millis.isEmpty())
        return QStringLiteral("no answers");
    std::sort(millis.begin(), millis.end());
    const auto at = [&](double p) {
        return millis.at(std::min<qsizetype>(millis.size() - 1, qsizetype(p * millis.size())));
    };
    return QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms")
        .arg(at(0.5), 0, 'f', 2)
        .arg(at(0.99), 0, 'f', 2)
        .arg(millis.last(), 0, 'f', 2);
}

} // namespace wabadesk::test
