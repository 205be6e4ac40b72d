package brugkaart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.locker.FileLockException;

/**
 * Opens a Neo4j 5.26 Community DBMS in this JVM with the Bolt connector on 127.0.0.1 and
 * authentication on, prints {@code READY port=N} once it accepts connections, and shuts down
 * cleanly on SIGTERM or when its parent process is gone (standard input reaches end of file,
 * which happens however the parent ends, SIGKILL included).
 *
 * <p>Usage: {@code java -cp ... brugkaart.EmbeddedNeo4j HOME_DIR PORT PAGECACHE TX_TIMEOUT [--set-password]}
 * (for example {@code data/neo4j 7687 256m 30s}). Heap is set by the caller with -Xms/-Xmx. With
 * {@code --set-password} the first line of standard input is the password the user {@code neo4j}
 * gets (never an argument: arguments are visible to every user in /proc).
 *
 * <p>A start that cannot take the store lock prints {@code LOCKED} and exits with 3; one whose
 * Bolt port is taken prints {@code PORT_IN_USE} and exits with 4.
 */
public final class EmbeddedNeo4j {
    private static final int EXIT_LOCKED = 3;
    private static final int EXIT_PORT_IN_USE = 4;
    private static final long PARENT_POLL_MS = 1_000;

    /**
     * Replaces whatever the user neo4j had (the default 'neo4j' awaiting a change, an older
     * password, or no user at all) with the given password. Run while Bolt is off, so nobody can
     * log in with the default password in between.
     */
    private static final String[] SET_PASSWORD = {
        "DROP USER neo4j IF EXISTS",
        "CREATE USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
    };

    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        boolean setPassword = args.length == 5 && args[4].equals("--set-password");
        if (args.length != 4 && !setPassword) {
            System.err.println("usage: EmbeddedNeo4j HOME_DIR PORT PAGECACHE TX_TIMEOUT [--set-password]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        BufferedReader parent = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

        if (setPassword) {
            String password = parent.readLine();
            if (password == null || password.isEmpty()) {
                System.err.println("--set-password: no password on standard input");
                System.exit(2);
            }
            DatabaseManagementService withoutBolt = open(builder(home, args).setConfig(BoltConnector.enabled, false));
            for (String statement : SET_PASSWORD) {
                withoutBolt.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(statement, Map.of("password", password));
            }
            withoutBolt.shutdown();
        }

        DatabaseManagementService service = open(builder(home, args)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            System.out.println("STOPPED");
            stopped.countDown();
        }));
        watchParent(parent);
        // Touch the default database so READY means queries can run, not only that Bolt listens.
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("READY port=" + port);
        System.out.flush();
        stopped.await();
    }

    private static DatabaseManagementServiceBuilder builder(Path home, String[] args) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // A region's network stays on its machine: no usage report to Neo4j's servers.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                // Unset, the page cache takes half of the machine's free memory.
                .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(args[2]))
                .setConfig(GraphDatabaseSettings.transaction_timeout, SettingValueParsers.DURATION.parse(args[3]))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, SettingValueParsers.BYTES.parse("512m"))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
    }

    /** Builds the DBMS; a held store lock or a taken port ends the JVM with a line the parent reads. */
    private static DatabaseManagementService open(DatabaseManagementServiceBuilder builder) {
        try {
            return builder.build();
        } catch (RuntimeException error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof FileLockException) {
                    error.printStackTrace();
                    System.out.println("LOCKED");
                    System.out.flush();
                    System.exit(EXIT_LOCKED);
                }
                if (cause instanceof BindException) {
                    error.printStackTrace();
                    System.out.println("PORT_IN_USE");
                    System.out.flush();
                    System.exit(EXIT_PORT_IN_USE);
                }
            }
            throw error;
        }
    }

    /**
     * Exits (running the shutdown hook, so the store closes cleanly) once the parent is gone: its
     * end of the standard-input pipe closes, or, as a second guard, this JVM gets a new parent.
     */
    private static void watchParent(BufferedReader parent) {
        Thread endOfInput = new Thread(() -> {
            try {
                while (parent.read() != -1) {
                    // Nothing is sent after the password; the parent only holds the pipe open.
                }
            } catch (IOException closed) {
                // A broken pipe means the same as end of file.
            }
            System.err.println("The parent process is gone (standard input closed); shutting down.");
            System.exit(0);
        }, "parent-stdin-watch");
        endOfInput.setDaemon(true);
        endOfInput.start();

        long parentPid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        Thread reparented = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parentPid) {
                try {
                    Thread.sleep(PARENT_POLL_MS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
            System.err.println("The parent process is gone (reparented); shutting down.");
            System.exit(0);
        }, "parent-pid-watch");
        reparented.setDaemon(true);
        reparented.start();
    }
}
