#pragma once

// The fuzz targets of issue 13: one function per decoder that reads bytes from the network or the
// disk. Each takes any bytes at all; it may return early, but it must not crash, hang, leak or trip
// a sanitizer, and where a decoder has an encoder it checks that what was decoded encodes to bytes
// that decode and encode again to the same bytes (require() aborts otherwise). The libFuzzer
// executables (FuzzerMain.cpp, built by tools/fuzz) and tst_fuzzregressions (every build) run the
// same functions.

#include <QByteArrayView>

#include <span>
#include <string_view>

namespace fleetscope::fuzz {

using TargetFunction = void (*)(QByteArrayView data);

struct Target
{
    const char *name; // also the directory of its corpus: tests/fuzz/corpus/<name>
    TargetFunction run;
};

std::span<const Target> targets();
const Target *findTarget(std::string_view name);

// A property every input must keep; aborts with `what` when it does not, so that libFuzzer records
// the input as a crash.
void require(bool holds, const char *what);

// The first byte of the input picks a value in [low, high] (and is consumed); low when it is empty.
int takeChoice(QByteArrayView &data, int low, int high);

// ProtocolTargets.cpp: the Kafka response decoders.
void apiVersions(QByteArrayView data);
void describeLogDirs(QByteArrayView data);
void describeConfigs(QByteArrayView data);
void incrementalAlterConfigs(QByteArrayView data);
void listGroups(QByteArrayView data);
void offsetFetch(QByteArrayView data);
void alterPartitionReassignments(QByteArrayView data);
void listPartitionReassignments(QByteArrayView data);
void metadata(QByteArrayView data);
void saslHandshake(QByteArrayView data);
void saslAuthenticate(QByteArrayView data);
// ChannelTargets.cpp: SCRAM's server messages and BrokerChannel over a scripted transport.
void scramServer(QByteArrayView data);
void brokerChannel(QByteArrayView data);
// TextTargets.cpp: what arrives as text (HTTP, Prometheus, JSON, YAML, human units).
void httpResponse(QByteArrayView data);
void prometheusText(QByteArrayView data);
void jvmHeap(QByteArrayView data);
void statistics(QByteArrayView data);
void mirrorHeartbeat(QByteArrayView data);
void fleetFile(QByteArrayView data);
void humanUnits(QByteArrayView data);
// HistoryTargets.cpp: the history database's blobs.
void journal(QByteArrayView data);
void valueCodec(QByteArrayView data);

} // namespace fleetscope::fuzz
