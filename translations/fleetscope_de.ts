<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClusterPoller</name>
    <message>
        <source>no metrics endpoint for this broker in the fleet file</source>
        <translation>kein Metrik-Endpunkt für diesen Broker in der Flottendatei</translation>
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
    <name>OverviewTableModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>site unreachable</source>
        <translation>Standort nicht erreichbar</translation>
    </message>
    <message>
        <source>broker down</source>
        <translation>Broker ausgefallen</translation>
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
        <source>security.protocol %1 is not supported yet by Fleetscope&apos;s own Kafka client (disk usage and reconfiguration need it); only PLAINTEXT is. The other views are not affected.</source>
        <translation>security.protocol %1 wird von Fleetscopes eigenem Kafka-Client noch nicht unterstützt (Plattenbelegung und Umkonfiguration brauchen ihn); nur PLAINTEXT. Die anderen Ansichten sind nicht betroffen.</translation>
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
        <source>the body is larger than the limit of %1 bytes</source>
        <translation>der Inhalt ist größer als die Grenze von %1 Bytes</translation>
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
        <source>Filter by site, cluster, node, tag or state (Ctrl+F)</source>
        <translation>Nach Standort, Cluster, Knoten, Tag oder Zustand filtern (Strg+F)</translation>
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
        <source>Last error (%1): %2</source>
        <translation>Letzter Fehler (%1): %2</translation>
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
        <source>Lag (messages)</source>
        <translation>Lag (Nachrichten)</translation>
    </message>
    <message>
        <source>Disk (MiB)</source>
        <translation>Platte (MiB)</translation>
    </message>
    <message>
        <source>Heap (MiB)</source>
        <translation>Heap (MiB)</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>Umlaufzeit (ms)</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>Lag</translation>
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
        <source>max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>Time range, ending now</source>
        <translation>Zeitraum bis jetzt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, broker %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Broker %2</translation>
    </message>
</context>
<context>
    <name>fleetscope::NodeReportBuilder</name>
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
        <source>Consumer lag in messages over the partitions this broker leads</source>
        <translation>Consumer-Lag in Nachrichten über die Partitionen, die dieser Broker führt</translation>
    </message>
    <message>
        <source>Estimated lag in time of the cluster&apos;s slowest group</source>
        <translation>Geschätzter zeitlicher Rückstand der langsamsten Gruppe des Clusters</translation>
    </message>
    <message>
        <source>Disk used of total</source>
        <translation>Belegter Anteil der Platte</translation>
    </message>
    <message>
        <source>JVM heap used of max</source>
        <translation>Belegter Anteil des JVM-Heaps am Maximum</translation>
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
        <source>With --screenshot: overview (default) or node:CLUSTER/ID.</source>
        <translation>Mit --screenshot: overview (Vorgabe) oder node:CLUSTER/ID.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
</context>
</TS>
