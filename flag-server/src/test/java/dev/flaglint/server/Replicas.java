package dev.flaglint.server;

import dev.flaglint.server.store.postgres.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Flag-server replicas in this JVM, each on its own port with its own copy of the flags file (so a deploy can
 * reach them at different moments), all on one PostgreSQL database.
 */
final class Replicas implements AutoCloseable {

    private final List<TestServer> servers;

    private Replicas(List<TestServer> servers) {
        this.servers = servers;
    }

    static Replicas start(Path directory, int count, String flags, TestDatabase database) throws IOException {
        return start(directory, count, flags, database, b -> b);
    }

    static Replicas start(Path directory, int count, String flags, TestDatabase database,
                          UnaryOperator<ServerSettings.Builder> more) throws IOException {
        List<TestServer> servers = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Path home = Files.createDirectories(directory.resolve("replica-" + (char) ('a' + i)));
                servers.add(TestServer.start(home, flags, b -> more.apply(postgres(b, database).rateLimit(0))));
            }
        } catch (IOException | RuntimeException e) {
            new Replicas(servers).close();
            throw e;
        }
        return new Replicas(servers);
    }

    /** The settings of a replica on {@code database}, with the test role and its password file. */
    static ServerSettings.Builder postgres(ServerSettings.Builder b, TestDatabase database) {
        return b.store(StoreKind.POSTGRES, database.url()).database(TestDatabase.user(), TestDatabase.passwordFile());
    }

    TestServer get(int index) {
        return servers.get(index);
    }

    int size() {
        return servers.size();
    }

    /**
     * Waits (bounded) until every replica serves the same configuration version, and returns it.
     *
     * @throws AssertionError when they do not agree within {@code timeout}
     */
    String awaitSameVersion(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> versions;
        do {
            versions = new HashSet<>();
            for (TestServer server : servers) {
                versions.add(server.get("/flags", TestServer.ADMIN).header("ETag"));
            }
            if (versions.size() == 1) {
                return versions.iterator().next();
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the replicas did not converge within " + timeout + ": " + versions);
    }

    @Override
    public void close() {
        for (TestServer server : servers) {
            try {
                server.close();
            } catch (Exception e) {
                // closing the others matters more
            }
        }
    }
}
