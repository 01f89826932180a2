#pragma once

#include "core/Result.h"

#include <QDeadlineTimer>

#include <memory>

struct rd_kafka_op_s;
struct rd_kafka_queue_s;
struct rd_kafka_AdminOptions_s;

namespace fleetscope {

class KafkaConnection;

// An owned librdkafka event (the result of an admin request).
using AdminEvent = std::unique_ptr<rd_kafka_op_s, void (*)(rd_kafka_op_s *)>;

// One or more librdkafka admin requests sharing a result queue and a deadline: issue them with
// options() and queue(), then collect each result with waitForResult().
class AdminRequest final
{
public:
    AdminRequest(KafkaConnection &connection, int adminOperation, QDeadlineTimer deadline);
    ~AdminRequest();
    Q_DISABLE_COPY_MOVE(AdminRequest)

    rd_kafka_AdminOptions_s *options() const { return m_options; }
    rd_kafka_queue_s *queue() const { return m_queue; }

    // The next result of the expected event type, or an error: timeout, or the request's own error.
    Result<AdminEvent> waitForResult(int expectedEventType);

private:
    KafkaConnection &m_connection;
    QDeadlineTimer m_deadline;
    rd_kafka_queue_s *m_queue;
    rd_kafka_AdminOptions_s *m_options;
};

} // namespace fleetscope
