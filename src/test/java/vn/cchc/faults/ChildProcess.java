package vn.cchc.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the suite starts and ends (an application node, the SMTP server): its output goes to a log file, it is
 * stopped with SIGTERM ({@link #stop}) or SIGKILL ({@link #kill}, {@code kill -9}), and it never outlives the suite.
 */
final class ChildProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path log;
    private Process process;

    ChildProcess(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
                 Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.log = log;
    }

    String name() {
        return name;
    }

    synchronized ChildProcess start() throws IOException {
        if (alive()) {
            throw new IllegalStateException(name + " is already running");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        ClusterFaultSuite.log("%s started, pid %d (log %s)", name, started.pid(), log);
        return this;
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    synchronized long pid() {
        return process.pid();
    }

    /** SIGTERM, then waits for the process to end (a graceful shutdown). */
    synchronized void stop() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            ClusterFaultSuite.log("%s stopped (exit %d)", name, process.exitValue());
        }
    }

    /** SIGKILL: the process dies at once, in the middle of whatever it was doing. */
    synchronized void kill() throws InterruptedException {
        if (alive()) {
            process.destroyForcibly();
            process.waitFor();
            ClusterFaultSuite.log("%s killed with SIGKILL (exit %d)", name, process.exitValue());
        }
    }
}
