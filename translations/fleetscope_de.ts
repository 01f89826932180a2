<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertRule</name>
    <message>
        <source>Cluster unreachable</source>
        <translation>Cluster nicht erreichbar</translation>
    </message>
    <message>
        <source>Data stale</source>
        <translation>Daten veraltet</translation>
    </message>
    <message>
        <source>Broker down</source>
        <translation>Broker ausgefallen</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>Plattenbelegung</translation>
    </message>
    <message>
        <source>Disk full soon</source>
        <translation>Platte bald voll</translation>
    </message>
    <message>
        <source>Heap high</source>
        <translation>Heap hoch</translation>
    </message>
    <message>
        <source>Replication heartbeat</source>
        <translation>Replikations-Heartbeat</translation>
    </message>
    <message>
        <source>Lag growing</source>
        <translation>Lag wächst</translation>
    </message>
    <message>
        <source>Lag in time</source>
        <translation>Zeitlicher Lag</translation>
    </message>
    <message>
        <source>Under-replicated partitions</source>
        <translation>Unterreplizierte Partitionen</translation>
    </message>
    <message>
        <source>Offline partitions</source>
        <translation>Offline-Partitionen</translation>
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message>
        <source>Alerts are kept in memory for this session only: %1</source>
        <translation>Alarme werden nur für diese Sitzung im Speicher gehalten: %1</translation>
    </message>
</context>
<context>
    <name>ClusterPoller</name>
    <message>
        <source>no metrics endpoint for this broker in the fleet file</source>
        <translation>kein Metrik-Endpunkt für diesen Broker in der Flottendatei</translation>
    </message>
</context>
<context>
    <name>ClusterSummary</name>
    <message>
        <source>broker %1: %2</source>
        <translation>Broker %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandFleet</name>
    <message>
        <source>%1 is read-only (read_only: true): nothing is changed.</source>
        <translation>%1 ist schreibgeschützt (read_only: true): Es wird nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>%1 is a duration such as &quot;4 min&quot;</extracomment>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>GroupOffsetsCodec</name>
    <message>
        <source>cannot read the %1 response: %2</source>
        <translation>die Antwort auf %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>ListGroups was refused: %1</source>
        <translation>ListGroups wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>GroupOffsetsProbe</name>
    <message>
        <source>Broker %1 does not offer ListGroups v3+ and OffsetFetch v8 (Kafka 3.0 or newer), so consumer lag cannot be read from it.</source>
        <translation>Broker %1 bietet weder ListGroups v3+ noch OffsetFetch v8 (Kafka 3.0 oder neuer), daher kann der Consumer-Lag nicht von ihm gelesen werden.</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History is kept in memory for this session only: %1</source>
        <translation>Der Verlauf wird nur für diese Sitzung im Speicher gehalten: %1</translation>
    </message>
</context>
<context>
    <name>LinkState</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
</context>
<context>
    <name>MetadataBrokers</name>
    <message>
        <source>cannot read the Metadata v%1 response: %2</source>
        <translation>die Antwort auf Metadata v%1 ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>MirrorHeartbeat</name>
    <message>
        <source>Not a MirrorMaker 2 heartbeat: %1</source>
        <translation>Kein MirrorMaker-2-Heartbeat: %1</translation>
    </message>
</context>
<context>
    <name>NodeDetailView</name>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
</context>
<context>
    <name>PanelFiller</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>newest: %1</source>
        <translation>neueste: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other group(s), worst</source>
        <translation>
            <numerusform>%n weitere Gruppe, schlechteste</numerusform>
            <numerusform>%n weitere Gruppen, schlechteste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other group(s)</source>
        <translation>
            <numerusform>%n weitere Gruppe</numerusform>
            <numerusform>%n weitere Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster total</source>
        <translation>Cluster gesamt</translation>
    </message>
    <message>
        <source>led by this broker</source>
        <translation>von diesem Broker geführt</translation>
    </message>
    <message>
        <source>Lag (s, estimated)</source>
        <translation>Lag (s, geschätzt)</translation>
    </message>
    <message>
        <source>Lag (messages)</source>
        <translation>Lag (Nachrichten)</translation>
    </message>
    <message>
        <source>used</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>warning %1</source>
        <translation>Warnung %1</translation>
    </message>
    <message>
        <source>critical %1</source>
        <translation>kritisch %1</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>full now</source>
        <translation>jetzt voll</translation>
    </message>
    <message>
        <source>full in %1</source>
        <translation>voll in %1</translation>
    </message>
    <message>
        <source>Disk (%1)</source>
        <translation>Platte (%1)</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>Disk used (%)</source>
        <translation>Platte belegt (%)</translation>
    </message>
    <message>
        <source>under-replicated</source>
        <translation>unterrepliziert</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>GC time</source>
        <translation>GC-Zeit</translation>
    </message>
    <message>
        <source>Heap (%1)</source>
        <translation>Heap (%1)</translation>
    </message>
    <message>
        <source>GC time (%)</source>
        <translation>GC-Zeit (%)</translation>
    </message>
    <message>
        <source>MM2 heartbeat age</source>
        <translation>Alter des MM2-Heartbeats</translation>
    </message>
    <message>
        <source>Heartbeat age (s)</source>
        <translation>Heartbeat-Alter (s)</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>brokers up</source>
        <translation>Broker erreichbar</translation>
    </message>
    <message>
        <source>Brokers up</source>
        <translation>Broker erreichbar</translation>
    </message>
    <message>
        <source>link up</source>
        <translation>Verbindung besteht</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>Verbindung ausgefallen</translation>
    </message>
    <message>
        <source>round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>Umlaufzeit (ms)</translation>
    </message>
</context>
<context>
    <name>PartitionReassignments</name>
    <message>
        <source>cannot read the %1 response: %2</source>
        <translation>die Antwort auf %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>cannot encode the %1 request: %2</source>
        <translation>die %1-Anfrage kann nicht kodiert werden: %2</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message numerus="yes">
        <source>Plan: %n target(s)</source>
        <translation>
            <numerusform>Plan: %n Ziel</numerusform>
            <numerusform>Plan: %n Ziele</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplicationThrottle</name>
    <message>
        <source>it must be above 0</source>
        <translation>sie muss größer als 0 sein</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>StatisticsParser</name>
    <message>
        <source>librdkafka statistics are not valid JSON: %1</source>
        <translation>Die librdkafka-Statistik ist kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdStore</name>
    <message>
        <source>built-in default</source>
        <translation>eingebauter Standardwert</translation>
    </message>
    <message>
        <source>fleet file</source>
        <translation>Flottendatei</translation>
    </message>
    <message>
        <source>set here for the fleet</source>
        <translation>hier für die Flotte gesetzt</translation>
    </message>
    <message>
        <source>fleet file, this cluster</source>
        <translation>Flottendatei, dieser Cluster</translation>
    </message>
    <message>
        <source>set here for this cluster</source>
        <translation>hier für diesen Cluster gesetzt</translation>
    </message>
</context>
<context>
    <name>fleetscope</name>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;, found the end of the line</source>
        <translation>Label-Name oder &apos;}&apos; erwartet, Zeilenende gefunden</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;, found &apos;%1&apos;</source>
        <translation>Label-Name oder &apos;}&apos; erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label name &apos;%1&apos;</source>
        <translation>&apos;=&apos; nach Label-Name &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to open the value of label &apos;%1&apos;</source>
        <translation>&apos;&quot;&apos; am Anfang des Werts von Label &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; appears twice</source>
        <translation>Label &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>more than %1 labels</source>
        <translation>mehr als %1 Labels</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label &apos;%1&apos;, found the end of the line</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach dem Wert von Label &apos;%1&apos; erwartet, Zeilenende gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach dem Wert von Label &apos;%1&apos; erwartet, &apos;%2&apos; gefunden</translation>
    </message>
    <message>
        <source>expected a metric name, found &apos;%1&apos;</source>
        <translation>Metrikname erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>expected a sample value after &apos;%1&apos;</source>
        <translation>Messwert nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a number as the value of &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>Zahl als Wert von &apos;%1&apos; erwartet, &apos;%2&apos; gefunden</translation>
    </message>
    <message>
        <source>expected a timestamp in integer milliseconds after the value of &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>Zeitstempel in ganzen Millisekunden nach dem Wert von &apos;%1&apos; erwartet, &apos;%2&apos; gefunden</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp of &apos;%1&apos;: &apos;%2&apos;</source>
        <translation>unerwarteter Text nach dem Zeitstempel von &apos;%1&apos;: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a metric name after &apos;# %1&apos;, found the end of the line</source>
        <translation>Metrikname nach &apos;# %1&apos; erwartet, Zeilenende gefunden</translation>
    </message>
    <message>
        <source>expected a metric name after &apos;# %1&apos;, found &apos;%2&apos;</source>
        <translation>Metrikname nach &apos;# %1&apos; erwartet, &apos;%2&apos; gefunden</translation>
    </message>
    <message>
        <source>expected a metric type after &apos;# TYPE %1&apos;</source>
        <translation>Metriktyp nach &apos;# TYPE %1&apos; erwartet</translation>
    </message>
    <message>
        <source>unknown metric type &apos;%1&apos; for &apos;%2&apos; (expected counter, gauge, histogram, summary or untyped)</source>
        <translation>unbekannter Metriktyp &apos;%1&apos; für &apos;%2&apos; (erwartet: counter, gauge, histogram, summary oder untyped)</translation>
    </message>
    <message>
        <source>unexpected text after &apos;# TYPE %1 %2&apos;: &apos;%3&apos;</source>
        <translation>unerwarteter Text nach &apos;# TYPE %1 %2&apos;: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the broker failed unexpectedly; its server log has the cause</source>
        <translation>der Broker ist unerwartet gescheitert; die Ursache steht in seinem Server-Log</translation>
    </message>
    <message>
        <source>the client&apos;s principal lacks DESCRIBE (or ALTER) on the cluster; grant it in the ACLs</source>
        <translation>dem Principal des Clients fehlt DESCRIBE (oder ALTER) auf dem Cluster; in den ACLs freigeben</translation>
    </message>
    <message>
        <source>the broker does not support this request version</source>
        <translation>der Broker unterstützt diese Anfrageversion nicht</translation>
    </message>
    <message>
        <source>the broker could not parse the request</source>
        <translation>der Broker konnte die Anfrage nicht lesen</translation>
    </message>
    <message>
        <source>the log directory is offline (disk failure or I/O error); see the broker&apos;s log</source>
        <translation>das Log-Verzeichnis ist offline (Plattenausfall oder E/A-Fehler); siehe das Log des Brokers</translation>
    </message>
    <message>
        <source>the log directory is not in the broker&apos;s log.dirs</source>
        <translation>das Log-Verzeichnis steht nicht in log.dirs des Brokers</translation>
    </message>
    <message>
        <source>authentication failed; check the user name, password and mechanism</source>
        <translation>Anmeldung fehlgeschlagen; Benutzername, Passwort und Mechanismus prüfen</translation>
    </message>
    <message>
        <source>The audit database (default: next to the history).</source>
        <translation>Die Audit-Datenbank (Standard: neben dem Verlauf).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>(undo of %1)</source>
        <translation>(Rücknahme von %1)</translation>
    </message>
    <message>
        <source>(sensitive)</source>
        <translation>(vertraulich)</translation>
    </message>
    <message>
        <source>usage: fleetscope set FLEET.yaml (--cluster C | --tag T)... (--topic T | --topic-regex RE | --broker ID | --all-brokers | --cluster-default) KEY=VALUE... [--dry-run] [--operator NAME] [--database FILE]</source>
        <translation>Aufruf: fleetscope set FLOTTE.yaml (--cluster C | --tag T)... (--topic T | --topic-regex RE | --broker ID | --all-brokers | --cluster-default) SCHLÜSSEL=WERT... [--dry-run] [--operator NAME] [--database DATEI]</translation>
    </message>
    <message>
        <source>--broker takes a node id, for example --broker 1</source>
        <translation>--broker erwartet eine Knoten-ID, zum Beispiel --broker 1</translation>
    </message>
    <message>
        <source>Choose exactly one of --topic, --topic-regex, --broker, --all-brokers and --cluster-default.</source>
        <translation>Wählen Sie genau eine der Optionen --topic, --topic-regex, --broker, --all-brokers oder --cluster-default.</translation>
    </message>
    <message>
        <source>Choose the clusters with --cluster NAME or --tag TAG (each may be repeated).</source>
        <translation>Wählen Sie die Cluster mit --cluster NAME oder --tag TAG (beide wiederholbar).</translation>
    </message>
    <message>
        <source>set on the topic</source>
        <translation>am Topic gesetzt</translation>
    </message>
    <message>
        <source>dynamic per broker</source>
        <translation>dynamisch pro Broker</translation>
    </message>
    <message>
        <source>dynamic cluster-wide</source>
        <translation>dynamisch clusterweit</translation>
    </message>
    <message>
        <source>static broker config</source>
        <translation>statische Broker-Konfiguration</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>dynamic broker logger</source>
        <translation>dynamischer Broker-Logger</translation>
    </message>
    <message>
        <source>client metrics</source>
        <translation>Client-Metriken</translation>
    </message>
    <message>
        <source>group config</source>
        <translation>Gruppenkonfiguration</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message>
        <source>cluster-wide default</source>
        <translation>clusterweiter Standard</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>broker logger %1</source>
        <translation>Broker-Logger %1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>Ressource %1</translation>
    </message>
    <message>
        <source>Broker %1 offers no %2 version Fleetscope knows (%3-%4); Kafka 2.3 or newer is needed to read and change configuration.</source>
        <translation>Broker %1 bietet keine %2-Version, die Fleetscope kennt (%3–%4); zum Lesen und Ändern der Konfiguration ist Kafka 2.3 oder neuer nötig.</translation>
    </message>
    <message>
        <source>Broker %1: %2. The broker sent a response Fleetscope cannot read; please report it with the broker&apos;s Kafka version.</source>
        <translation>Broker %1: %2. Der Broker hat eine Antwort gesendet, die Fleetscope nicht lesen kann; bitte mit der Kafka-Version des Brokers melden.</translation>
    </message>
    <message>
        <source>the client&apos;s principal lacks DESCRIBE on the topic; grant it in the ACLs</source>
        <translation>dem Principal des Clients fehlt DESCRIBE auf dem Topic; in den ACLs freigeben</translation>
    </message>
    <message>
        <source>the client&apos;s principal lacks DESCRIBE on the consumer group; grant it in the ACLs</source>
        <translation>dem Principal des Clients fehlt DESCRIBE auf der Consumer-Gruppe; in den ACLs freigeben</translation>
    </message>
    <message>
        <source>the broker&apos;s certificate is not valid for the name &quot;%1&quot; (wrong host). Connect by a name the certificate lists, or fix the broker&apos;s certificate.</source>
        <translation>das Zertifikat des Brokers gilt nicht für den Namen „%1“ (falscher Host). Verbinden Sie sich über einen Namen, den das Zertifikat aufführt, oder korrigieren Sie das Zertifikat des Brokers.</translation>
    </message>
    <message>
        <source>the broker&apos;s certificate was issued by an unknown CA (not one of this system&apos;s CAs): set ssl.ca.location to the CA file of the cluster.</source>
        <translation>das Zertifikat des Brokers wurde von einer unbekannten CA ausgestellt (keiner der CAs dieses Systems): Setzen Sie ssl.ca.location auf die CA-Datei des Clusters.</translation>
    </message>
    <message>
        <source>the broker&apos;s certificate was issued by an unknown CA (not in %1): check ssl.ca.location.</source>
        <translation>das Zertifikat des Brokers wurde von einer unbekannten CA ausgestellt (nicht in %1): Prüfen Sie ssl.ca.location.</translation>
    </message>
    <message>
        <source>the broker&apos;s certificate is outside its validity period (%1).</source>
        <translation>das Zertifikat des Brokers liegt außerhalb seines Gültigkeitszeitraums (%1).</translation>
    </message>
    <message>
        <source>the broker&apos;s certificate was not accepted (%1).</source>
        <translation>das Zertifikat des Brokers wurde nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <source>cannot read %1 &quot;%2&quot; (%3).</source>
        <translation>%1 „%2“ kann nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>dry run passed</source>
        <translation>Probelauf bestanden</translation>
    </message>
    <message>
        <source>dry run refused</source>
        <translation>Probelauf abgelehnt</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The fleet file %1 has no cluster named &quot;%2&quot;.</source>
        <translation>Die Flottendatei %1 enthält keinen Cluster namens „%2“.</translation>
    </message>
    <message>
        <source>No cluster in %1 carries the tag &quot;%2&quot;.</source>
        <translation>Kein Cluster in %1 trägt das Tag „%2“.</translation>
    </message>
    <message>
        <source>Choose at least one cluster (by name or by tag).</source>
        <translation>Wählen Sie mindestens einen Cluster (nach Name oder Tag).</translation>
    </message>
    <message>
        <source>%1=%2: %3</source>
        <translation>%1=%2: %3</translation>
    </message>
    <message>
        <source>partition %1: %2%3</source>
        <translation>Partition %1: %2%3</translation>
    </message>
    <message>
        <source>usage: fleetscope replicate FLEET.yaml --cluster C --topic T --factor N [--throttle RATE] [--dry-run] [--max-wait SECONDS] [--operator NAME] [--database FILE]</source>
        <translation>Aufruf: fleetscope replicate FLOTTE.yaml --cluster C --topic T --factor N [--throttle RATE] [--dry-run] [--max-wait SEKUNDEN] [--operator NAME] [--database DATEI]</translation>
    </message>
</context>
<context>
    <name>fleetscope::AlertEngine</name>
    <message>
        <source>no fresh data since %1</source>
        <translation>keine neuen Daten seit %1</translation>
    </message>
    <message>
        <source>the cluster does not answer</source>
        <translation>der Cluster antwortet nicht</translation>
    </message>
    <message>
        <source>the cluster does not answer: %1</source>
        <translation>der Cluster antwortet nicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n under-replicated partition(s)</source>
        <translation>
            <numerusform>%n unterreplizierte Partition</numerusform>
            <numerusform>%n unterreplizierte Partitionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline partition(s)</source>
        <translation>
            <numerusform>%n Partition offline</numerusform>
            <numerusform>%n Partitionen offline</numerusform>
        </translation>
    </message>
    <message>
        <source>no replication heartbeat on %1: %2</source>
        <translation>kein Replikations-Heartbeat auf %1: %2</translation>
    </message>
    <message>
        <source>the newest replication heartbeat on %1 is %2 old</source>
        <translation>der neueste Replikations-Heartbeat auf %1 ist %2 alt</translation>
    </message>
    <message>
        <source>a consumer group is about %1 behind</source>
        <translation>eine Consumer-Gruppe liegt etwa %1 zurück</translation>
    </message>
    <message>
        <source>broker %1 is down</source>
        <translation>Broker %1 ist ausgefallen</translation>
    </message>
    <message>
        <source>disk %1 full</source>
        <translation>Platte zu %1 voll</translation>
    </message>
    <message>
        <source>at its recent growth the disk is full in about %1</source>
        <translation>beim jüngsten Wachstum ist die Platte in etwa %1 voll</translation>
    </message>
    <message>
        <source>heap %1 used</source>
        <translation>Heap zu %1 belegt</translation>
    </message>
    <message>
        <source>consumer lag grew from %1 to %2 messages</source>
        <translation>Consumer-Lag stieg von %1 auf %2 Nachrichten</translation>
    </message>
</context>
<context>
    <name>fleetscope::AlertListModel</name>
    <message>
        <source>cleared</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Cluster/node</source>
        <translation>Cluster/Knoten</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
</context>
<context>
    <name>fleetscope::AlertNotifier</name>
    <message>
        <source>Fleetscope</source>
        <translation>Fleetscope</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n neuer Alarm</numerusform>
            <numerusform>%n neue Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n node(s) healthy</source>
        <translation>
            <numerusform>alle %n Knoten gesund</numerusform>
            <numerusform>alle %n Knoten gesund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 critical, %2 warning of %n node(s)</source>
        <translation>
            <numerusform>%1 kritisch, %2 Warnung von %n Knoten</numerusform>
            <numerusform>%1 kritisch, %2 Warnung von %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleetscope: %1</source>
        <translation>Fleetscope: %1</translation>
    </message>
</context>
<context>
    <name>fleetscope::AlertsPanel</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Alle Alarme</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts (%1)</source>
        <translation>Ausgewählte Alarme bestätigen (%1)</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Schwellenwerte …</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetscope::AuditCommand</name>
    <message>
        <source>CSV export.</source>
        <translation>CSV-Export.</translation>
    </message>
    <message>
        <source>JSON export.</source>
        <translation>JSON-Export.</translation>
    </message>
    <message>
        <source>Only this cluster.</source>
        <translation>Nur dieser Cluster.</translation>
    </message>
    <message>
        <source>Only this key.</source>
        <translation>Nur dieser Schlüssel.</translation>
    </message>
    <message>
        <source>Only this operation.</source>
        <translation>Nur dieser Vorgang.</translation>
    </message>
    <message>
        <source>Validate on the brokers and change nothing.</source>
        <translation>Auf den Brokern prüfen, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Your name, for the audit log.</source>
        <translation>Ihr Name für das Audit-Log.</translation>
    </message>
    <message>
        <source>usage: fleetscope undo FLEET.yaml BATCH [--dry-run] [--operator NAME] [--database FILE]</source>
        <translation>Aufruf: fleetscope undo FLOTTE.yaml BATCH [--dry-run] [--operator NAME] [--database DATEI]</translation>
    </message>
    <message>
        <source>Audit batch %1</source>
        <translation>Audit-Batch %1</translation>
    </message>
    <message>
        <source>Try every queued change whose cluster answers now.</source>
        <translation>Jede wartende Änderung versuchen, deren Cluster jetzt antwortet.</translation>
    </message>
    <message>
        <source>Cancel a queued change.</source>
        <translation>Eine wartende Änderung abbrechen.</translation>
    </message>
    <message>
        <source>usage: fleetscope pending FLEET.yaml [--apply | --cancel ID] [--database FILE]</source>
        <translation>Aufruf: fleetscope pending FLOTTE.yaml [--apply | --cancel ID] [--database DATEI]</translation>
    </message>
    <message>
        <source>pending %1 (%2: %3): %4 - %5</source>
        <translation>ausstehend %1 (%2: %3): %4 - %5</translation>
    </message>
    <message>
        <source>queued %1  %2  %3: %4  %5</source>
        <translation>wartend %1  %2  %3: %4  %5</translation>
    </message>
</context>
<context>
    <name>fleetscope::AuditLog</name>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Das Audit-Log kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot read the audit log</source>
        <translation>Das Audit-Log kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fleetscope::AuditTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>%1 (undo of %2)</source>
        <translation>%1 (Rücknahme von %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
</context>
<context>
    <name>fleetscope::AuditUndo</name>
    <message>
        <source>Change %1 has no applied keys to undo (see `fleetscope audit` for its rows).</source>
        <translation>Änderung %1 hat keine angewendeten Schlüssel, die sich zurücknehmen lassen (ihre Zeilen zeigt `fleetscope audit`).</translation>
    </message>
    <message>
        <source>Change %1 set the sensitive key %2, whose old value is never stored; undo it by hand.</source>
        <translation>Änderung %1 hat den vertraulichen Schlüssel %2 gesetzt, dessen alter Wert nie gespeichert wird; nehmen Sie sie von Hand zurück.</translation>
    </message>
</context>
<context>
    <name>fleetscope::BrokerChannel</name>
    <message>
        <source>Broker %1: %2</source>
        <translation>Broker %1: %2</translation>
    </message>
    <message>
        <source>refused ApiVersions v%1 with %2.</source>
        <translation>hat ApiVersions v%1 mit %2 abgelehnt.</translation>
    </message>
    <message>
        <source>its answer to ApiVersions cannot be read (%1). Is this port a Kafka broker&apos;s PLAINTEXT listener?</source>
        <translation>seine Antwort auf ApiVersions ist nicht lesbar (%1). Ist dieser Port ein PLAINTEXT-Listener eines Kafka-Brokers?</translation>
    </message>
    <message>
        <source>the connection is not open; open() it first.</source>
        <translation>die Verbindung ist nicht offen; zuerst open() aufrufen.</translation>
    </message>
    <message>
        <source>does not accept %1 version %2; pick a version with negotiatedVersion().</source>
        <translation>akzeptiert %1 Version %2 nicht; eine Version mit negotiatedVersion() wählen.</translation>
    </message>
    <message>
        <source>%1 is unknown to Fleetscope&apos;s protocol module, so its header cannot be chosen.</source>
        <translation>%1 ist Fleetscopes Protokollmodul unbekannt, daher kann sein Header nicht gewählt werden.</translation>
    </message>
    <message>
        <source>cannot encode the %1 request header (%2); use a shorter client id.</source>
        <translation>der Header der %1-Anfrage kann nicht kodiert werden (%2); eine kürzere Client-ID verwenden.</translation>
    </message>
    <message>
        <source>the response to %1 announces %2 bytes, outside 4..%3 bytes (the maxFrameBytes limit of %4 MiB); nothing was allocated and the connection was closed. Either this port is not a Kafka PLAINTEXT listener (TLS listeners and other services answer like this) or the stream is corrupt: check the host, port and security.protocol.</source>
        <translation>die Antwort auf %1 kündigt %2 Bytes an, außerhalb von 4..%3 Bytes (die Grenze maxFrameBytes von %4 MiB); nichts wurde reserviert und die Verbindung geschlossen. Entweder ist dieser Port kein Kafka-PLAINTEXT-Listener (TLS-Listener und andere Dienste antworten so) oder der Datenstrom ist beschädigt: Host, Port und security.protocol prüfen.</translation>
    </message>
    <message>
        <source>the response header of %1 cannot be read (%2); the connection was closed.</source>
        <translation>der Antwort-Header von %1 ist nicht lesbar (%2); die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>the response to %1 carries correlation id %2, the request had %3: the connection is out of step and was closed. Open it again; if this repeats, something between Fleetscope and the broker (a proxy?) mixes up connections.</source>
        <translation>die Antwort auf %1 trägt die Correlation-ID %2, die Anfrage hatte %3: die Verbindung ist aus dem Takt und wurde geschlossen. Erneut öffnen; wiederholt sich das, vertauscht etwas zwischen Fleetscope und dem Broker (ein Proxy?) Verbindungen.</translation>
    </message>
</context>
<context>
    <name>fleetscope::BulkReconfigDialog</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>P&amp;robelauf</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Change Settings of Many Targets</source>
        <translation>Einstellungen vieler Ziele ändern</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Topics matching a pattern</source>
        <translation>Topics passend zu einem Muster</translation>
    </message>
    <message>
        <source>One broker</source>
        <translation>Ein Broker</translation>
    </message>
    <message>
        <source>Every broker</source>
        <translation>Jeder Broker</translation>
    </message>
    <message>
        <source>Cluster-wide default</source>
        <translation>Clusterweiter Standard</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>topic name, pattern (^logs-) or broker id</source>
        <translation>Topic-Name, Muster (^logs-) oder Broker-ID</translation>
    </message>
    <message>
        <source>tags, comma-separated: every cluster carrying any of them</source>
        <translation>Tags, durch Kommas getrennt: jeder Cluster, der eines davon trägt</translation>
    </message>
    <message>
        <source>one KEY=VALUE per line, e.g.
retention.ms=2d
retention.bytes=10 GiB</source>
        <translation>ein SCHLÜSSEL=WERT pro Zeile, z. B.
retention.ms=2d
retention.bytes=10 GiB</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Or by tag</source>
        <translation>Oder nach Tag</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) planned.</source>
        <translation>
            <numerusform>%n Ziel geplant.</numerusform>
            <numerusform>%n Ziele geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answering (their targets are queued on Apply): %1.</source>
        <translation>Antworten nicht (ihre Ziele werden beim Anwenden eingereiht): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) refused before sending: see the Message column.</source>
        <translation>
            <numerusform>%n Ziel vor dem Senden abgelehnt: siehe Spalte „Meldung“.</numerusform>
            <numerusform>%n Ziele vor dem Senden abgelehnt: siehe Spalte „Meldung“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one cluster or tag.</source>
        <translation>Wählen Sie mindestens einen Cluster oder ein Tag.</translation>
    </message>
    <message>
        <source>Type the topic name or pattern.</source>
        <translation>Geben Sie den Topic-Namen oder das Muster ein.</translation>
    </message>
    <message>
        <source>Type the broker&apos;s node id (a number).</source>
        <translation>Geben Sie die Knoten-ID des Brokers ein (eine Zahl).</translation>
    </message>
    <message>
        <source>Type at least one KEY=VALUE line.</source>
        <translation>Geben Sie mindestens eine Zeile SCHLÜSSEL=WERT ein.</translation>
    </message>
    <message>
        <source>Reading the current values of every target…</source>
        <translation>Die aktuellen Werte aller Ziele werden gelesen …</translation>
    </message>
    <message>
        <source>Applying: dry run, change and read back per target…</source>
        <translation>Wird angewendet: Probelauf, Änderung und Zurücklesen je Ziel …</translation>
    </message>
    <message>
        <source>Dry run (validate only) on every target…</source>
        <translation>Probelauf (nur prüfen) auf allen Zielen …</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 target(s) accepted; %3 refused.</source>
        <translation>Probelauf: %1 von %2 Ziel(en) angenommen; %3 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n target(s)</source>
        <translation>
            <numerusform>Auf %n Ziel anwenden</numerusform>
            <numerusform>Auf %n Ziele anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads the failed and cancelled targets again and applies the change to just those</source>
        <translation>Liest die fehlgeschlagenen und abgebrochenen Ziele erneut und wendet die Änderung nur auf diese an</translation>
    </message>
    <message>
        <source>%1 of %2 target(s) applied and verified; %3 pending; %4 cancelled (not sent); %5 failed.</source>
        <translation>%1 von %2 Ziel(en) angewendet und geprüft; %3 ausstehend; %4 abgebrochen (nicht gesendet); %5 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>fleetscope::CheckCommand</name>
    <message>
        <source>usage: fleetscope check FLEET.yaml [--json]</source>
        <translation>Aufruf: fleetscope check FLOTTE.yaml [--json]</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>STANDORT</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>LAG</source>
        <translation>LAG</translation>
    </message>
    <message>
        <source>LAG S</source>
        <translation>LAG S</translation>
    </message>
    <message>
        <source>DISK</source>
        <translation>PLATTE</translation>
    </message>
    <message>
        <source>HEAP</source>
        <translation>HEAP</translation>
    </message>
    <message>
        <source>MIRROR HB</source>
        <translation>SPIEGEL-HB</translation>
    </message>
    <message>
        <source>URP</source>
        <translation>URP</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>BEFUND</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>warning: %1; the fleet file&apos;s thresholds apply</source>
        <translation>Warnung: %1; es gelten die Schwellwerte der Flottendatei</translation>
    </message>
</context>
<context>
    <name>fleetscope::ClusterBrokersModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Platte</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Broker node id</source>
        <translation>Knoten-ID des Brokers</translation>
    </message>
    <message>
        <source>Advertised host and port</source>
        <translation>Angekündigter Host und Port</translation>
    </message>
    <message>
        <source>Link from Fleetscope to the broker</source>
        <translation>Verbindung von Fleetscope zum Broker</translation>
    </message>
    <message>
        <source>Round-trip time from Fleetscope to the broker</source>
        <translation>Umlaufzeit von Fleetscope zum Broker</translation>
    </message>
    <message>
        <source>Disk used of the volume (DescribeLogDirs); only partition sizes on brokers older than Kafka 3.3</source>
        <translation>Belegter Platz des Volumes (DescribeLogDirs); bei Brokern älter als Kafka 3.3 nur die Partitionsgrößen</translation>
    </message>
    <message>
        <source>JVM heap used of max (JMX exporter)</source>
        <translation>Belegter JVM-Heap vom Maximum (JMX-Exporter)</translation>
    </message>
    <message>
        <source>The broker&apos;s rack, when known</source>
        <translation>Rack des Brokers, falls bekannt</translation>
    </message>
    <message>
        <source>librdkafka state %1 for %2</source>
        <translation>librdkafka-Zustand %1 seit %2</translation>
    </message>
    <message>
        <source>No link statistics from librdkafka yet</source>
        <translation>Noch keine Verbindungsstatistik von librdkafka</translation>
    </message>
    <message>
        <source>The broker reports partition sizes only (Kafka older than 3.3)</source>
        <translation>Der Broker meldet nur Partitionsgrößen (Kafka älter als 3.3)</translation>
    </message>
    <message>
        <source>librdkafka 2.0.2&apos;s metadata carries no rack ids, so the rack is not known</source>
        <translation>Die Metadaten von librdkafka 2.0.2 enthalten keine Rack-IDs, daher ist das Rack unbekannt</translation>
    </message>
    <message>
        <source>down, last up %1</source>
        <translation>ausgefallen, zuletzt erreichbar %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>disk: &quot;69 % of 50.0 GiB&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>fleetscope::ClusterConfigGateway</name>
    <message>
        <source>Cluster %1 did not answer: %2</source>
        <translation>Cluster %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered DescribeConfigs with %2 results for one resource</source>
        <translation>%1 hat DescribeConfigs mit %2 Ergebnissen für eine Ressource beantwortet</translation>
    </message>
    <message>
        <source>%1 answered IncrementalAlterConfigs with %2 results for one resource</source>
        <translation>%1 hat IncrementalAlterConfigs mit %2 Ergebnissen für eine Ressource beantwortet</translation>
    </message>
    <message>
        <source>Cluster %1 has no broker %2 (its metadata lists the brokers it has)</source>
        <translation>Cluster %1 hat keinen Broker %2 (seine Metadaten führen die vorhandenen Broker auf)</translation>
    </message>
    <message>
        <source>it has no bootstrap.servers</source>
        <translation>er hat keine bootstrap.servers</translation>
    </message>
    <message>
        <source>%1:%2 is not a usable broker address</source>
        <translation>%1:%2 ist keine nutzbare Broker-Adresse</translation>
    </message>
</context>
<context>
    <name>fleetscope::ClusterDetailView</name>
    <message>
        <source>&amp;Brokers</source>
        <translation>&amp;Broker</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <source>Consumer &amp;groups</source>
        <translation>Consumer-&amp;Gruppen</translation>
    </message>
    <message>
        <source>waiting for the first poll</source>
        <translation>wartet auf die erste Abfrage</translation>
    </message>
    <message>
        <source>unreachable: %1 — the tables show data from %2</source>
        <extracomment>%1: why the cluster did not answer</extracomment>
        <translation>nicht erreichbar: %1 — die Tabellen zeigen Daten von %2</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>no new data: last seen %1</source>
        <translation>keine neuen Daten: zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>data from %1</source>
        <translation>Daten von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fleetscope::ClusterTopicsModel</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Under-repl.</source>
        <translation>Unterrepl.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Replication factor: replicas per partition</source>
        <translation>Replikationsfaktor: Replikate pro Partition</translation>
    </message>
    <message>
        <source>Partitions with fewer in-sync replicas than replicas</source>
        <translation>Partitionen mit weniger In-Sync-Replikaten als Replikaten</translation>
    </message>
    <message>
        <source>Bytes on disk over all replicas, from DescribeLogDirs</source>
        <translation>Bytes auf der Platte über alle Replikate, aus DescribeLogDirs</translation>
    </message>
    <message>
        <source>retention.ms of the topic</source>
        <translation>retention.ms des Topics</translation>
    </message>
    <message>
        <source>Not known: the topic&apos;s configuration has not been read (DescribeConfigs)</source>
        <translation>Unbekannt: Die Konfiguration des Topics wurde nicht gelesen (DescribeConfigs)</translation>
    </message>
    <message>
        <source>No broker has reported its log directories yet</source>
        <translation>Noch kein Broker hat seine Log-Verzeichnisse gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) without a leader (offline)</source>
        <translation>
            <numerusform>%n Partition ohne Leader (offline)</numerusform>
            <numerusform>%n Partitionen ohne Leader (offline)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 offline)</source>
        <translation>%1 (%2 offline)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>fleetscope::ConfigApplier</name>
    <message>
        <source>%1 did not answer when the change was planned</source>
        <translation>%1 hat beim Planen der Änderung nicht geantwortet</translation>
    </message>
    <message>
        <source>The fleet file makes %1 read-only (read_only: true): nothing is sent to it.</source>
        <translation>Die Flottendatei macht %1 schreibgeschützt (read_only: true): Es wird nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>vor dem Senden abgebrochen</translation>
    </message>
    <message>
        <source>not run: no answer</source>
        <translation>nicht ausgeführt: keine Antwort</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>cancelled after its dry run, before it was sent</source>
        <translation>nach dem Probelauf, vor dem Senden abgebrochen</translation>
    </message>
    <message>
        <source>no answer to the change (%1); read the values back before trying again</source>
        <translation>keine Antwort auf die Änderung (%1); vor einem neuen Versuch die Werte zurücklesen</translation>
    </message>
    <message>
        <source>%1 reads %2</source>
        <translation>%1 lautet %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>%1 is still set here</source>
        <translation>%1 ist hier noch gesetzt</translation>
    </message>
    <message>
        <source>the broker accepted the change, but reading it back shows: %1</source>
        <translation>der Broker hat die Änderung angenommen, aber das Zurücklesen zeigt: %1</translation>
    </message>
    <message>
        <source>%1; not queued, because a secret is never stored on disk</source>
        <translation>%1; nicht eingereiht, weil ein Geheimnis nie auf der Platte gespeichert wird</translation>
    </message>
    <message>
        <source>%1; could not be queued: %2</source>
        <translation>%1; konnte nicht eingereiht werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer; queued as pending change %2, applied when it answers again (%3)</source>
        <translation>%1 hat nicht geantwortet; als ausstehende Änderung %2 eingereiht, wird angewendet, sobald wieder eine Antwort kommt (%3)</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>fleetscope::ConfigPlanModel</name>
    <message>
        <source>(sensitive)</source>
        <translation>(vertraulich)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(removed: inherited)</source>
        <translation>(entfernt: geerbter Wert)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>(inherited: %1 (%2))</source>
        <translation>(geerbt: %1 (%2))</translation>
    </message>
</context>
<context>
    <name>fleetscope::ConfigPlanner</name>
    <message>
        <source>Give at least one KEY=VALUE, for example retention.ms=2d.</source>
        <translation>Geben Sie mindestens ein SCHLÜSSEL=WERT an, zum Beispiel retention.ms=2d.</translation>
    </message>
    <message>
        <source>%1 is given twice; give each key once.</source>
        <translation>%1 ist doppelt angegeben; geben Sie jeden Schlüssel nur einmal an.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one key and value.</source>
        <translation>Nichts zu ändern: Geben Sie mindestens einen Schlüssel mit Wert an.</translation>
    </message>
    <message>
        <source>The topic pattern &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>Das Topic-Muster „%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>The fleet file has no cluster named &quot;%1&quot; any more.</source>
        <translation>Die Flottendatei enthält keinen Cluster namens „%1“ mehr.</translation>
    </message>
    <message>
        <source>The fleet file makes %1 read-only (read_only: true): nothing is sent to it.</source>
        <translation>Die Flottendatei macht %1 schreibgeschützt (read_only: true): Es wird nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>%1 is read-only: Kafka cannot change it while the brokers run (%2)</source>
        <translation>%1 ist nur lesbar: Kafka kann den Wert nicht ändern, solange die Broker laufen (%2)</translation>
    </message>
</context>
<context>
    <name>fleetscope::ConfigValueParser</name>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE, for example retention.ms=2d (an empty value removes the key)</source>
        <translation>„%1“ hat nicht die Form SCHLÜSSEL=WERT, zum Beispiel retention.ms=2d (ein leerer Wert entfernt den Schlüssel)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a configuration key: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>„%1“ ist kein Konfigurationsschlüssel: erlaubt sind Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>a value is needed</source>
        <translation>ein Wert ist nötig</translation>
    </message>
    <message>
        <source>at most %1 ms</source>
        <translation>höchstens %1 ms</translation>
    </message>
    <message>
        <source>at most %1 bytes (%2)</source>
        <translation>höchstens %1 Bytes (%2)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected delete, compact or &quot;compact,delete&quot;</source>
        <translation>delete, compact oder &quot;compact,delete&quot; erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>fleetscope::ConsumerGroupsModel</name>
    <message>
        <source>Group / topic / partition</source>
        <translation>Gruppe / Topic / Partition</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Lag time</source>
        <translation>Lag-Zeit</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <source>End offset</source>
        <translation>End-Offset</translation>
    </message>
    <message>
        <source>The group&apos;s state as its coordinator reports it</source>
        <translation>Zustand der Gruppe, wie ihr Koordinator ihn meldet</translation>
    </message>
    <message>
        <source>Messages behind: end offset minus committed offset</source>
        <translation>Rückstand in Nachrichten: End-Offset minus committeter Offset</translation>
    </message>
    <message>
        <source>Estimated from the group&apos;s recent consume rate</source>
        <translation>Geschätzt aus der jüngsten Verarbeitungsrate der Gruppe</translation>
    </message>
    <message>
        <source>The group&apos;s committed offset</source>
        <translation>Committeter Offset der Gruppe</translation>
    </message>
    <message>
        <source>The partition&apos;s end offset (high watermark)</source>
        <translation>End-Offset der Partition (High Watermark)</translation>
    </message>
    <message>
        <source>The group has no committed offset on this partition</source>
        <translation>Die Gruppe hat auf dieser Partition keinen committeten Offset</translation>
    </message>
    <message>
        <source>The group&apos;s committed offsets did not move while it had lag</source>
        <translation>Die committeten Offsets der Gruppe haben sich trotz Lag nicht bewegt</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>~%1, stalled</source>
        <extracomment>&quot;~&quot; marks an estimate; &quot;stalled&quot;: the group makes no progress</extracomment>
        <translation>~%1, stockt</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
</context>
<context>
    <name>fleetscope::CredentialNeed</name>
    <message>
        <source>client key passphrase</source>
        <translation>Passphrase des Client-Schlüssels</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>%1: the client key &quot;%2&quot; is encrypted and there is no passphrase for it; set %3.</source>
        <translation>%1: Der Client-Schlüssel „%2“ ist verschlüsselt und es gibt keine Passphrase dafür; setzen Sie %3.</translation>
    </message>
    <message>
        <source>%1: no password for SASL user &quot;%2&quot;; set %3.</source>
        <translation>%1: kein Passwort für SASL-Benutzer „%2“; setzen Sie %3.</translation>
    </message>
</context>
<context>
    <name>fleetscope::Cursor</name>
    <message>
        <source>invalid escape &apos;\%1&apos; in the value of label &apos;%2&apos; (expected \\, \&quot; or \n)</source>
        <translation>ungültiges Escape &apos;\%1&apos; im Wert von Label &apos;%2&apos; (erwartet: \\, \&quot; oder \n)</translation>
    </message>
    <message>
        <source>the value of label &apos;%1&apos; has no closing &apos;&quot;&apos;</source>
        <translation>dem Wert von Label &apos;%1&apos; fehlt das schließende &apos;&quot;&apos;</translation>
    </message>
</context>
<context>
    <name>fleetscope::DemoFleetLauncher</name>
    <message>
        <source>The demo fleet needs Fleetscope&apos;s source tree (tools/fleet). Set FLEETSCOPE_SOURCE_DIR to a checkout, or run tools/demo there.</source>
        <translation>Die Demo-Flotte braucht Fleetscopes Quellbaum (tools/fleet). FLEETSCOPE_SOURCE_DIR auf einen Checkout setzen oder dort tools/demo ausführen.</translation>
    </message>
    <message>
        <source>The demo fleet did not start (tools/fleet up exited with %1):
%2</source>
        <translation>Die Demo-Flotte ist nicht gestartet (tools/fleet up endete mit %1):
%2</translation>
    </message>
    <message>
        <source>The demo fleet started, but tools/fleet file did not name its fleet file.</source>
        <translation>Die Demo-Flotte läuft, aber tools/fleet file hat keine Flottendatei genannt.</translation>
    </message>
</context>
<context>
    <name>fleetscope::Exchange</name>
    <message>
        <source>no complete answer within %1 ms (%2 bytes received); is the exporter overloaded?</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms (%2 Bytes empfangen); ist der Exporter überlastet?</translation>
    </message>
    <message>
        <source>no connection to %1 within %2 ms</source>
        <translation>keine Verbindung zu %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>sending the request to %1 failed: %2</source>
        <translation>Senden der Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>reading from %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>fleetscope::FleetTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 cluster(s) unreachable</source>
        <translation>
            <numerusform>%n von %1 Cluster nicht erreichbar</numerusform>
            <numerusform>%n von %1 Clustern nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for first poll…</source>
        <translation>wartet auf die erste Abfrage …</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 of %2 brokers up</source>
        <translation>%1 von %2 Brokern erreichbar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>librdkafka state %1 for %2; %3 disconnects, %4 request timeouts</source>
        <translation>librdkafka-Zustand %1 seit %2; %3 Verbindungsabbrüche, %4 Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>down, last up %1</source>
        <translation>ausgefallen, zuletzt erreichbar %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>fleetscope::HealthJudge</name>
    <message>
        <source>not polled yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <source>cluster unreachable</source>
        <translation>Cluster nicht erreichbar</translation>
    </message>
    <message>
        <source>data is stale</source>
        <translation>Daten sind veraltet</translation>
    </message>
    <message>
        <source>broker down</source>
        <translation>Broker ausgefallen</translation>
    </message>
    <message>
        <source>link state %1</source>
        <translation>Verbindungszustand %1</translation>
    </message>
    <message numerus="yes">
        <source>%n offline partition(s)</source>
        <translation>
            <numerusform>%n Partition offline</numerusform>
            <numerusform>%n Partitionen offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under-replicated partition(s)</source>
        <translation>
            <numerusform>%n unterreplizierte Partition</numerusform>
            <numerusform>%n unterreplizierte Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>disk %1 full</source>
        <translation>Platte zu %1 voll</translation>
    </message>
    <message>
        <source>heap %1 used</source>
        <translation>Heap zu %1 belegt</translation>
    </message>
    <message>
        <source>replication link to %1 down</source>
        <translation>Replikationsverbindung zu %1 ausgefallen</translation>
    </message>
    <message>
        <source>replication heartbeat %1 old</source>
        <translation>Replikations-Heartbeat %1 alt</translation>
    </message>
</context>
<context>
    <name>fleetscope::HeartbeatReader</name>
    <message>
        <source>No heartbeats from &quot;%1&quot; on cluster &quot;%2&quot;: topic %3 is missing or empty. Is MirrorMaker 2 running with emit.heartbeats.enabled?</source>
        <translation>Keine Heartbeats von „%1“ auf Cluster „%2“: Topic %3 fehlt oder ist leer. Läuft MirrorMaker 2 mit emit.heartbeats.enabled?</translation>
    </message>
    <message>
        <source>Cannot read %1 on cluster &quot;%2&quot;: %3</source>
        <translation>%1 auf Cluster „%2“ ist nicht lesbar: %3</translation>
    </message>
    <message>
        <source>Reading %1 on cluster &quot;%2&quot; timed out</source>
        <translation>Lesen von %1 auf Cluster „%2“: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Reading %1 on cluster &quot;%2&quot; failed: %3</source>
        <translation>Lesen von %1 auf Cluster „%2“ fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>fleetscope::HttpResponseReader</name>
    <message>
        <source>the body is larger than the limit of %1 bytes</source>
        <translation>der Inhalt ist größer als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 ist länger als %2 Bytes</translation>
    </message>
    <message>
        <source>the connection closed in the middle of %1</source>
        <translation>die Verbindung wurde mitten in %1 geschlossen</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 body bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes des Inhalts geschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 did not answer with HTTP: &apos;%2&apos;</source>
        <translation>%1 hat nicht mit HTTP geantwortet: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the status line</source>
        <translation>der Statuszeile</translation>
    </message>
    <message>
        <source>%1 sent a malformed status line: &apos;%2&apos;</source>
        <translation>%1 hat eine fehlerhafte Statuszeile gesendet: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a response header</source>
        <translation>einem Antwort-Header</translation>
    </message>
    <message>
        <source>the response headers are longer than %1 bytes in total</source>
        <translation>die Antwort-Header sind insgesamt länger als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed response header: &apos;%1&apos;</source>
        <translation>fehlerhafter Antwort-Header: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed Content-Length: &apos;%1&apos;</source>
        <translation>fehlerhafte Content-Length: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unsupported Transfer-Encoding &apos;%1&apos;</source>
        <translation>nicht unterstütztes Transfer-Encoding &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the server sent a &apos;%1&apos;-encoded body, which Fleetscope did not ask for</source>
        <translation>der Server hat einen &apos;%1&apos;-kodierten Inhalt gesendet, den Fleetscope nicht angefordert hat</translation>
    </message>
    <message>
        <source>the server answered &apos;%1&apos;</source>
        <translation>der Server antwortete &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>der Inhalt von %1 Bytes ist größer als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>a chunk size line</source>
        <translation>einer Chunk-Größenzeile</translation>
    </message>
    <message>
        <source>malformed chunk size: &apos;%1&apos;</source>
        <translation>fehlerhafte Chunk-Größe: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the line end after a chunk</source>
        <translation>dem Zeilenende nach einem Chunk</translation>
    </message>
    <message>
        <source>a chunk is longer than its size line says</source>
        <translation>ein Chunk ist länger als seine Größenzeile angibt</translation>
    </message>
    <message>
        <source>a trailer field</source>
        <translation>einem Trailer-Feld</translation>
    </message>
    <message>
        <source>the trailer fields are longer than %1 bytes in total</source>
        <translation>die Trailer-Felder sind insgesamt länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>fleetscope::HttpScraper</name>
    <message>
        <source>&apos;%1&apos; is not a valid metrics URL (expected http://host:port/metrics)</source>
        <translation>&apos;%1&apos; ist keine gültige Metrik-URL (erwartet: http://host:port/metrics)</translation>
    </message>
    <message>
        <source>%1: https is not supported yet for metrics endpoints; use the exporter&apos;s http:// URL</source>
        <translation>%1: https wird für Metrik-Endpunkte noch nicht unterstützt; die http://-URL des Exporters verwenden</translation>
    </message>
    <message>
        <source>%1: unsupported scheme &apos;%2&apos; (expected http)</source>
        <translation>%1: nicht unterstütztes Schema &apos;%2&apos; (erwartet: http)</translation>
    </message>
</context>
<context>
    <name>fleetscope::JvmHeapReader</name>
    <message>
        <source>%1{area=&quot;heap&quot;} is %2, which is not a heap size in bytes</source>
        <translation>%1{area=&quot;heap&quot;} ist %2, keine Heap-Größe in Bytes</translation>
    </message>
    <message>
        <source>the exporter does not expose JVM memory metrics: found neither jvm_memory_used_bytes{area=&quot;heap&quot;} (JMX exporter 1.x) nor jvm_memory_bytes_used{area=&quot;heap&quot;} (0.x). Check that the URL points at the broker&apos;s JMX exporter java agent (-javaagent:jmx_prometheus_javaagent.jar=PORT:config.yaml) and not at another exporter, and that its configuration does not exclude the jvm_* metrics.</source>
        <translation>der Exporter liefert keine JVM-Speichermetriken: weder jvm_memory_used_bytes{area=&quot;heap&quot;} (JMX-Exporter 1.x) noch jvm_memory_bytes_used{area=&quot;heap&quot;} (0.x) gefunden. Prüfen, dass die URL auf den JMX-Exporter-Java-Agenten des Brokers zeigt (-javaagent:jmx_prometheus_javaagent.jar=PORT:config.yaml) und nicht auf einen anderen Exporter, und dass seine Konfiguration die jvm_*-Metriken nicht ausschließt.</translation>
    </message>
    <message>
        <source>the metrics text is malformed: %1</source>
        <translation>der Metriktext ist fehlerhaft: %1</translation>
    </message>
</context>
<context>
    <name>fleetscope::KafkaConnection</name>
    <message>
        <source>Cluster &quot;%1&quot;: property &quot;%2&quot; was refused by librdkafka: %3. Check the cluster&apos;s properties in the fleet file.</source>
        <translation>Cluster „%1“: librdkafka hat die Eigenschaft „%2“ abgelehnt: %3. Die Eigenschaften des Clusters in der Flottendatei prüfen.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot;: cannot create a Kafka client: %2</source>
        <translation>Cluster „%1“: Kafka-Client kann nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; did not answer a metadata request: %2</source>
        <translation>Cluster „%1“ hat eine Metadaten-Anfrage nicht beantwortet: %2</translation>
    </message>
    <message>
        <source>. This librdkafka (%1) cannot authenticate with SCRAM to Kafka 4 brokers even with the right password (librdkafka issue #4895, fixed in 2.6.1): build Fleetscope with librdkafka 2.6.1 or newer (tools/bootstrap builds 2.8.0), or use sasl.mechanism PLAIN over SASL_SSL where the cluster offers it</source>
        <translation>. Diese librdkafka-Version (%1) kann sich bei Kafka-4-Brokern auch mit dem richtigen Passwort nicht per SCRAM anmelden (librdkafka-Issue #4895, behoben in 2.6.1): Bauen Sie Fleetscope mit librdkafka 2.6.1 oder neuer (tools/bootstrap baut 2.8.0) oder verwenden Sie sasl.mechanism PLAIN über SASL_SSL, wo der Cluster es anbietet</translation>
    </message>
    <message>
        <source> (the key is encrypted: is its passphrase, ssl.key.password, right?)</source>
        <translation> (der Schlüssel ist verschlüsselt: Stimmt seine Passphrase, ssl.key.password?)</translation>
    </message>
</context>
<context>
    <name>fleetscope::KeychainCredentialStore</name>
    <message>
        <source>No system keychain is available (%1): passwords are kept in memory for this session only and asked for again next time.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1): Passwörter werden nur für diese Sitzung im Speicher gehalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain (%1); it is kept for this session only.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden (%1); es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain (%1).</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden (%1).</translation>
    </message>
</context>
<context>
    <name>fleetscope::KioskTileBuilder</name>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>not reached since start</source>
        <translation>seit dem Start nicht erreicht</translation>
    </message>
    <message>
        <source>site unreachable, %1</source>
        <translation>Standort nicht erreichbar, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s) up</source>
        <translation>
            <numerusform>%n Broker erreichbar</numerusform>
            <numerusform>%n Broker erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more problem(s)</source>
        <translation>
            <numerusform>+%n weiteres Problem</numerusform>
            <numerusform>+%n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 brokers up</source>
        <translation>%1 von %2 Brokern erreichbar</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>waiting for the first data from %1</source>
        <translation>wartet auf die ersten Daten von %1</translation>
    </message>
    <message>
        <source>%1 unreachable, %2</source>
        <translation>%1 nicht erreichbar, %2</translation>
    </message>
    <message>
        <source>no new data from %1, %2</source>
        <translation>keine neuen Daten von %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n offline partition(s) on %1</source>
        <translation>
            <numerusform>%n Partition offline auf %1</numerusform>
            <numerusform>%n Partitionen offline auf %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under-replicated partition(s) on %1</source>
        <translation>
            <numerusform>%n unterreplizierte Partition auf %1</numerusform>
            <numerusform>%n unterreplizierte Partitionen auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>replication %1 → %2 down</source>
        <translation>Replikation %1 → %2 ausgefallen</translation>
    </message>
    <message>
        <source>replication heartbeat %1 old (%2 → %3)</source>
        <translation>Replikations-Heartbeat %1 alt (%2 → %3)</translation>
    </message>
    <message>
        <source>broker %1 down, %2</source>
        <translation>Broker %1 ausgefallen, %2</translation>
    </message>
    <message>
        <source>broker %1 %2</source>
        <translation>Broker %1 %2</translation>
    </message>
    <message>
        <source>disk %1 on %2</source>
        <translation>Platte %1 auf %2</translation>
    </message>
    <message>
        <source>heap %1 on %2</source>
        <translation>Heap %1 auf %2</translation>
    </message>
</context>
<context>
    <name>fleetscope::KioskTilePainter</name>
    <message>
        <source>HEALTHY</source>
        <translation>GESUND</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>UNREACHABLE</source>
        <translation>NICHT ERREICHBAR</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>WARTET</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Standort</numerusform>
            <numerusform>%n Standorte</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
</context>
<context>
    <name>fleetscope::LagCollector</name>
    <message>
        <source>Reading end offsets failed: %1</source>
        <translation>Lesen der End-Offsets fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading end offsets timed out after %1 ms</source>
        <translation>Lesen der End-Offsets: Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>fleetscope::LogDirsProbe</name>
    <message>
        <source>Broker %1 has no usable port (%2); check the cluster&apos;s metadata.</source>
        <translation>Broker %1 hat keinen nutzbaren Port (%2); die Metadaten des Clusters prüfen.</translation>
    </message>
    <message>
        <source>Broker %1 (node %2) offers no DescribeLogDirs version Fleetscope knows (%3-%4), so its disk usage cannot be shown. Kafka 1.0 or newer is needed.</source>
        <translation>Broker %1 (Knoten %2) bietet keine DescribeLogDirs-Version, die Fleetscope kennt (%3–%4), daher kann seine Plattenbelegung nicht angezeigt werden. Kafka 1.0 oder neuer ist nötig.</translation>
    </message>
    <message>
        <source>Broker %1 (node %2): %3. The broker sent a response Fleetscope cannot read; please report it with the broker&apos;s Kafka version.</source>
        <translation>Broker %1 (Knoten %2): %3. Der Broker hat eine Antwort gesendet, die Fleetscope nicht lesen kann; bitte mit der Kafka-Version des Brokers melden.</translation>
    </message>
    <message>
        <source>Broker %1 (node %2) refused DescribeLogDirs: %3.</source>
        <translation>Broker %1 (Knoten %2) hat DescribeLogDirs abgelehnt: %3.</translation>
    </message>
</context>
<context>
    <name>fleetscope::MainWindow</name>
    <message>
        <source>Fleetscope</source>
        <translation>Fleetscope</translation>
    </message>
    <message>
        <source>No fleet open</source>
        <translation>Keine Flotte geöffnet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Fleet File…</source>
        <translation>Flottendatei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Start Local &amp;Demo Fleet</source>
        <translation>Lokale &amp;Demo-Flotte starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fleetscope</source>
        <translation>Ü&amp;ber Fleetscope</translation>
    </message>
    <message>
        <source>Open Fleet File</source>
        <translation>Flottendatei öffnen</translation>
    </message>
    <message>
        <source>Fleet files (*.yaml *.yml);;All files (*)</source>
        <translation>Flottendateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Starting Kafka brokers, MirrorMaker 2 and the load generator…</source>
        <translation>Kafka-Broker, MirrorMaker 2 und der Lastgenerator werden gestartet …</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>The fleet file could not be used:
%1</source>
        <translation>Die Flottendatei ist nicht verwendbar:
%1</translation>
    </message>
    <message>
        <source>%1 — Fleetscope</source>
        <translation>%1 — Fleetscope</translation>
    </message>
    <message>
        <source>Polling %1 of %2 clusters</source>
        <translation>Frage %1 von %2 Clustern ab</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n cluster(s)</source>
        <translation>
            <numerusform>Beobachte %n Cluster</numerusform>
            <numerusform>Beobachte %n Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>About Fleetscope</source>
        <translation>Über Fleetscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fleetscope %1&lt;/h3&gt;&lt;p&gt;Watches a fleet of Apache Kafka clusters: consumer lag, disk, JVM heap and links, edge sites and central alike.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and librdkafka.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fleetscope %1&lt;/h3&gt;&lt;p&gt;Beobachtet eine Flotte von Apache-Kafka-Clustern: Consumer-Lag, Platte, JVM-Heap und Verbindungen, an Edge-Standorten wie in der Zentrale.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2 und librdkafka.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the fleet file (Esc)</source>
        <translation>Lesen der Flottendatei abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Reading the fleet file was cancelled</source>
        <translation>Lesen der Flottendatei abgebrochen</translation>
    </message>
    <message>
        <source>Stopping what the demo fleet had started…</source>
        <translation>Was die Demo-Flotte gestartet hat, wird beendet …</translation>
    </message>
    <message>
        <source>The demo fleet was not started.</source>
        <translation>Die Demo-Flotte wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>Filter: words, tag:eu, state:down, site:, cluster:, node:, severity: (Ctrl+F)</source>
        <translation>Filter: Wörter, tag:eu, state:down, site:, cluster:, node:, severity: (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every word must match a row. A plain word is looked for in the site, cluster, node, tags, state and severity; a term matches one field:&lt;/p&gt;&lt;p&gt;&lt;b&gt;tag:&lt;/b&gt;eu &amp;nbsp; &lt;b&gt;state:&lt;/b&gt;up|down|unreachable|stale|connecting|unknown|waiting &amp;nbsp; &lt;b&gt;severity:&lt;/b&gt;healthy|warning|critical &amp;nbsp; &lt;b&gt;site:&lt;/b&gt;munich &amp;nbsp; &lt;b&gt;cluster:&lt;/b&gt;edge &amp;nbsp; &lt;b&gt;node:&lt;/b&gt;2&lt;/p&gt;&lt;p&gt;A leading minus negates: &lt;b&gt;-state:up&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jedes Wort muss auf eine Zeile passen. Ein einfaches Wort wird in Standort, Cluster, Knoten, Tags, Zustand und Schweregrad gesucht; ein Begriff mit Präfix prüft nur ein Feld:&lt;/p&gt;&lt;p&gt;&lt;b&gt;tag:&lt;/b&gt;eu &amp;nbsp; &lt;b&gt;state:&lt;/b&gt;up|down|unreachable|stale|connecting|unknown|waiting &amp;nbsp; &lt;b&gt;severity:&lt;/b&gt;healthy|warning|critical &amp;nbsp; &lt;b&gt;site:&lt;/b&gt;munich &amp;nbsp; &lt;b&gt;cluster:&lt;/b&gt;edge &amp;nbsp; &lt;b&gt;node:&lt;/b&gt;2&lt;/p&gt;&lt;p&gt;Ein vorangestelltes Minus verneint: &lt;b&gt;-state:up&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One row per broker</source>
        <translation>Eine Zeile pro Broker</translation>
    </message>
    <message>
        <source>One row per cluster</source>
        <translation>Eine Zeile pro Cluster</translation>
    </message>
    <message>
        <source>Show every broker, or each cluster at its worst (Ctrl+Shift+B, Ctrl+Shift+C)</source>
        <translation>Jeden Broker zeigen oder jeden Cluster mit seinem schlechtesten Wert (Ctrl+Shift+B, Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>&amp;Forget Saved Password</source>
        <translation>Gespeichertes Passwort &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Wall Screen</source>
        <translation>&amp;Wandanzeige</translation>
    </message>
    <message>
        <source>The password of %1 was forgotten; Fleetscope asks for it the next time this fleet is opened.</source>
        <translation>Das Passwort von %1 wurde vergessen; Fleetscope fragt beim nächsten Öffnen dieser Flotte danach.</translation>
    </message>
    <message>
        <source>Last error %1 (%2): %3</source>
        <translation>Letzter Fehler %1 (%2): %3</translation>
    </message>
    <message>
        <source>&amp;System (now dark)</source>
        <translation>&amp;System (derzeit dunkel)</translation>
    </message>
    <message>
        <source>&amp;System (now light)</source>
        <translation>&amp;System (derzeit hell)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Overview</source>
        <translation>Übersicht &amp;filtern</translation>
    </message>
    <message>
        <source>Go to Fleet &amp;Tree</source>
        <translation>Zum Flotten&amp;baum</translation>
    </message>
    <message>
        <source>Go to &amp;Overview</source>
        <translation>Zur &amp;Übersicht</translation>
    </message>
    <message>
        <source>Go to Node &amp;Detail</source>
        <translation>Zu den Knoten&amp;details</translation>
    </message>
    <message>
        <source>One Row per &amp;Broker</source>
        <translation>Eine Zeile pro B&amp;roker</translation>
    </message>
    <message>
        <source>One Row per &amp;Cluster</source>
        <translation>Eine Zeile pro &amp;Cluster</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fleetscope::MirrorLinkEvaluator</name>
    <message>
        <source>central cluster &quot;%1&quot; not polled yet</source>
        <translation>zentraler Cluster „%1“ noch nicht abgefragt</translation>
    </message>
    <message>
        <source>central cluster &quot;%1&quot; is unreachable</source>
        <translation>zentraler Cluster „%1“ ist nicht erreichbar</translation>
    </message>
    <message>
        <source>no heartbeats read yet</source>
        <translation>noch keine Heartbeats gelesen</translation>
    </message>
</context>
<context>
    <name>fleetscope::NodeDetailView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, broker %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Broker %2</translation>
    </message>
    <message>
        <source>Lag in time (estimate)</source>
        <translation>Zeitlicher Lag (Schätzung)</translation>
    </message>
    <message>
        <source>Show consumer lag as an estimated time behind instead of messages</source>
        <translation>Consumer-Lag als geschätzten zeitlichen Rückstand statt in Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Time range, ending now (keys 1-5)</source>
        <translation>Zeitraum bis jetzt (Tasten 1-5)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow now (Home). Dragging or zooming a plot stops following.</source>
        <translation>Der aktuellen Zeit folgen (Home). Ziehen oder Zoomen in einem Diagramm beendet das Folgen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, whole cluster</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, ganzer Cluster</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>fleetscope::OverviewTableModel</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Lag time</source>
        <translation>Lag-Zeit</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Platte</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Under-repl.</source>
        <translation>Unterrepl.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Broker node id</source>
        <translation>Knoten-ID des Brokers</translation>
    </message>
    <message>
        <source>Round-trip time from Fleetscope to the broker</source>
        <translation>Umlaufzeit von Fleetscope zum Broker</translation>
    </message>
    <message>
        <source>Estimated lag in time of the cluster&apos;s slowest group</source>
        <translation>Geschätzter zeitlicher Rückstand der langsamsten Gruppe des Clusters</translation>
    </message>
    <message>
        <source>Age of the newest MirrorMaker 2 heartbeat on central</source>
        <translation>Alter des neuesten MirrorMaker-2-Heartbeats in der Zentrale</translation>
    </message>
    <message>
        <source>Under-replicated partitions in the cluster</source>
        <translation>Unterreplizierte Partitionen im Cluster</translation>
    </message>
    <message>
        <source>Age of this row&apos;s data</source>
        <translation>Alter der Daten dieser Zeile</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>~%1</source>
        <extracomment>&quot;~&quot; marks the value as an estimate</extracomment>
        <translation>~%1</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Consumer lag in messages over the partitions this broker leads; the line is the last hour</source>
        <translation>Consumer-Lag in Nachrichten über die Partitionen, deren Leader dieser Broker ist; die Linie zeigt die letzte Stunde</translation>
    </message>
    <message>
        <source>Disk used of total; the line is the last hour</source>
        <translation>Belegter Plattenplatz von gesamt; die Linie zeigt die letzte Stunde</translation>
    </message>
    <message>
        <source>JVM heap used of max; the line is the last hour</source>
        <translation>Belegter JVM-Heap vom Maximum; die Linie zeigt die letzte Stunde</translation>
    </message>
    <message>
        <source>Brokers up of all brokers in the cluster</source>
        <translation>Erreichbare Broker von allen Brokern im Cluster</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>site unreachable, last seen %1</source>
        <extracomment>%1 is an age such as &quot;4 min ago&quot; or &quot;never&quot;</extracomment>
        <translation>Standort nicht erreichbar, zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>%1 of %2 brokers up</source>
        <translation>%1 von %2 Brokern erreichbar</translation>
    </message>
    <message>
        <source>broker down, last seen %1</source>
        <translation>Broker ausgefallen, zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>fleetscope::PasswordDialog</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Cluster &lt;b&gt;%1&lt;/b&gt; (%2) needs the password of SASL user &lt;b&gt;%3&lt;/b&gt; (%4).</source>
        <translation>Cluster &lt;b&gt;%1&lt;/b&gt; (%2) benötigt das Passwort des SASL-Benutzers &lt;b&gt;%3&lt;/b&gt; (%4).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Skip This Cluster</source>
        <translation>Diesen Cluster überspringen</translation>
    </message>
    <message>
        <source>Key Passphrase for %1</source>
        <translation>Schlüssel-Passphrase für %1</translation>
    </message>
    <message>
        <source>The client key of cluster &lt;b&gt;%1&lt;/b&gt; (%2) is encrypted: enter its passphrase (ssl.key.password).</source>
        <translation>Der Client-Schlüssel von Cluster &lt;b&gt;%1&lt;/b&gt; (%2) ist verschlüsselt: Geben Sie seine Passphrase ein (ssl.key.password).</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
</context>
<context>
    <name>fleetscope::PendingChangeRunner</name>
    <message>
        <source>no target matches %1 any more</source>
        <translation>kein Ziel passt mehr zu %1</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
</context>
<context>
    <name>fleetscope::PendingChangeStore</name>
    <message>
        <source>Cannot queue the change</source>
        <translation>Die Änderung kann nicht eingereiht werden</translation>
    </message>
    <message>
        <source>Cannot update pending change %1</source>
        <translation>Die ausstehende Änderung %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot cancel pending change %1</source>
        <translation>Die ausstehende Änderung %1 kann nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Pending change %1 is not queued (it was applied, failed or cancelled already, or does not exist).</source>
        <translation>Die ausstehende Änderung %1 ist nicht eingereiht (sie wurde schon angewendet oder abgebrochen, ist fehlgeschlagen oder existiert nicht).</translation>
    </message>
    <message>
        <source>Cannot read the pending changes</source>
        <translation>Die ausstehenden Änderungen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fleetscope::PendingQueueModel</name>
    <message>
        <source>Queued at</source>
        <translation>Eingereiht am</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>fleetscope::PlanPrinter</name>
    <message>
        <source>(removed here; inherited value)</source>
        <translation>(hier entfernt; geerbter Wert)</translation>
    </message>
    <message>
        <source>%1: did not answer, so its targets (%2) could not be listed</source>
        <translation>%1: keine Antwort, daher konnten die Ziele (%2) nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
</context>
<context>
    <name>fleetscope::PrometheusTextParser</name>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>Zeile %1 ist länger als %2 Bytes</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: more than %2 samples, far more than a metrics endpoint should serve</source>
        <translation>Zeile %1: mehr als %2 Messwerte, weit mehr als ein Metrik-Endpunkt liefern sollte</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReassignmentClient</name>
    <message>
        <source>No broker address is known for this cluster; its metadata lists none.</source>
        <translation>Für diesen Cluster ist keine Broker-Adresse bekannt; seine Metadaten führen keine auf.</translation>
    </message>
    <message>
        <source>node %1 has no usable port</source>
        <translation>Knoten %1 hat keinen nutzbaren Port</translation>
    </message>
    <message>
        <source>No broker of the cluster answered: %1</source>
        <translation>Kein Broker des Clusters hat geantwortet: %1</translation>
    </message>
    <message>
        <source>Broker %1 does not offer %2 (Fleetscope speaks versions %3-%4); replication factor changes need Kafka 2.4 or newer.</source>
        <translation>Broker %1 bietet %2 nicht an (Fleetscope beherrscht die Versionen %3–%4); Änderungen des Replikationsfaktors erfordern Kafka 2.4 oder neuer.</translation>
    </message>
    <message>
        <source>%1 timed out before it could be sent.</source>
        <translation>Zeitüberschreitung bei %1, bevor die Anfrage gesendet werden konnte.</translation>
    </message>
    <message>
        <source>Broker %1: %2</source>
        <translation>Broker %1: %2</translation>
    </message>
    <message>
        <source>Broker %1 refused the reassignment: %2</source>
        <translation>Broker %1 hat die Neuzuweisung abgelehnt: %2</translation>
    </message>
    <message>
        <source>Broker %1 refused to list the reassignments: %2</source>
        <translation>Broker %1 hat das Auflisten der Neuzuweisungen abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReconfigController</name>
    <message>
        <source>Read-only: the fleet file %1 sets read_only: true for the whole fleet.</source>
        <translation>Schreibgeschützt: Die Flottendatei %1 setzt read_only: true für die ganze Flotte.</translation>
    </message>
    <message>
        <source>Read-only: %1 is not a cluster of this fleet.</source>
        <translation>Schreibgeschützt: %1 ist kein Cluster dieser Flotte.</translation>
    </message>
    <message>
        <source>Read-only: the fleet file %1 sets read_only: true for %2.</source>
        <translation>Schreibgeschützt: Die Flottendatei %1 setzt read_only: true für %2.</translation>
    </message>
    <message>
        <source>The audit database is still opening; try again in a moment.</source>
        <translation>Die Audit-Datenbank wird noch geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Changes are blocked: the audit database could not be opened (%1).</source>
        <translation>Änderungen sind gesperrt: Die Audit-Datenbank konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>&amp;Reconfigure</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Change Settings of Many Targets…</source>
        <translation>Einstellungen vieler &amp;Ziele ändern …</translation>
    </message>
    <message>
        <source>&amp;Pending Changes and Audit Log…</source>
        <translation>&amp;Ausstehende Änderungen und Audit-Log …</translation>
    </message>
    <message>
        <source>Settings of %1…</source>
        <translation>Einstellungen von %1 …</translation>
    </message>
    <message>
        <source>Topic Settings in %1…</source>
        <translation>Topic-Einstellungen in %1 …</translation>
    </message>
    <message>
        <source>Cluster-wide Default of %1…</source>
        <translation>Clusterweiter Standard von %1 …</translation>
    </message>
    <message>
        <source>Change Settings of the Selection…</source>
        <translation>Einstellungen der Auswahl ändern …</translation>
    </message>
    <message>
        <source>Topic Settings</source>
        <translation>Topic-Einstellungen</translation>
    </message>
    <message>
        <source>Topic of %1 (from the newest poll; you may type another):</source>
        <translation>Topic von %1 (aus der neuesten Abfrage; Sie können auch ein anderes eingeben):</translation>
    </message>
    <message>
        <source>Replication Factor of a Topic in %1…</source>
        <translation>Replikationsfaktor eines Topics in %1 …</translation>
    </message>
    <message>
        <source>Replication Factor</source>
        <translation>Replikationsfaktor</translation>
    </message>
    <message>
        <source>Settings of Topic %1…</source>
        <translation>Einstellungen von Topic %1 …</translation>
    </message>
    <message>
        <source>Replication Factor of %1…</source>
        <translation>Replikationsfaktor von %1 …</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReconfigDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open the audit database %1: %2. Check that its folder is writable.</source>
        <translation>Die Audit-Datenbank %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot create the audit tables</source>
        <translation>Die Audit-Tabellen können nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write the audit database %1</source>
        <translation>In die Audit-Datenbank %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReconfigJob</name>
    <message>
        <source>There is no audit database to undo from.</source>
        <translation>Es gibt keine Audit-Datenbank, aus der etwas zurückgenommen werden könnte.</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReconfigLogDialog</name>
    <message>
        <source>&amp;Undo This Change…</source>
        <translation>Diese Änderung &amp;zurücknehmen …</translation>
    </message>
    <message>
        <source>&amp;Cancel Pending Change</source>
        <translation>Ausstehende Änderung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Pending Changes and Audit Log</source>
        <translation>Ausstehende Änderungen und Audit-Log</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Pending queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Rücknahme nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>Undo Change</source>
        <translation>Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>Undo batch %1? This applies:
%2</source>
        <translation>Batch %1 zurücknehmen? Dabei wird angewendet:
%2</translation>
    </message>
    <message>
        <source>Undo not applied.</source>
        <translation>Rücknahme nicht angewendet.</translation>
    </message>
    <message>
        <source>Undoing batch %1…</source>
        <translation>Batch %1 wird zurückgenommen …</translation>
    </message>
    <message>
        <source>Undone (audit batch %1).</source>
        <translation>Zurückgenommen (Audit-Batch %1).</translation>
    </message>
    <message>
        <source>The undo did not complete everywhere (audit batch %1): see the log.</source>
        <translation>Die Rücknahme wurde nicht überall abgeschlossen (Audit-Batch %1): siehe Audit-Log.</translation>
    </message>
    <message>
        <source>Any cluster</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>key, exact</source>
        <translation>Schlüssel, exakt</translation>
    </message>
    <message>
        <source>text in resource, user or message</source>
        <translation>Text in Ressource, Benutzer oder Meldung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>Restores the old values of every key this change applied</source>
        <translation>Stellt die alten Werte aller Schlüssel wieder her, die diese Änderung angewendet hat</translation>
    </message>
    <message>
        <source>Changes aimed at clusters that did not answer. Each is planned, checked and applied again when its cluster answers.</source>
        <translation>Änderungen für Cluster, die nicht geantwortet haben. Jede wird erneut geplant, geprüft und angewendet, sobald ihr Cluster antwortet.</translation>
    </message>
    <message>
        <source>Opening the audit database…</source>
        <translation>Die Audit-Datenbank wird geöffnet …</translation>
    </message>
    <message>
        <source>The audit database could not be opened: %1</source>
        <translation>Die Audit-Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) shown.</source>
        <translation>
            <numerusform>%n Audit-Zeile angezeigt.</numerusform>
            <numerusform>%n Audit-Zeilen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Audit-Log exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 row(s) to %2.</source>
        <translation>%1 Zeile(n) nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Reading the current values for the undo of batch %1…</source>
        <translation>Die aktuellen Werte für die Rücknahme von Batch %1 werden gelesen …</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Abbrechen nicht möglich: %1</translation>
    </message>
    <message>
        <source>The undo of batch %1 is planned in its own window.</source>
        <translation>Das Rückgängigmachen von Stapel %1 wird in einem eigenen Fenster geplant.</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReplicateCommand</name>
    <message>
        <source>Topic &quot;%1&quot; on %2: replication factor %3 → %4 (%5)</source>
        <translation>Topic „%1“ auf %2: Replikationsfaktor %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>rack-aware</source>
        <translation>Racks berücksichtigt</translation>
    </message>
    <message>
        <source>no racks known</source>
        <translation>keine Racks bekannt</translation>
    </message>
    <message>
        <source>partition %1: [%2] → [%3]</source>
        <translation>Partition %1: [%2] → [%3]</translation>
    </message>
    <message>
        <source>%1 partition(s) already have this factor and stay as they are</source>
        <translation>%1 Partition(en) haben diesen Faktor schon und bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Replicas per broker: %1</source>
        <translation>Replikate je Broker: %1</translation>
    </message>
    <message>
        <source>Throttle: %1/s on brokers %2 while copying, removed afterwards</source>
        <translation>Drossel: %1/s auf den Brokern %2 während des Kopierens, danach entfernt</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent (Kafka has no validate-only reassignment; the plan was checked against the cluster&apos;s metadata).</source>
        <translation>Probelauf: Nichts wurde gesendet (Kafka kennt keine reine Prüfung einer Neuverteilung; der Plan wurde mit den Metadaten des Clusters geprüft).</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>  %1 of %2 partition(s) done</source>
        <translation>  %1 von %2 Partition(en) fertig</translation>
    </message>
    <message>
        <source>Audit batch %1 (fleetscope audit --batch %1; fleetscope undo FLEET.yaml %1)</source>
        <translation>Audit-Batch %1 (fleetscope audit --batch %1; fleetscope undo FLOTTE.yaml %1)</translation>
    </message>
    <message>
        <source>The cluster.</source>
        <translation>Der Cluster.</translation>
    </message>
    <message>
        <source>The topic.</source>
        <translation>Das Topic.</translation>
    </message>
    <message>
        <source>The new replication factor.</source>
        <translation>Der neue Replikationsfaktor.</translation>
    </message>
    <message>
        <source>Limit the copy to RATE per second on every involved broker, e.g. 10MiB.</source>
        <translation>Das Kopieren auf RATE pro Sekunde je beteiligtem Broker begrenzen, z. B. 10MiB.</translation>
    </message>
    <message>
        <source>Stop watching after this many seconds (the change goes on).</source>
        <translation>Nach so vielen Sekunden nicht mehr verfolgen (die Änderung läuft weiter).</translation>
    </message>
    <message>
        <source>Plan and print, send nothing.</source>
        <translation>Planen und ausgeben, nichts senden.</translation>
    </message>
    <message>
        <source>Your name, for the audit log.</source>
        <translation>Ihr Name für das Audit-Log.</translation>
    </message>
    <message>
        <source>The audit database (default: next to the history).</source>
        <translation>Die Audit-Datenbank (Standard: neben dem Verlauf).</translation>
    </message>
    <message>
        <source>--throttle takes a rate such as 10MiB or 50MB (per second): %1</source>
        <translation>--throttle erwartet eine Rate wie 10MiB oder 50MB (pro Sekunde): %1</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReplicationChange</name>
    <message>
        <source>Topic &quot;%1&quot; already has this assignment; nothing was sent.</source>
        <translation>Topic „%1“ hat diese Zuweisung bereits; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>A replication throttle was asked for, but this build cannot set broker configs; nothing was sent. Run the change without a throttle.</source>
        <translation>Eine Replikationsdrosselung wurde angefordert, aber dieser Build kann keine Broker-Konfiguration setzen; es wurde nichts gesendet. Führen Sie die Änderung ohne Drosselung aus.</translation>
    </message>
    <message>
        <source>Setting the replication throttle failed, so no reassignment was sent: %1</source>
        <translation>Das Setzen der Replikationsdrosselung ist fehlgeschlagen, daher wurde keine Neuzuweisung gesendet: %1</translation>
    </message>
    <message>
        <source>The reassignment of &quot;%1&quot; was not accepted: %2</source>
        <translation>Die Neuzuweisung von „%1“ wurde nicht angenommen: %2</translation>
    </message>
    <message>
        <source>The broker refused every partition of &quot;%1&quot;: %2</source>
        <translation>Der Broker hat alle Partitionen von „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>Lost track of the reassignment of &quot;%1&quot; (it goes on in the cluster): %2. Check the topic&apos;s replicas later, or cancel it.</source>
        <translation>Die Neuzuweisung von „%1“ lässt sich nicht mehr verfolgen (sie läuft im Cluster weiter): %2. Prüfen Sie die Replikate des Topics später oder brechen Sie die Neuzuweisung ab.</translation>
    </message>
    <message>
        <source>The reassignment of &quot;%1&quot; is still running after %2 s; it goes on in the cluster. Check it later, or cancel it.</source>
        <translation>Die Neuzuweisung von „%1“ ist nach %2 s noch nicht fertig; sie läuft im Cluster weiter. Prüfen Sie sie später oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Cancelling the reassignment of &quot;%1&quot; failed: %2</source>
        <translation>Das Abbrechen der Neuzuweisung von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cancelling the reassignment of &quot;%1&quot; failed for some partitions: %2</source>
        <translation>Das Abbrechen der Neuzuweisung von „%1“ ist für einige Partitionen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 partition(s) of &quot;%2&quot; went back to their old replicas, %3 had already completed.</source>
        <translation>Abgebrochen: Partitionen von „%2“ zurück auf den alten Replikaten: %1; bereits abgeschlossen: %3.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; now has %2 replica(s) on every partition that changed (%3).</source>
        <translation>Topic „%1“ hat jetzt %2 Replikat(e) auf jeder geänderten Partition (%3).</translation>
    </message>
    <message>
        <source>%1 partition(s) of &quot;%2&quot; completed, %3 were refused: %4</source>
        <translation>„%2“: %1 Partition(en) abgeschlossen, %3 abgelehnt: %4</translation>
    </message>
    <message>
        <source>The replication throttle could not be removed (%1): delete %2 and %3 on brokers %4 and %5 and %6 on topic &quot;%7&quot; by hand.</source>
        <translation>Die Replikationsdrosselung konnte nicht entfernt werden (%1): Löschen Sie von Hand %2 und %3 auf den Brokern %4 sowie %5 und %6 am Topic „%7“.</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReplicationFactorDialog</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Limit the copy to</source>
        <translation>Kopieren &amp;begrenzen auf</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Change</source>
        <translation>Änderung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undo Batch %1: Replication Factor of %2</source>
        <translation>Stapel %1 rückgängig machen: Replikationsfaktor von %2</translation>
    </message>
    <message>
        <source>Replication Factor of %1</source>
        <translation>Replikationsfaktor von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Topic &quot;%1&quot;&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;Topic „%1“&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <source>Reading the topic&apos;s replicas…</source>
        <translation>Lese die Replikate des Topics …</translation>
    </message>
    <message>
        <source>New replication factor</source>
        <translation>Neuer Replikationsfaktor</translation>
    </message>
    <message>
        <source>Per second on each broker involved, e.g. 10 MiB or 50 MB. Removed when the change ends.</source>
        <translation>Pro Sekunde je beteiligtem Broker, z. B. 10 MiB oder 50 MB. Wird am Ende der Änderung entfernt.</translation>
    </message>
    <message>
        <source>per second on each broker involved</source>
        <translation>pro Sekunde je beteiligtem Broker</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>New &amp;factor</source>
        <translation>Neuer &amp;Faktor</translation>
    </message>
    <message>
        <source>Throttle</source>
        <translation>Drossel</translation>
    </message>
    <message>
        <source>Cancelling: partitions still copying go back to their old replicas…</source>
        <translation>Breche ab: Partitionen, die noch kopiert werden, kehren auf ihre alten Replikate zurück …</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Reading %1&apos;s metadata and planning…</source>
        <translation>Lese die Metadaten von %1 und plane …</translation>
    </message>
    <message>
        <source>%1 replica(s) per partition, %2 partition(s) (read at %3)</source>
        <translation>%1 Replikat(e) je Partition, %2 Partition(en) (gelesen um %3)</translation>
    </message>
    <message>
        <source>broker %1: %2 → %3</source>
        <translation>Broker %1: %2 → %3</translation>
    </message>
    <message>
        <source>Replicas per broker (all topics): %1. %2</source>
        <translation>Replikate je Broker (alle Topics): %1. %2</translation>
    </message>
    <message>
        <source>Spread across racks.</source>
        <translation>Über Racks verteilt.</translation>
    </message>
    <message>
        <source>No racks known.</source>
        <translation>Keine Racks bekannt.</translation>
    </message>
    <message>
        <source>Every partition already has %1 replica(s): nothing to change.</source>
        <translation>Jede Partition hat schon %1 Replikat(e): nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n partition(s) onto brokers %1</source>
        <translation>
            <numerusform>%n Partition auf die Broker %1 kopieren</numerusform>
            <numerusform>%n Partitionen auf die Broker %1 kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned, nothing sent yet. Tick the box above to confirm, then Apply.</source>
        <translation>Geplant, noch nichts gesendet. Zum Bestätigen das Kästchen oben ankreuzen, dann Anwenden.</translation>
    </message>
    <message>
        <source>The throttle takes a rate such as 10 MiB or 50 MB per second: %1</source>
        <translation>Die Drossel erwartet eine Rate wie 10 MiB oder 50 MB pro Sekunde: %1</translation>
    </message>
    <message>
        <source>Copying, throttled to %1/s…</source>
        <translation>Kopiere, gedrosselt auf %1/s …</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Kopiere …</translation>
    </message>
    <message>
        <source>%1 of %2 partitions</source>
        <translation>%1 von %2 Partitionen</translation>
    </message>
    <message>
        <source>Audit batch %1.</source>
        <translation>Audit-Stapel %1.</translation>
    </message>
    <message>
        <source>changed since it was read; Plan reads the topic again</source>
        <translation>seit dem Lesen geändert; Planen liest das Topic neu</translation>
    </message>
    <message>
        <source>The change is running: wait for it, or Cancel Change first.</source>
        <translation>Die Änderung läuft: Warten Sie auf sie, oder brechen Sie sie zuerst ab.</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReplicationFactorRun</name>
    <message>
        <source>%1 is not a cluster of this fleet.</source>
        <translation>%1 ist kein Cluster dieser Flotte.</translation>
    </message>
    <message>
        <source>%1 is read-only in the fleet file %2 (read_only: true): its replication factor cannot be changed here.</source>
        <translation>%1 ist in der Flottendatei %2 schreibgeschützt (read_only: true): Sein Replikationsfaktor kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Cluster %1 has no topic &quot;%2&quot;.</source>
        <translation>Cluster %1 hat kein Topic „%2“.</translation>
    </message>
    <message>
        <source>Cluster %1 did not tell its brokers&apos; racks, so nothing was planned: %2</source>
        <translation>Cluster %1 hat die Racks seiner Broker nicht genannt, daher wurde nichts geplant: %2</translation>
    </message>
    <message>
        <source>Batch %1 holds no completed replication-factor change to undo.</source>
        <translation>Stapel %1 enthält keine abgeschlossene Änderung des Replikationsfaktors, die sich rückgängig machen ließe.</translation>
    </message>
    <message>
        <source>%1 is read-only or no longer in the fleet: nothing was sent.</source>
        <translation>%1 ist schreibgeschützt oder nicht mehr in der Flotte: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>(throttled to %1 bytes/s)</source>
        <translation>(gedrosselt auf %1 Bytes/s)</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReplicationPlanModel</name>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>to copy onto %1</source>
        <translation>auf %1 zu kopieren</translation>
    </message>
    <message>
        <source>copying onto %1</source>
        <translation>wird auf %1 kopiert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>back on its old replicas</source>
        <translation>zurück auf den alten Replikaten</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Replicas now</source>
        <translation>Replikate jetzt</translation>
    </message>
    <message>
        <source>New replicas</source>
        <translation>Neue Replikate</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>fleetscope::ReplicationPlanner</name>
    <message>
        <source>Topic &quot;%1&quot; is not in the cluster&apos;s metadata; check its name.</source>
        <translation>Topic „%1“ ist nicht in den Metadaten des Clusters enthalten; prüfen Sie den Namen.</translation>
    </message>
    <message>
        <source>A replication factor of %1 is not possible for topic &quot;%2&quot;: it must be at least 1.</source>
        <translation>Ein Replikationsfaktor von %1 ist für Topic „%2“ nicht möglich: Er muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; cannot have %2 replicas: the cluster has only %3 live broker(s) (%4). Choose a replication factor of at most %3, or bring more brokers up first.</source>
        <translation>Topic „%1“ kann nicht %2 Replikate haben: Die Zahl der laufenden Broker im Cluster ist nur %3 (%4). Wählen Sie einen Replikationsfaktor von höchstens %3 oder bringen Sie zuerst weitere Broker in Betrieb.</translation>
    </message>
    <message>
        <source>Partition %1 of topic &quot;%2&quot; has no replicas in the metadata, so a new assignment cannot keep its data; check the cluster&apos;s health first.</source>
        <translation>Partition %1 von Topic „%2“ hat in den Metadaten keine Replikate, daher kann eine neue Zuweisung ihre Daten nicht erhalten; prüfen Sie zuerst den Zustand des Clusters.</translation>
    </message>
</context>
<context>
    <name>fleetscope::RetentionImpact</name>
    <message>
        <source>Estimated from the log sizes the brokers reported in the last two polls: ingress %1/s (all replicas), data now %2.</source>
        <translation>Geschätzt aus den Log-Größen, die die Broker bei den letzten beiden Abfragen gemeldet haben: Zufluss %1/s (alle Replikate), Daten jetzt %2.</translation>
    </message>
    <message>
        <source>Ingress is not known yet (it needs two polls with disk sizes).</source>
        <translation>Der Zufluss ist noch unbekannt (dafür sind zwei Abfragen mit Plattengrößen nötig).</translation>
    </message>
    <message>
        <source>At the current ingress of %1/s, %2 of retention needs about %3, but only %4 is usable (free space plus what the data takes now).</source>
        <translation>Beim aktuellen Zufluss von %1/s braucht eine Retention von %2 etwa %3, nutzbar sind aber nur %4 (freier Platz plus der Platz, den die Daten jetzt belegen).</translation>
    </message>
    <message>
        <source>Unlimited retention at the current ingress of %1/s fills the %2 still usable in about %3.</source>
        <translation>Unbegrenzte Retention füllt beim aktuellen Zufluss von %1/s die noch nutzbaren %2 in etwa %3.</translation>
    </message>
    <message>
        <source>The shorter limit deletes about %1 of existing data (all replicas) at the next cleanup.</source>
        <translation>Das kürzere Limit löscht bei der nächsten Bereinigung etwa %1 vorhandener Daten (alle Replikate).</translation>
    </message>
    <message>
        <source>The shorter limit may delete existing data; how much is not known (no disk sizes yet).</source>
        <translation>Das kürzere Limit kann vorhandene Daten löschen; wie viel, ist unbekannt (noch keine Plattengrößen).</translation>
    </message>
</context>
<context>
    <name>fleetscope::SaslAuthenticator</name>
    <message>
        <source>its SaslAuthenticate answer cannot be read (%1).</source>
        <translation>seine Antwort auf SaslAuthenticate ist nicht lesbar (%1).</translation>
    </message>
    <message>
        <source>authentication failed for user &quot;%1&quot; (%2): check the user name and password.</source>
        <translation>Anmeldung für Benutzer „%1“ fehlgeschlagen (%2): Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>SASL authentication was refused with %1%2.</source>
        <translation>die SASL-Anmeldung wurde mit %1%2 abgelehnt.</translation>
    </message>
    <message>
        <source>the broker offers no SASL authentication on this port (older than Kafka 1.0, or not a SASL listener): check security.protocol.</source>
        <translation>der Broker bietet auf diesem Port keine SASL-Anmeldung an (älter als Kafka 1.0 oder kein SASL-Listener): Prüfen Sie security.protocol.</translation>
    </message>
    <message>
        <source>its SaslHandshake answer cannot be read (%1).</source>
        <translation>seine Antwort auf SaslHandshake ist nicht lesbar (%1).</translation>
    </message>
    <message>
        <source>the broker does not enable SASL mechanism %1 on this listener; it offers %2. Set sasl.mechanism accordingly.</source>
        <translation>der Broker hat den SASL-Mechanismus %1 auf diesem Listener nicht aktiviert; er bietet %2 an. Setzen Sie sasl.mechanism entsprechend.</translation>
    </message>
    <message>
        <source>SaslHandshake was refused with %1.</source>
        <translation>SaslHandshake wurde mit %1 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>fleetscope::ScramClient</name>
    <message>
        <source>the broker asks for a SCRAM extension Fleetscope does not know (%1).</source>
        <translation>der Broker verlangt eine SCRAM-Erweiterung, die Fleetscope nicht kennt (%1).</translation>
    </message>
    <message>
        <source>the broker refused %1: %2.</source>
        <translation>der Broker hat %1 abgelehnt: %2.</translation>
    </message>
    <message>
        <source>the broker&apos;s %1 answer does not continue our nonce; the conversation was stopped (a broken or hostile server).</source>
        <translation>die %1-Antwort des Brokers setzt unsere Nonce nicht fort; der Austausch wurde abgebrochen (ein defekter oder feindseliger Server).</translation>
    </message>
    <message>
        <source>the broker&apos;s %1 answer has no usable salt or iteration count (i=%2).</source>
        <translation>die %1-Antwort des Brokers enthält kein brauchbares Salt oder keine brauchbare Iterationszahl (i=%2).</translation>
    </message>
    <message>
        <source>the %1 conversation is out of order.</source>
        <translation>die Schritte des %1-Austauschs kommen in falscher Reihenfolge.</translation>
    </message>
    <message>
        <source>the broker&apos;s %1 signature is wrong: it does not know this user&apos;s credentials, so it is not the broker it claims to be. Nothing more was sent.</source>
        <translation>die %1-Signatur des Brokers ist falsch: Er kennt die Zugangsdaten dieses Benutzers nicht, ist also nicht der Broker, für den er sich ausgibt. Es wurde nichts weiter gesendet.</translation>
    </message>
</context>
<context>
    <name>fleetscope::SecuritySettings</name>
    <message>
        <source>security.protocol &quot;%1&quot; is unknown; use PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.</source>
        <translation>security.protocol „%1“ ist unbekannt; verwenden Sie PLAINTEXT, SSL, SASL_PLAINTEXT oder SASL_SSL.</translation>
    </message>
    <message>
        <source>mutual TLS needs both ssl.certificate.location and ssl.key.location; only one is set.</source>
        <translation>gegenseitiges TLS erfordert sowohl ssl.certificate.location als auch ssl.key.location; nur eines davon ist gesetzt.</translation>
    </message>
    <message>
        <source>SASL mechanism %1 is not spoken by Fleetscope&apos;s own Kafka client, so disk usage (log dirs), committed offsets and lag, and reconfiguration are not available for this cluster. Brokers, topics, partitions, link state and heap are still collected (through librdkafka and the JMX exporter). Use PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 for everything.</source>
        <translation>Den SASL-Mechanismus %1 beherrscht Fleetscopes eigener Kafka-Client nicht, daher sind Plattenbelegung (Log-Verzeichnisse), committete Offsets und Lag sowie Konfigurationsänderungen für diesen Cluster nicht verfügbar. Broker, Topics, Partitionen, Verbindungszustand und Heap werden weiterhin erfasst (über librdkafka und den JMX-Exporter). Verwenden Sie PLAIN, SCRAM-SHA-256 oder SCRAM-SHA-512, damit alles verfügbar ist.</translation>
    </message>
    <message>
        <source>sasl.username is missing: add it to the cluster&apos;s properties in the fleet file (the password is asked for, never written there).</source>
        <translation>sasl.username fehlt: Tragen Sie es in die Eigenschaften des Clusters in der Flottendatei ein (das Passwort wird abgefragt, nie dort eingetragen).</translation>
    </message>
    <message>
        <source>no password for SASL user &quot;%1&quot;: enter it when Fleetscope asks (or, for fleetscope check, set the environment variable).</source>
        <translation>kein Passwort für SASL-Benutzer „%1“: Geben Sie es ein, wenn Fleetscope danach fragt (oder setzen Sie für fleetscope check die Umgebungsvariable).</translation>
    </message>
</context>
<context>
    <name>fleetscope::SetCommand</name>
    <message>
        <source>A cluster by name (repeatable).</source>
        <translation>Ein Cluster nach Name (wiederholbar).</translation>
    </message>
    <message>
        <source>Every cluster with this tag (repeatable).</source>
        <translation>Jeder Cluster mit diesem Tag (wiederholbar).</translation>
    </message>
    <message>
        <source>One topic.</source>
        <translation>Ein Topic.</translation>
    </message>
    <message>
        <source>Every topic whose whole name matches.</source>
        <translation>Jedes Topic, dessen ganzer Name passt.</translation>
    </message>
    <message>
        <source>One broker&apos;s own value.</source>
        <translation>Der eigene Wert eines Brokers.</translation>
    </message>
    <message>
        <source>Every broker&apos;s own value.</source>
        <translation>Der eigene Wert jedes Brokers.</translation>
    </message>
    <message>
        <source>The cluster-wide default of every broker.</source>
        <translation>Der clusterweite Standard aller Broker.</translation>
    </message>
    <message>
        <source>Validate on the brokers and change nothing.</source>
        <translation>Auf den Brokern prüfen, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Your name, for the audit log.</source>
        <translation>Ihr Name für das Audit-Log.</translation>
    </message>
    <message>
        <source>The audit database (default: next to the history).</source>
        <translation>Die Audit-Datenbank (Standard: neben dem Verlauf).</translation>
    </message>
    <message>
        <source>%1 is read-only (read_only: true): fleetscope set changes nothing.</source>
        <translation>%1 ist schreibgeschützt (read_only: true): fleetscope set ändert nichts.</translation>
    </message>
    <message>
        <source>Audit batch %1 (fleetscope audit --batch %1; fleetscope undo FLEET.yaml %1)</source>
        <translation>Audit-Batch %1 (fleetscope audit --batch %1; fleetscope undo FLOTTE.yaml %1)</translation>
    </message>
</context>
<context>
    <name>fleetscope::SettingsForm</name>
    <message>
        <source>I understand that existing data will be deleted</source>
        <translation>Mir ist bewusst, dass vorhandene Daten gelöscht werden</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Common settings (empty = unchanged)</source>
        <translation>Häufige Einstellungen (leer = unverändert)</translation>
    </message>
    <message>
        <source>Could not prepare the change: %1</source>
        <translation>Die Änderung konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Key&lt;/i&gt;</source>
        <translation>&lt;i&gt;Schlüssel&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Current (source)&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aktuell (Quelle)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;New&lt;/i&gt;</source>
        <translation>&lt;i&gt;Neu&lt;/i&gt;</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen …</translation>
    </message>
    <message>
        <source>e.g. 7d, 12h, unlimited</source>
        <translation>z. B. 7d, 12h, unlimited</translation>
    </message>
    <message>
        <source>e.g. 10 GiB, 512 MiB, unlimited</source>
        <translation>z. B. 10 GiB, 512 MiB, unlimited</translation>
    </message>
    <message>
        <source>Advanced: any other key</source>
        <translation>Erweitert: beliebiger anderer Schlüssel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>%1 is not a cluster of this fleet.</source>
        <translation>%1 ist kein Cluster dieser Flotte.</translation>
    </message>
    <message>
        <source>Reading the current values from %1…</source>
        <translation>Die aktuellen Werte werden von %1 gelesen …</translation>
    </message>
    <message>
        <source>%1 refused to describe %2: %3</source>
        <translation>%1 hat die Beschreibung von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>Current values as %1 reported them just now. Values take units: 7d, 12h, 10 GiB, unlimited.</source>
        <translation>Aktuelle Werte, wie %1 sie gerade gemeldet hat. Werte können Einheiten haben: 7d, 12h, 10 GiB, unlimited.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set at this level</source>
        <translation>auf dieser Ebene nicht gesetzt</translation>
    </message>
    <message>
        <source>Kafka cannot change %1 while the brokers run (read-only key).</source>
        <translation>Kafka kann %1 nicht ändern, solange die Broker laufen (nur lesbarer Schlüssel).</translation>
    </message>
    <message>
        <source>now %1 (%2)%3</source>
        <translation>jetzt %1 (%2)%3</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, nur lesbar</translation>
    </message>
    <message>
        <source>The broker gave no description of this key.</source>
        <translation>Der Broker hat keine Beschreibung dieses Schlüssels geliefert.</translation>
    </message>
    <message>
        <source>Choose or type a key first.</source>
        <translation>Wählen Sie zuerst einen Schlüssel oder geben Sie einen ein.</translation>
    </message>
    <message>
        <source>%1 is read-only: Kafka cannot change it while the brokers run.</source>
        <translation>%1 ist nur lesbar: Kafka kann den Wert nicht ändern, solange die Broker laufen.</translation>
    </message>
    <message>
        <source>Reading the current values and checking the new ones…</source>
        <translation>Die aktuellen Werte werden gelesen und die neuen geprüft …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <source>&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Check old → new, then Apply: a dry run, the change, and a read back.</source>
        <translation>Prüfen Sie alt → neu, dann „Anwenden“: Probelauf, Änderung und Zurücklesen.</translation>
    </message>
    <message>
        <source>This change cannot be applied as it is: see the result column.</source>
        <translation>Diese Änderung kann so nicht angewendet werden: siehe Spalte „Ergebnis“.</translation>
    </message>
    <message>
        <source>Applying: dry run, change, read back…</source>
        <translation>Wird angewendet: Probelauf, Änderung, Zurücklesen …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Applied and read back.</source>
        <translation>Angewendet und zurückgelesen.</translation>
    </message>
    <message>
        <source>Not everything was applied: see below.</source>
        <translation>Nicht alles wurde angewendet: siehe unten.</translation>
    </message>
    <message>
        <source>Reset to inherited</source>
        <translation>Auf geerbten Wert zurücksetzen</translation>
    </message>
    <message>
        <source>%1 is not set on %2 itself: it is inherited already.</source>
        <translation>%1 ist nicht auf %2 selbst gesetzt: Der Wert ist bereits geerbt.</translation>
    </message>
    <message>
        <source>Remove %1 from %2, so that it falls back to the inherited value %3.</source>
        <translation>%1 von %2 entfernen, sodass der geerbte Wert %3 gilt.</translation>
    </message>
</context>
<context>
    <name>fleetscope::TargetSelection</name>
    <message>
        <source>topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message>
        <source>topics matching %1</source>
        <translation>Topics passend zu %1</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>every broker</source>
        <translation>jeder Broker</translation>
    </message>
    <message>
        <source>cluster-wide default</source>
        <translation>clusterweiter Standard</translation>
    </message>
</context>
<context>
    <name>fleetscope::TcpTransport</name>
    <message>
        <source>could not connect within the timeout. Check that the broker is running and that this machine can reach its advertised listener (firewall, VPN).</source>
        <translation>keine Verbindung innerhalb der Frist. Prüfen, ob der Broker läuft und dieser Rechner seinen angekündigten Listener erreicht (Firewall, VPN).</translation>
    </message>
    <message>
        <source>could not connect (%1). Check that the broker is running and that the host and port match its advertised listener.</source>
        <translation>keine Verbindung (%1). Prüfen, ob der Broker läuft und Host und Port zu seinem angekündigten Listener passen.</translation>
    </message>
    <message>
        <source>the connection is closed; open it again.</source>
        <translation>die Verbindung ist geschlossen; erneut öffnen.</translation>
    </message>
    <message>
        <source>could not send the request (%1).</source>
        <translation>die Anfrage konnte nicht gesendet werden (%1).</translation>
    </message>
    <message>
        <source>could not send the request within the timeout; the broker is not reading. Check its load and network.</source>
        <translation>die Anfrage konnte nicht innerhalb der Frist gesendet werden; der Broker liest nicht. Seine Last und das Netz prüfen.</translation>
    </message>
    <message>
        <source>the connection broke while sending the request (%1).</source>
        <translation>die Verbindung brach beim Senden der Anfrage ab (%1).</translation>
    </message>
    <message>
        <source>the broker closed the connection after %1 of %2 bytes of the response. If this keeps happening, check that the listener speaks PLAINTEXT (TLS and SASL listeners drop other clients) and read the broker&apos;s log.</source>
        <translation>der Broker hat die Verbindung nach %1 von %2 Bytes der Antwort geschlossen. Passiert das wiederholt, prüfen, ob der Listener PLAINTEXT spricht (TLS- und SASL-Listener trennen andere Clients), und das Log des Brokers lesen.</translation>
    </message>
    <message>
        <source>no complete response within the timeout (%1 of %2 bytes arrived). The broker may be overloaded or the network slow; retry, or raise the timeout.</source>
        <translation>keine vollständige Antwort innerhalb der Frist (%1 von %2 Bytes angekommen). Der Broker ist vielleicht überlastet oder das Netz langsam; erneut versuchen oder die Frist erhöhen.</translation>
    </message>
</context>
<context>
    <name>fleetscope::ThresholdsDialog</name>
    <message>
        <source>Disk warning at</source>
        <translation>Platte: Warnung ab</translation>
    </message>
    <message>
        <source>Disk critical at</source>
        <translation>Platte: kritisch ab</translation>
    </message>
    <message>
        <source>Disk full forecast within</source>
        <translation>Platte voll laut Prognose in</translation>
    </message>
    <message>
        <source>Heap warning at</source>
        <translation>Heap: Warnung ab</translation>
    </message>
    <message>
        <source>… for at least</source>
        <translation>… für mindestens</translation>
    </message>
    <message>
        <source>Broker down for at least</source>
        <translation>Broker ausgefallen für mindestens</translation>
    </message>
    <message>
        <source>Cluster unreachable for at least</source>
        <translation>Cluster nicht erreichbar für mindestens</translation>
    </message>
    <message>
        <source>Replication heartbeat older than</source>
        <translation>Replikations-Heartbeat älter als</translation>
    </message>
    <message>
        <source>Lag growing for at least</source>
        <translation>Lag wächst für mindestens</translation>
    </message>
    <message>
        <source>Lag in time over (0 = off)</source>
        <translation>Zeitlicher Lag über (0 = aus)</translation>
    </message>
    <message>
        <source>Alert Thresholds</source>
        <translation>Alarmschwellen</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Under-replicated partitions over</source>
        <translation>Unterreplizierte Partitionen über</translation>
    </message>
    <message>
        <source>Offline partitions over</source>
        <translation>Offline-Partitionen über</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Ganze Flotte</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Take away the value set here: the limit follows the fleet file or the fleet-wide value again</source>
        <translation>Den hier gesetzten Wert entfernen: die Grenze folgt wieder der Flottendatei oder dem flottenweiten Wert</translation>
    </message>
</context>
<context>
    <name>fleetscope::TlsTransport</name>
    <message>
        <source>TLS is not available: Qt found no TLS backend (install libssl3 and Qt&apos;s OpenSSL plugin).</source>
        <translation>TLS ist nicht verfügbar: Qt hat kein TLS-Backend gefunden (installieren Sie libssl3 und das OpenSSL-Plugin von Qt).</translation>
    </message>
    <message>
        <source>ssl.ca.location &quot;%1&quot; holds no PEM certificate (missing or unreadable?).</source>
        <translation>ssl.ca.location „%1“ enthält kein PEM-Zertifikat (fehlt die Datei oder ist sie nicht lesbar?).</translation>
    </message>
    <message>
        <source>ssl.certificate.location &quot;%1&quot; holds no PEM certificate.</source>
        <translation>ssl.certificate.location „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>TLS: no handshake within the timeout. Is this port a TLS listener (SSL or SASL_SSL)?</source>
        <translation>TLS: kein Handshake innerhalb der Frist. Ist dieser Port ein TLS-Listener (SSL oder SASL_SSL)?</translation>
    </message>
    <message>
        <source>TLS: the handshake failed (%1). Is this port a TLS listener, and does the broker accept this client certificate?</source>
        <translation>TLS: Der Handshake ist fehlgeschlagen (%1). Ist dieser Port ein TLS-Listener, und akzeptiert der Broker dieses Client-Zertifikat?</translation>
    </message>
    <message>
        <source>ssl.key.location &quot;%1&quot; is encrypted and no passphrase was given: enter it when Fleetscope asks, or on the command line set FLEETSCOPE_KEY_PASSWORD_&lt;CLUSTER&gt; (ssl.key.password).</source>
        <translation>ssl.key.location „%1“ ist verschlüsselt und es wurde keine Passphrase angegeben: Geben Sie sie ein, wenn Fleetscope danach fragt, oder setzen Sie auf der Kommandozeile FLEETSCOPE_KEY_PASSWORD_&lt;CLUSTER&gt; (ssl.key.password).</translation>
    </message>
    <message>
        <source>ssl.key.location &quot;%1&quot; could not be decrypted: the passphrase (ssl.key.password) is wrong.</source>
        <translation>ssl.key.location „%1“ ließ sich nicht entschlüsseln: Die Passphrase (ssl.key.password) ist falsch.</translation>
    </message>
    <message>
        <source>ssl.key.location &quot;%1&quot; holds no private key Fleetscope can read (RSA, EC or DSA in PEM).</source>
        <translation>ssl.key.location „%1“ enthält keinen privaten Schlüssel, den Fleetscope lesen kann (RSA, EC oder DSA in PEM).</translation>
    </message>
</context>
<context>
    <name>fleetscope::WallScreen</name>
    <message>
        <source>Fleetscope — Wall screen</source>
        <translation>Fleetscope — Wandanzeige</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) with problems</source>
        <translation>
            <numerusform>%n Standort mit Problemen</numerusform>
            <numerusform>%n Standorte mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>all sites healthy</source>
        <translation>alle Standorte gesund</translation>
    </message>
    <message>
        <source>page %1 of %2 · paused</source>
        <translation>Seite %1 von %2 · angehalten</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Space pauses · ← → pages · Esc leaves</source>
        <translation>Space hält an · ← → blättert · Esc beendet</translation>
    </message>
    <message>
        <source>Esc leaves</source>
        <translation>Esc beendet</translation>
    </message>
</context>
<context>
    <name>fleetscope::WelcomePage</name>
    <message>
        <source>&amp;Open a fleet file…</source>
        <translation>Flottendatei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Start the local &amp;demo fleet</source>
        <translation>Lokale &amp;Demo-Flotte starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fleetscope</source>
        <translation>Fleetscope</translation>
    </message>
    <message>
        <source>Watch every Kafka cluster of your fleet, edge sites and central alike: consumer lag, disk, JVM heap and links, with their history.

Open a fleet file that lists your sites and clusters, or try Fleetscope on a small fleet of real Kafka brokers started on this computer.</source>
        <translation>Beobachten Sie jeden Kafka-Cluster Ihrer Flotte, an Edge-Standorten wie in der Zentrale: Consumer-Lag, Platte, JVM-Heap und Verbindungen, mit ihrem Verlauf.

Öffnen Sie eine Flottendatei mit Ihren Standorten und Clustern, oder probieren Sie Fleetscope an einer kleinen Flotte echter Kafka-Broker auf diesem Rechner aus.</translation>
    </message>
    <message>
        <source>Needs Fleetscope&apos;s source tree: set FLEETSCOPE_SOURCE_DIR to a checkout.</source>
        <translation>Braucht Fleetscopes Quellbaum: FLEETSCOPE_SOURCE_DIR auf einen Checkout setzen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watches a fleet of Apache Kafka clusters: consumer lag, disk, JVM heap and links.</source>
        <translation>Beobachtet eine Flotte von Apache-Kafka-Clustern: Consumer-Lag, Platte, JVM-Heap und Verbindungen.</translation>
    </message>
    <message>
        <source>Wait for live data, save the window to &lt;file&gt; and exit.</source>
        <translation>Auf Live-Daten warten, das Fenster in &lt;Datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>fleetscope check FLEET.yaml [--json]: poll every cluster once and report; exit code 0 healthy, 1 warning, 2 critical or unreachable.</source>
        <translation>fleetscope check FLOTTE.yaml [--json]: jeden Cluster einmal abfragen und berichten; Exit-Code 0 gesund, 1 Warnung, 2 kritisch oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>The fleet file (YAML) to open.</source>
        <translation>Die zu öffnende Flottendatei (YAML).</translation>
    </message>
    <message>
        <source>Give at most one fleet file.
</source>
        <translation>Höchstens eine Flottendatei angeben.
</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Open the fleet on the full-screen wall screen (Esc leaves).</source>
        <translation>Die Flotte auf der Vollbild-Wandanzeige öffnen (Esc beendet).</translation>
    </message>
    <message>
        <source>With --screenshot: overview (default), node:CLUSTER/ID or kiosk.</source>
        <translation>Mit --screenshot: overview (Standard), node:CLUSTER/ID oder kiosk.</translation>
    </message>
</context>
</TS>
