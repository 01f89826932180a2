// Consumes MirrorMaker 2 heartbeats mirrored into the central cluster and reports, per record,
// the link latency (arrival time on this consumer minus the heartbeat's own timestamp) and the
// gap since the previous heartbeat. Used to verify the dev fleet (tools/fleet).
//   java -cp '<kafka lib>/*' HeartbeatCheck.java BOOTSTRAP TOPIC[,TOPIC...] [SECONDS]
// Record format (MM2 Heartbeat): key = int16-length source alias, int16-length target alias;
// value = int16 version, int64 timestamp ms (big-endian).
// Exit code 0 when every topic delivered a heartbeat at least every 3 s during the run.

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.*;

import org.apache.kafka.clients.consumer.*;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

public class HeartbeatCheck {
    static String str(ByteBuffer b) {
        short n = b.getShort();
        byte[] s = new byte[n];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        String bootstrap = args[0];
        List<String> topics = List.of(args[1].split(","));
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 10;
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.deserializer", ByteArrayDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        p.put("fetch.max.wait.ms", "100");
        Map<String, List<Long>> lat = new TreeMap<>();
        Map<String, Long> lastTs = new HashMap<>();
        Map<String, Long> maxGap = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p)) {
            List<TopicPartition> tps = new ArrayList<>();
            for (String t : topics) tps.add(new TopicPartition(t, 0));
            c.assign(tps);
            c.seekToEnd(tps);
            for (TopicPartition tp : tps) c.position(tp);
            long end = System.currentTimeMillis() + seconds * 1000;
            while (System.currentTimeMillis() < end) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
                    long now = System.currentTimeMillis();
                    ByteBuffer k = ByteBuffer.wrap(r.key());
                    String src = str(k), tgt = str(k);
                    ByteBuffer v = ByteBuffer.wrap(r.value());
                    short version = v.getShort();
                    long ts = v.getLong();
                    Long prev = lastTs.put(r.topic(), ts);
                    long gap = prev == null ? 0 : ts - prev;
                    maxGap.merge(r.topic(), gap, Math::max);
                    lat.computeIfAbsent(r.topic(), x -> new ArrayList<>()).add(now - ts);
                    System.out.printf("%s offset=%d key=(%s,%s) v%d ts=%d latency=%dms gap=%dms%n",
                            r.topic(), r.offset(), src, tgt, version, ts, now - ts, gap);
                }
            }
        }
        boolean ok = true;
        for (String t : topics) {
            List<Long> l = lat.getOrDefault(t, List.of());
            if (l.isEmpty()) {
                System.out.printf("SUMMARY %s: no heartbeats in %ds%n", t, seconds);
                ok = false;
                continue;
            }
            List<Long> s = new ArrayList<>(l);
            Collections.sort(s);
            System.out.printf("SUMMARY %s: %d heartbeats in %ds, latency min/median/max %d/%d/%d ms, max gap %d ms%n",
                    t, l.size(), seconds, s.get(0), s.get(s.size() / 2), s.get(s.size() - 1), maxGap.get(t));
            if (maxGap.get(t) > 3000 || l.size() < seconds / 3) ok = false;
        }
        System.exit(ok ? 0 : 1);
    }
}
