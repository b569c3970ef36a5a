package org.minhu.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by an application that was killed
 * (SIGKILL leaves the postmaster child alive, holding the directory). We find it through
 * {@code postmaster.pid} and ask it to shut down cleanly before starting our own.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private LeftoverPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) {
        find(dataDirectory).ifPresent(process -> stop(process, dataDirectory));
    }

    static Optional<ProcessHandle> find(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(LeftoverPostmaster::isPostgres);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // The pid in a stale file may since belong to an unrelated process: never signal that one.
        return process.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("postgres")).orElse(false);
    }

    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        log.warn("A PostgreSQL server (pid {}) from an earlier run still holds {}; shutting it down cleanly",
                postmaster.pid(), dataDirectory);
        postmaster.destroy(); // SIGTERM: smart shutdown, no clients are left to wait for
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (postmaster.isAlive() && Instant.now().isBefore(giveUp)) {
            sleep();
        }
        if (postmaster.isAlive()) {
            throw new IllegalStateException("The PostgreSQL server with pid " + postmaster.pid()
                    + " does not stop; stop it by hand before starting Minhu");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
