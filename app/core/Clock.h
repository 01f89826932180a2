#pragma once

#include <QDateTime>

namespace fleetscope {

// Time is injected so that staleness, history and alert logic can be tested without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock that only moves when told to: for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000) : m_nowMs(startMs) { }
    qint64 nowMs() const override { return m_nowMs; }
    void advance(qint64 ms) { m_nowMs += ms; }
    void set(qint64 ms) { m_nowMs = ms; }

private:
    qint64 m_nowMs;
};

} // namespace fleetscope
