package dev.flaglint.server.store.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A database of its own for one test, on the PostgreSQL server that {@code scripts/throwaway-postgres.sh} started
 * (its {@code FLAGLINT_POSTGRES_*} variables); dropped at close. Can take the whole server down and up again.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String URL = "FLAGLINT_POSTGRES_URL";

    private final String name;
    private final String url;

    private TestDatabase(String name) {
        this.name = name;
        this.url = serverUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name);
    }

    static boolean configured() {
        String url = System.getenv(URL);
        return url != null && !url.isBlank();
    }

    /** Creates a fresh, empty database. */
    public static TestDatabase create() throws SQLException {
        String name = uniqueName("flags_");
        onServer("CREATE DATABASE " + name);
        return new TestDatabase(name);
    }

    /** {@code prefix} and a random suffix: a name no other test uses. */
    public static String uniqueName(String prefix) {
        long random = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
        return prefix + Long.toHexString(random).toLowerCase(Locale.ROOT);
    }

    public String url() {
        return url;
    }

    public static String user() {
        return System.getenv("FLAGLINT_POSTGRES_USER");
    }

    public static Path passwordFile() {
        return Path.of(System.getenv("FLAGLINT_POSTGRES_PASSWORD_FILE"));
    }

    public static String password() {
        try {
            return Files.readString(passwordFile()).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the test database's password: " + e, e);
        }
    }

    /** The store's settings for this database. */
    public DatabaseSettings settings() {
        return DatabaseSettings.of(url, user(), password());
    }

    /** A connection to this database, as the test role. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    /** Runs {@code sql} on the server's own database, as the test role (for roles: they belong to the server). */
    public static void onServer(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl(), user(), password());
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs {@code sql} in this database, as the test role. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Stops the PostgreSQL server (every test database goes with it) until {@link #up()}. */
    public static void down() throws Exception {
        script("down");
    }

    /** Starts the server again, with its data. */
    public static void up() throws Exception {
        script("up");
    }

    private static void script(String command) throws Exception {
        Process process = new ProcessBuilder(List.of(System.getenv("FLAGLINT_POSTGRES_SCRIPT"), command,
                System.getenv("FLAGLINT_POSTGRES_DIR"))).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("throwaway-postgres.sh " + command + " failed");
        }
    }

    private static String serverUrl() {
        return System.getenv(URL);
    }

    @Override
    public void close() throws SQLException {
        onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
