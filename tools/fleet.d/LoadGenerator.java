// Load generator for the Fleetscope dev fleet (tools/fleet). One JVM for every edge cluster.
// Run as a single-file source program:
//   java -cp '<kafka lib>/*' LoadGenerator.java loadgen.properties
//
// loadgen.properties (written by tools/fleet):
//   clusters=edge-a,edge-b
//   central.bootstrap=127.0.0.1:19092
//   cluster.<name>.bootstrap=127.0.0.1:19192
//   cluster.<name>.topics=orders:3:1:20,telemetry:6:1:40,events:1:1:10   (name:partitions:rf:msgs/s)
//   cluster.<name>.client.<key>=<value>    client properties for that cluster (security settings)
//   cluster.<name>.acls=User:monitor:CLUSTER:kafka-cluster:DESCRIBE;...   ACLs to create first
//                                          (principal:resource type:literal name:operation)
//
// Per edge cluster it creates the topics, produces keyed records at the given rates and runs
// three consumer groups with real (synchronous) offset commits:
//   billing    on orders:             consumes ~60 % of the produce rate, so its lag keeps growing
//   analytics  on telemetry, events:  30 s paused, then catches up (lag saw-tooth)
//   audit      on events:             keeps up (lag ~0)
// On central, group "reporting" reads every mirrored <edge>.orders topic and keeps up.
// Prints "LOADGEN READY" once every cluster is set up, and a status line every 30 s.

import java.io.FileReader;
import java.io.Reader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

public class LoadGenerator {
    static final AtomicBoolean running = new AtomicBoolean(true);
    static final List<KafkaConsumer<String, String>> consumers = new ArrayList<>();
    static final List<Thread> threads = new ArrayList<>();
    static final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    static final Set<String> setupDone = ConcurrentHashMap.newKeySet();
    static final Map<String, Properties> clientExtras = new ConcurrentHashMap<>();

    record TopicSpec(String name, int partitions, short rf, int rate) {}

    static AtomicLong counter(String name) {
        return counters.computeIfAbsent(name, k -> new AtomicLong());
    }

    static void log(String msg) {
        System.out.println(java.time.LocalTime.now().withNano(0) + " loadgen: " + msg);
        System.out.flush();
    }

    static boolean sleep(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LoadGenerator loadgen.properties");
            System.exit(2);
        }
        Properties cfg = new Properties();
        try (Reader r = new FileReader(args[0])) {
            cfg.load(r);
        }
        String[] clusters = cfg.getProperty("clusters", "").split(",");
        for (String cluster : clusters) {
            Properties extra = new Properties();
            String prefix = "cluster." + cluster + ".client.";
            for (String key : cfg.stringPropertyNames())
                if (key.startsWith(prefix)) extra.put(key.substring(prefix.length()), cfg.getProperty(key));
            clientExtras.put(cluster, extra);
        }
        CountDownLatch ready = new CountDownLatch(clusters.length);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.set(false);
            synchronized (consumers) {
                for (KafkaConsumer<String, String> c : consumers) c.wakeup();
            }
            // no interrupts: clients closing cleanly leave their groups at once
            long deadline = System.currentTimeMillis() + 4000;
            List<Thread> all;
            synchronized (threads) {
                all = new ArrayList<>(threads);
            }
            for (Thread t : all) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) break;
                try {
                    t.join(left);
                } catch (InterruptedException ignored) {
                }
            }
            log("stopped");
        }));

        for (String cluster : clusters) {
            String bootstrap = cfg.getProperty("cluster." + cluster + ".bootstrap");
            List<TopicSpec> topics = new ArrayList<>();
            for (String t : cfg.getProperty("cluster." + cluster + ".topics", "").split(",")) {
                String[] f = t.split(":");
                topics.add(new TopicSpec(f[0], Integer.parseInt(f[1]), Short.parseShort(f[2]),
                        Integer.parseInt(f[3])));
            }
            String acls = cfg.getProperty("cluster." + cluster + ".acls", "");
            spawn("setup-" + cluster, () -> {
                if (!acls.isEmpty()) createAcls(cluster, bootstrap, acls);
                createTopics(cluster, bootstrap, topics);
                setupDone.add(cluster);
                ready.countDown();
                spawn("produce-" + cluster, () -> produce(cluster, bootstrap, topics));
                int ordersRate = rateOf(topics, "orders");
                spawn("billing-" + cluster, () -> slowConsumer(cluster, bootstrap, "billing",
                        List.of("orders"), Math.max(1, ordersRate * 6 / 10)));
                spawn("analytics-" + cluster, () -> burstyConsumer(cluster, bootstrap, "analytics",
                        List.of("telemetry", "events")));
                spawn("audit-" + cluster, () -> slowConsumer(cluster, bootstrap, "audit",
                        List.of("events"), 1000));
            });
        }
        String central = cfg.getProperty("central.bootstrap");
        if (central != null) {
            spawn("reporting-central", () -> patternConsumer("central", central, "reporting",
                    Pattern.compile(".+\\.orders")));
        }
        // Ready once every cluster has its topics, or after 30 s (a cluster that is down keeps
        // retrying in the background and starts producing when it comes back).
        ready.await(30, TimeUnit.SECONDS);
        List<String> pending = new ArrayList<>();
        for (String c : clusters) if (!setupDone.contains(c)) pending.add(c);
        log("LOADGEN READY clusters=" + String.join(",", clusters)
                + (pending.isEmpty() ? "" : " still-setting-up=" + String.join(",", pending)));
        while (running.get()) {
            if (!sleep(30_000)) break;
            StringBuilder sb = new StringBuilder("status");
            new java.util.TreeMap<>(counters).forEach((k, v) -> sb.append(' ').append(k).append('=').append(v.get()));
            log(sb.toString());
        }
    }

    static int rateOf(List<TopicSpec> topics, String name) {
        for (TopicSpec t : topics) if (t.name.equals(name)) return t.rate;
        return 10;
    }

    static void spawn(String name, Runnable body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (WakeupException e) {
                // shutting down
            } catch (Throwable e) {
                if (running.get()) log(name + " died: " + e);
            }
        }, name);
        t.setDaemon(true);
        synchronized (threads) {
            threads.add(t);
        }
        t.start();
    }

    static Properties common(String cluster, String bootstrap, String clientId) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("client.id", "loadgen-" + cluster + "-" + clientId);
        p.put("reconnect.backoff.max.ms", "5000");
        p.put("request.timeout.ms", "10000");
        p.put("default.api.timeout.ms", "10000");
        p.putAll(clientExtras.getOrDefault(cluster, new Properties()));
        return p;
    }

    static void createAcls(String cluster, String bootstrap, String spec) {
        List<AclBinding> bindings = new ArrayList<>();
        for (String acl : spec.split(";")) {
            String[] f = acl.split(":");  // User, name, resource type, resource name, operation
            bindings.add(new AclBinding(
                    new ResourcePattern(ResourceType.valueOf(f[2]), f[3], PatternType.LITERAL),
                    new AccessControlEntry(f[0] + ":" + f[1], "*", AclOperation.valueOf(f[4]),
                            AclPermissionType.ALLOW)));
        }
        try (Admin admin = Admin.create(common(cluster, bootstrap, "admin"))) {
            while (running.get()) {
                try {
                    admin.createAcls(bindings).all().get(15, TimeUnit.SECONDS);
                    log(cluster + ": created " + bindings.size() + " ACLs");
                    return;
                } catch (Exception e) {
                    log(cluster + ": creating ACLs failed, retrying: " + e);
                }
                sleep(2000);
            }
        }
    }

    static void createTopics(String cluster, String bootstrap, List<TopicSpec> topics) {
        Properties p = common(cluster, bootstrap, "admin");
        try (Admin admin = Admin.create(p)) {
            for (TopicSpec t : topics) {
                while (running.get()) {
                    NewTopic nt = new NewTopic(t.name, t.partitions, t.rf);
                    if (t.rf >= 3) nt.configs(Map.of("min.insync.replicas", "2"));
                    try {
                        admin.createTopics(List.of(nt)).all().get(15, TimeUnit.SECONDS);
                        log(cluster + ": created " + t.name + " partitions=" + t.partitions + " rf=" + t.rf);
                        break;
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof TopicExistsException) break;
                        log(cluster + ": creating " + t.name + " failed, retrying: " + e.getCause());
                    } catch (Exception e) {
                        log(cluster + ": creating " + t.name + " failed, retrying: " + e);
                    }
                    sleep(2000);
                }
            }
        }
    }

    static void produce(String cluster, String bootstrap, List<TopicSpec> topics) {
        Properties p = common(cluster, bootstrap, "producer");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(4 << 20));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        AtomicLong sent = counter(cluster + ".produced");
        AtomicLong failed = counter(cluster + ".produce_errors");
        double[] credit = new double[topics.size()];
        long seq = 0;
        long tick = 100;
        long next = System.currentTimeMillis();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            while (running.get()) {
                for (int i = 0; i < topics.size(); i++) {
                    TopicSpec t = topics.get(i);
                    credit[i] += t.rate * tick / 1000.0;
                    while (credit[i] >= 1 && running.get()) {
                        credit[i] -= 1;
                        seq++;
                        String key = keyFor(t.name, seq);
                        String value = "{\"site\":\"" + cluster + "\",\"seq\":" + seq + ",\"ts\":"
                                + System.currentTimeMillis() + ",\"v\":" + (seq * 7919 % 1000) + "}";
                        try {
                            producer.send(new ProducerRecord<>(t.name, key, value), (md, ex) -> {
                                if (ex == null) sent.incrementAndGet();
                                else failed.incrementAndGet();
                            });
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                }
                next += tick;
                long wait = next - System.currentTimeMillis();
                if (wait > 0) {
                    if (!sleep(wait)) break;
                } else if (wait < -5000) {
                    next = System.currentTimeMillis(); // we were blocked (cluster down): no burst
                }
            }
        }
    }

    static String keyFor(String topic, long seq) {
        switch (topic) {
            case "orders": return "customer-" + (seq % 50);
            case "telemetry": return "sensor-" + (seq % 24);
            default: return "device-" + (seq % 8);
        }
    }

    static KafkaConsumer<String, String> consumer(String cluster, String bootstrap, String group,
                                                  int maxPollRecords) {
        return consumer(cluster, bootstrap, group, maxPollRecords, new Properties());
    }

    static KafkaConsumer<String, String> consumer(String cluster, String bootstrap, String group,
                                                  int maxPollRecords, Properties extra) {
        Properties p = common(cluster, bootstrap, group);
        p.putAll(extra);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(maxPollRecords));
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(1 << 20));
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(256 << 10));
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> c = new KafkaConsumer<>(p);
        synchronized (consumers) {
            consumers.add(c);
        }
        return c;
    }

    static void commit(KafkaConsumer<String, String> c, String what) {
        try {
            c.commitSync(Duration.ofSeconds(10));
        } catch (WakeupException e) {
            throw e;
        } catch (Exception e) {
            counter(what + ".commit_errors").incrementAndGet();
        }
    }

    /** Consumes at most ratePerSec records a second; commits after every poll that got any. */
    static void slowConsumer(String cluster, String bootstrap, String group, List<String> topics,
                             int ratePerSec) {
        AtomicLong consumed = counter(cluster + "." + group + ".consumed");
        try (KafkaConsumer<String, String> c = consumer(cluster, bootstrap, group, ratePerSec)) {
            c.subscribe(topics);
            while (running.get()) {
                long t0 = System.currentTimeMillis();
                ConsumerRecords<String, String> recs = c.poll(Duration.ofMillis(900));
                if (!recs.isEmpty()) {
                    consumed.addAndGet(recs.count());
                    commit(c, cluster + "." + group);
                }
                long wait = 1000 - (System.currentTimeMillis() - t0);
                if (wait > 0 && !sleep(wait)) break;
            }
        }
    }

    /** 30 s paused (still polling, so it stays in the group), then catches up for up to 30 s. */
    static void burstyConsumer(String cluster, String bootstrap, String group, List<String> topics) {
        AtomicLong consumed = counter(cluster + "." + group + ".consumed");
        try (KafkaConsumer<String, String> c = consumer(cluster, bootstrap, group, 500)) {
            c.subscribe(topics);
            boolean paused = false;
            long phaseEnd = System.currentTimeMillis() + 30_000;
            while (running.get()) {
                long now = System.currentTimeMillis();
                if (now >= phaseEnd) {
                    paused = !paused;
                    phaseEnd = now + 30_000;
                }
                Set<TopicPartition> assigned = c.assignment();
                if (paused) c.pause(assigned);
                else c.resume(assigned);
                ConsumerRecords<String, String> recs = c.poll(Duration.ofMillis(500));
                if (!recs.isEmpty()) {
                    consumed.addAndGet(recs.count());
                    commit(c, cluster + "." + group);
                } else if (!paused && !assigned.isEmpty() && caughtUp(c, assigned)) {
                    paused = true; // caught up: pause again early
                    phaseEnd = now + 30_000;
                }
            }
        }
    }

    static boolean caughtUp(KafkaConsumer<String, String> c, Set<TopicPartition> assigned) {
        for (TopicPartition tp : assigned) {
            java.util.OptionalLong lag = c.currentLag(tp);
            if (lag.isEmpty() || lag.getAsLong() > 0) return false;
        }
        return true;
    }

    /** Keeps up with every topic matching the pattern; commits every second. */
    static void patternConsumer(String cluster, String bootstrap, String group, Pattern pattern) {
        AtomicLong consumed = counter(cluster + "." + group + ".consumed");
        Properties extra = new Properties();
        extra.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "10000"); // notice new mirrored topics soon
        try (KafkaConsumer<String, String> c = consumer(cluster, bootstrap, group, 500, extra)) {
            c.subscribe(pattern, new ConsumerRebalanceListener() {
                public void onPartitionsRevoked(Collection<TopicPartition> p) {}
                public void onPartitionsAssigned(Collection<TopicPartition> p) {}
            });
            long lastCommit = 0;
            while (running.get()) {
                ConsumerRecords<String, String> recs = c.poll(Duration.ofMillis(1000));
                consumed.addAndGet(recs.count());
                long now = System.currentTimeMillis();
                if (!recs.isEmpty() && now - lastCommit >= 1000) {
                    commit(c, cluster + "." + group);
                    lastCommit = now;
                }
            }
        }
    }
}
