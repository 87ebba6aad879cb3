#pragma once

#include <QObject>

namespace wabadesk::api {

// Handle of one asynchronous API call. It finishes exactly once: its callback runs, then finished() is
// emitted, then it deletes itself later. cancel() ends the call with ApiError::Kind::Cancelled.
class ApiCall : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void cancel() = 0;
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);

protected:
    bool m_finished = false;
};

} // namespace wabadesk::api
