#include "kafka/AdminRequest.h"

#include "kafka/KafkaConnection.h"

#include <QCoreApplication>

#include <librdkafka/rdkafka.h>

#include <array>

namespace fleetscope {

AdminRequest::AdminRequest(KafkaConnection &connection, int adminOperation, QDeadlineTimer deadline)
    : m_connection(connection),
      m_deadline(deadline),
      m_queue(rd_kafka_queue_new(connection.handle())),
      m_options(rd_kafka_AdminOptions_new(connection.handle(), rd_kafka_admin_op_t(adminOperation)))
{
    std::array<char, 256> errstr{};
    const int timeoutMs = int(std::max<qint64>(1, m_deadline.remainingTime()));
    rd_kafka_AdminOptions_set_request_timeout(m_options, timeoutMs, errstr.data(), errstr.size());
}

AdminRequest::~AdminRequest()
{
    rd_kafka_AdminOptions_destroy(m_options);
    rd_kafka_queue_destroy(m_queue);
}

Result<AdminEvent> AdminRequest::waitForResult(int expectedEventType)
{
    while (true) {
        const qint64 remaining = m_deadline.remainingTime();
        if (remaining == 0)
            break;
        rd_kafka_event_t *raw = rd_kafka_queue_poll(m_queue, int(remaining < 0 ? 60'000 : remaining));
        if (!raw)
            break;
        AdminEvent event(raw, &rd_kafka_event_destroy);
        if (rd_kafka_event_type(raw) != expectedEventType)
            continue; // e.g. a log or error event routed here: not ours to answer
        if (rd_kafka_event_error(raw) != RD_KAFKA_RESP_ERR_NO_ERROR)
            return Error{QCoreApplication::translate("AdminRequest", "Cluster \"%1\": %2")
                             .arg(m_connection.clusterName(), QString::fromUtf8(rd_kafka_event_error_string(raw)))};
        return event;
    }
    return Error{QCoreApplication::translate("AdminRequest", "Cluster \"%1\" did not answer in time")
                     .arg(m_connection.clusterName())};
}

} // namespace fleetscope
