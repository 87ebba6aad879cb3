#pragma once

#include <QStringList>

namespace wabadesk::test {

// Captures every log line of the process while it exists, as "<type> <category> <text>", with every level of every
// wabadesk.* category forced on, whatever QT_LOGGING_RULES says (wabadesk_add_test turns debug off, and the
// environment would override setFilterRules()). Lines of other categories also go on to the previous handler, so
// the test's own output stays visible. For tests that search the logs for secrets. One instance at a time.
class LogCapture {
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QStringList lines() const;
    int wabadeskDebugLines() const; // proof that debug output really was on
};

} // namespace wabadesk::test
