package dev.flaglint.server.store.postgres;

import dev.flaglint.server.store.StoreException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where the database is and who logs in. The password never leaves this object except to the driver: a
 * {@code password=} parameter in the URL is taken out of it (so neither the driver nor Flyway can print it
 * back), and {@link #toString()} and {@link #safeUrl()} show none.
 */
public final class DatabaseSettings {

    private static final String PREFIX = "jdbc:postgresql:";
    private static final Pattern USER_INFO = Pattern.compile("//[^/@?]*@");
    private static final Pattern USER_AND_PASSWORD = Pattern.compile("//[^/@?]*:[^/@?]*@");

    private final String url;
    private final String user;
    private final String password;

    private DatabaseSettings(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * @param jdbcUrl  {@code jdbc:postgresql://host:5432/database}; a {@code password=} parameter in it is used
     *                 when {@code password} is {@code null}, and never kept in the URL
     * @param user     the role, or {@code null} for the URL's {@code user=}
     * @param password the password, or {@code null} (trust or certificate authentication, or in the URL)
     * @throws StoreException when the URL is not a PostgreSQL JDBC URL, or a password is given twice
     */
    public static DatabaseSettings of(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
            throw new StoreException("--jdbc-url must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db.internal:5432/flags, got '" + scrub(String.valueOf(jdbcUrl)) + "'");
        }
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return new DatabaseSettings(jdbcUrl, user, password);
        }
        List<String> kept = new ArrayList<>();
        String inUrl = null;
        for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
            if (isPassword(parameter)) {
                inUrl = URLDecoder.decode(parameter.substring(parameter.indexOf('=') + 1), StandardCharsets.UTF_8);
            } else if (!parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        if (inUrl != null && password != null) {
            throw new StoreException("the database password is given twice, in --jdbc-url and in FLAG_SERVER_DB_PASSWORD"
                    + " or --db-password-file; keep only the variable or the file");
        }
        String base = jdbcUrl.substring(0, query);
        return new DatabaseSettings(kept.isEmpty() ? base : base + "?" + String.join("&", kept), user,
                password != null ? password : inUrl);
    }

    /** True when {@code jdbcUrl} carries a password (which must then not come from the command line). */
    public static boolean hasPassword(String jdbcUrl) {
        if (jdbcUrl == null) {
            return false;
        }
        if (USER_AND_PASSWORD.matcher(jdbcUrl).find()) {
            return true;
        }
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
            if (isPassword(parameter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassword(String parameter) {
        int equals = parameter.indexOf('=');
        return equals > 0 && parameter.substring(0, equals).equalsIgnoreCase("password");
    }

    /** {@code url} with any password replaced by {@code ***}, for logs and messages. */
    static String scrub(String url) {
        String withoutUserInfo = USER_INFO.matcher(url).replaceFirst("//***@");
        return withoutUserInfo.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    /**
     * The driver's settings for every connection, without the credentials: bounded connect and read times (a
     * database that stops answering is noticed, not waited for), TCP keep-alive, a name in
     * {@code pg_stat_activity}, and limits on lock waits and idle transactions, so a replica frozen in the middle
     * of a change cannot hold the other replicas' writes for long. (The lock wait is generous: on a machine short
     * of CPU, writers queued behind each other's commits can wait seconds without anything being wrong.)
     */
    static Properties connectionProperties(String applicationName) {
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "15");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("options", "-c lock_timeout=5s -c idle_in_transaction_session_timeout=15s");
        return properties;
    }

    /** A connection of its own, outside any pool. */
    Connection connect(String applicationName) throws SQLException {
        Properties properties = connectionProperties(applicationName);
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + safeUrl());
        }
        return connection;
    }

    /** The URL the driver gets: never with a password in it. */
    String url() {
        return url;
    }

    /** The role, or {@code null}. */
    String user() {
        return user;
    }

    /** For the driver only. */
    String password() {
        return password;
    }

    /** The URL for logs and messages. */
    public String safeUrl() {
        return scrub(url);
    }

    /** {@code jdbc:postgresql://host/db as role}: what a log line may say. */
    @Override
    public String toString() {
        return safeUrl() + (user == null ? "" : " as " + user);
    }
}
