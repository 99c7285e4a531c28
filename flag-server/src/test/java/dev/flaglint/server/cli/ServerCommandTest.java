package dev.flaglint.server.cli;

import dev.flaglint.server.ServerSettings;
import dev.flaglint.server.StoreKind;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line: options, their environment variables, and the messages for wrong ones. */
class ServerCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private ServerCommand.ParseOutcome parse(Map<String, String> variables, String... args) {
        return ServerCommand.parse(args, variables, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void optionsMapToSettingsWithTheirDefaults() {
        ServerSettings s = parse(Map.of(), "--flags", "flags.yaml").settings();
        assertThat(s.flags()).isEqualTo(Path.of("flags.yaml"));
        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.bind()).isEqualTo("127.0.0.1");
        assertThat(s.environment()).isNull();
        assertThat(s.data()).isEqualTo(Path.of("flag-server-data"));
        assertThat(s.rateLimit()).isEqualTo(10_000);
        assertThat(s.reloadInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void everyOptionCanComeFromAnEnvironmentVariableAndTheCommandLineWins() {
        Map<String, String> env = Map.of("FLAG_SERVER_FLAGS", "/etc/flags.yaml", "FLAG_SERVER_PORT", "9090",
                "FLAG_SERVER_ENV", "production", "FLAG_SERVER_RATE_LIMIT", "50", "FLAG_SERVER_RELOAD_INTERVAL", "250ms");
        ServerSettings s = parse(env).settings();
        assertThat(s.flags()).isEqualTo(Path.of("/etc/flags.yaml"));
        assertThat(s.port()).isEqualTo(9090);
        assertThat(s.environment()).isEqualTo("production");
        assertThat(s.rateLimit()).isEqualTo(50);
        assertThat(s.reloadInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(parse(env, "--port", "7070").settings().port()).isEqualTo(7070);
    }

    @Test
    void wrongOptionsEndWithOneMessageAndExitCode2() {
        ServerCommand.ParseOutcome missing = parse(Map.of());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(err.toString()).startsWith("flag-server: missing --flags FILE (or FLAG_SERVER_FLAGS): the flags file"
                + " to serve");
        assertThat(parse(Map.of(), "--flags", "f.yaml", "--store", "mysql").exitCode()).isEqualTo(2);
        assertThat(err.toString()).contains("flag-server: --store must be file or postgres, got 'mysql'");
        assertThat(parse(Map.of(), "--flags", "f.yaml", "--reload-interval", "soon").exitCode()).isEqualTo(2);
        assertThat(err.toString()).contains("expected a duration such as 500ms, 2s or 1m, got 'soon'");
        assertThat(parse(Map.of(), "--flags", "f.yaml", "--port", "70000").exitCode()).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void theDatabaseOptionsMapAndThePasswordIsNeverTakenFromTheCommandLine() {
        ServerSettings s = parse(Map.of("FLAG_SERVER_DB_PASSWORD_FILE", "/run/secrets/db"), "--flags", "f.yaml",
                "--store", "postgres", "--jdbc-url", "jdbc:postgresql://db:5432/flags", "--db-user", "flag_server")
                .settings();
        assertThat(s.store()).isEqualTo(StoreKind.POSTGRES);
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/flags");
        assertThat(s.dbUser()).isEqualTo("flag_server");
        assertThat(s.dbPasswordFile()).isEqualTo(Path.of("/run/secrets/db"));

        assertThat(parse(Map.of(), "--flags", "f.yaml", "--db-password", "hunter2").exitCode()).isEqualTo(2);
        assertThat(err.toString()).contains("flag-server: there is no --db-password: a password on the command line can"
                + " be read by every user of the machine (ps). Put it in the variable FLAG_SERVER_DB_PASSWORD, or in"
                + " a file named by --db-password-file");
        assertThat(parse(Map.of(), "--flags", "f.yaml", "--store", "postgres", "--jdbc-url",
                "jdbc:postgresql://db/flags?user=a&password=hunter2").exitCode()).isEqualTo(2);
        assertThat(err.toString()).contains("flag-server: --jdbc-url carries a password; a password on the command line");
        assertThat(err.toString()).doesNotContain("hunter2");
        // from a variable it is not on the command line: accepted (and taken out of the URL before use)
        assertThat(parse(Map.of("FLAG_SERVER_JDBC_URL", "jdbc:postgresql://db/flags?password=hunter2"), "--flags",
                "f.yaml", "--store", "postgres").settings()).isNotNull();
    }

    @Test
    void helpListsTheOptionsAndTheirVariables() {
        ServerCommand.ParseOutcome help = parse(Map.of(), "--help");
        assertThat(help.settings()).isNull();
        assertThat(help.exitCode()).isZero();
        assertThat(out.toString()).contains("--flags=FILE", "--tokens=FILE", "FLAG_SERVER_<OPTION>",
                "FLAG_SERVER_TOKEN_<NAME>=<scope>:<token>");
    }
}
