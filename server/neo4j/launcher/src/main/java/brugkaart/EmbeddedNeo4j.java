package brugkaart;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Opens a Neo4j 5.26 Community DBMS in this JVM with the Bolt connector on 127.0.0.1, prints
 * {@code READY port=N} once it accepts connections, and shuts down cleanly on SIGTERM.
 *
 * Usage: {@code java -cp ... brugkaart.EmbeddedNeo4j HOME_DIR PORT PAGECACHE TX_TIMEOUT}
 * (for example {@code data/neo4j 7687 256m 30s}). Heap is set by the caller with -Xms/-Xmx.
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: EmbeddedNeo4j HOME_DIR PORT PAGECACHE TX_TIMEOUT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                // Unset, the page cache takes half of the machine's free memory.
                .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(args[2]))
                .setConfig(GraphDatabaseSettings.transaction_timeout, SettingValueParsers.DURATION.parse(args[3]))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, SettingValueParsers.BYTES.parse("512m"))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            System.out.println("STOPPED");
            stopped.countDown();
        }));
        // Touch the default database so READY means queries can run, not only that Bolt listens.
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("READY port=" + port);
        System.out.flush();
        stopped.await();
    }
}
