# Sources of the history module, added to fleetscope_core (owned by this module).
# Metric history: a bounded multi-resolution store in memory (raw float32 samples, then min/max/avg
# tiers, like RRDtool) and its SQLite file (WAL, journal committed every interval, consolidated rows).
target_sources(fleetscope_core PRIVATE
    history/HistoryLogging.h history/HistoryLogging.cpp
    history/HistoryRecorder.h history/HistoryRecorder.cpp
    history/HistoryService.h history/HistoryService.cpp
    history/TierLayout.h
    history/Bucket.h history/Bucket.cpp
    history/MemoryBudget.h
    history/BlockRing.h
    history/SeriesRange.h
    history/SeriesRings.h history/SeriesRings.cpp
    history/SeriesKey.h history/SeriesKey.cpp
    history/TimeSeriesStore.h history/TimeSeriesStore.cpp
    history/ValueCodec.h history/ValueCodec.cpp
    history/JournalCodec.h history/JournalCodec.cpp
    history/HistorySchema.h history/HistorySchema.cpp
    history/HistoryMaintenance.h history/HistoryMaintenance.cpp
    history/HistoryLoader.h history/HistoryLoader.cpp
    history/HistoryWriter.h history/HistoryWriter.cpp
    history/HistoryDatabase.h history/HistoryDatabase.cpp
)
