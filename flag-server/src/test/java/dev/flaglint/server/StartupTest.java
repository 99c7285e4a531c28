package dev.flaglint.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings that cannot work stop the start with a message that says what to change. */
class StartupTest {

    @TempDir
    Path directory;

    private ServerSettings.Builder settings(String flags) throws Exception {
        Path file = directory.resolve("flags.yaml");
        Files.writeString(file, flags);
        return ServerSettings.builder(file).port(0).data(directory.resolve("data")).accessLog(null);
    }

    @Test
    void aNonLoopbackAddressWithoutTokensIsRefused() throws Exception {
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS).bind("0.0.0.0").build()))
                .isInstanceOf(StartupException.class)
                .hasMessage("refusing to listen on 0.0.0.0 without tokens: anyone who can reach it could read every"
                        + " flag. Add tokens (--tokens tokens.yaml, or environment variables"
                        + " FLAG_SERVER_TOKEN_<NAME>=<scope>:<token>), or listen on 127.0.0.1");
    }

    @Test
    void aNonLoopbackAddressWithTokensIsAllowed() throws Exception {
        // checked without starting: tests listen on 127.0.0.1 only, never on every interface
        assertThat(FlagServer.tokensFor(settings(TestServer.FLAGS).bind("0.0.0.0").variables(TestServer.TOKENS)
                .build()).size()).isEqualTo(3);
    }

    @Test
    void aFlagsFileWithErrorsIsNotServedAndEveryErrorIsListed() throws Exception {
        String broken = TestServer.FLAGS.replace("ticket: OPS-17", "ticket: OPS-17\n    rollout: 150");
        assertThatThrownBy(() -> FlagServer.start(settings(broken).build())).isInstanceOf(StartupException.class)
                .hasMessage("cannot serve " + directory.resolve("flags.yaml").toAbsolutePath() + ": it has 1 error(s);"
                        + " fix them and start again:\n  " + directory.resolve("flags.yaml").toAbsolutePath()
                        + ":17:14: flag 'payments-kill-switch' field 'rollout': a rollout is a percentage from 0 to"
                        + " 100, got 150");
        assertThat(directory.resolve("data")).doesNotExist(); // nothing was touched
    }

    @Test
    void aMissingFlagsFileIsNamed() {
        Path missing = directory.resolve("nope.yaml");
        assertThatThrownBy(() -> FlagServer.start(ServerSettings.builder(missing).port(0).accessLog(null).build()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining(missing + ":1:1: file not found");
    }

    @Test
    void tokensFileMistakesNameTheLineAndTheFix() throws Exception {
        Path tokens = directory.resolve("tokens.yaml");
        Files.writeString(tokens, """
                tokens:
                  - name: ci-deployer
                    scope: admin
                    sha256: 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae
                  - name: dashboard
                    scope: reader
                    sha256: fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9
                """);
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS).tokens(tokens).build()))
                .isInstanceOf(StartupException.class)
                .hasMessage(tokens + ":5: token 'dashboard': scope 'reader' is unknown; use one of evaluate, sdk, admin");
        Files.writeString(tokens, "tokens:\n  - name: ci\n    scope: admin\n    token: hunter2-hunter2-hunter2\n");
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS).tokens(tokens).build()))
                .hasMessage(tokens + ":2: unknown field 'token'; a token has name, scope and sha256 (put the token's"
                        + " SHA-256 here, never the token itself)");
        Files.writeString(tokens, "tokens:\n  - name: ci\n    scope: admin\n    sha256: abc\n");
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS).tokens(tokens).build()))
                .hasMessage(tokens + ":2: token 'ci': sha256 must be the 64 hex digits of the token's SHA-256, e.g."
                        + " from: printf %s \"$TOKEN\" | sha256sum");
    }

    @Test
    void aTokensFileAuthenticatesByHash() throws Exception {
        Path tokens = directory.resolve("tokens.yaml");
        // sha256("foo")
        Files.writeString(tokens, "tokens:\n  - name: ci-deployer\n    scope: admin\n    sha256: "
                + "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae\n");
        try (TestServer server = TestServer.start(directory, TestServer.FLAGS, b -> b.tokens(tokens).variables(Map.of()))) {
            assertThat(server.put("/flags/dark-mode", "foo", "{\"enabled\":true}").status()).isEqualTo(200);
            assertThat(server.get("/audit", "foo").json().get("records").get(0).get("actor").asText())
                    .isEqualTo("ci-deployer");
        }
    }

    @Test
    void environmentTokensMustBeLongAndWellFormed() throws Exception {
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS)
                .variables(Map.of("FLAG_SERVER_TOKEN_CI", "admin:short")).build()))
                .hasMessage("FLAG_SERVER_TOKEN_CI: the token is shorter than 16 characters; use a long random one, e.g."
                        + " from: openssl rand -hex 24");
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS)
                .variables(Map.of("FLAG_SERVER_TOKEN_CI", "root:0123456789abcdef0123")).build()))
                .hasMessage("FLAG_SERVER_TOKEN_CI: expected SCOPE:TOKEN with SCOPE one of evaluate, sdk, admin, e.g."
                        + " admin:<a long random secret>");
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS).variables(Map.of(
                "FLAG_SERVER_TOKEN_A", "admin:0123456789abcdef0123", "FLAG_SERVER_TOKEN_B", "sdk:0123456789abcdef0123"))
                .build())).hasMessage("FLAG_SERVER_TOKEN_B: token 'b' has the same secret as another token; give each"
                        + " one its own secret");
    }

    @Test
    void theStoreOptionsMustFitTheStore() throws Exception {
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS).store(StoreKind.POSTGRES, null).build()))
                .hasMessage("--store postgres needs the database: --jdbc-url jdbc:postgresql://HOST:5432/DATABASE"
                        + " --db-user ROLE, with the password in the variable FLAG_SERVER_DB_PASSWORD or in a file"
                        + " named by --db-password-file");
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS).store(StoreKind.FILE,
                "jdbc:postgresql://localhost/flags").build()))
                .hasMessage("--jdbc-url, --db-user and --db-password-file are only used with --store postgres; add"
                        + " --store postgres, or remove them to keep overrides in --data");
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS).store(StoreKind.POSTGRES,
                "jdbc:mysql://localhost/flags?password=hunter2").build()))
                .hasMessage("--jdbc-url must be a PostgreSQL JDBC URL such as jdbc:postgresql://db.internal:5432/flags,"
                        + " got 'jdbc:mysql://localhost/flags?password=***'");
    }

    @Test
    void theDatabasePasswordComesFromOnePlaceAndIsNeverRepeated() throws Exception {
        Path passwordFile = directory.resolve("db-password");
        Files.writeString(passwordFile, "");
        ServerSettings.Builder postgres = settings(TestServer.FLAGS).store(StoreKind.POSTGRES,
                "jdbc:postgresql://127.0.0.1:1/flags").database("flag_server", passwordFile);
        assertThatThrownBy(() -> FlagServer.start(postgres.build()))
                .hasMessage("--db-password-file " + passwordFile + " is empty; put the database password in it");
        assertThatThrownBy(() -> FlagServer.start(postgres.database("flag_server", directory.resolve("nope")).build()))
                .hasMessageStartingWith("cannot read --db-password-file " + directory.resolve("nope") + " (");
        Files.writeString(passwordFile, "s3cret-from-file\n");
        assertThatThrownBy(() -> FlagServer.start(postgres.database("flag_server", passwordFile)
                .variables(Map.of("FLAG_SERVER_DB_PASSWORD", "s3cret-from-variable")).build()))
                .hasMessage("the database password is given twice, in FLAG_SERVER_DB_PASSWORD and in"
                        + " --db-password-file; keep one");
    }

    @Test
    void anUnreachableDatabaseStopsTheStartAndTheMessageHasNoPassword() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/flags?password=hunter2&connectTimeout=2";
        assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS).store(StoreKind.POSTGRES, url)
                .database("flag_server", null).build()))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("cannot connect to the database jdbc:postgresql://127.0.0.1:" + closed
                        + "/flags?connectTimeout=2 as flag_server: Connection to 127.0.0.1:" + closed + " refused.")
                .hasMessageEndingWith("; check --jdbc-url, --db-user and the password (FLAG_SERVER_DB_PASSWORD or"
                        + " --db-password-file), and that PostgreSQL accepts connections from here")
                .hasMessageNotContaining("hunter2");
        assertThat(directory.resolve("data")).doesNotExist(); // the file store was not opened instead
    }

    @Test
    void aPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> FlagServer.start(settings(TestServer.FLAGS).port(taken.getLocalPort()).build()))
                    .isInstanceOf(StartupException.class)
                    .hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (")
                    .hasMessageEndingWith("); is another server using the port? Choose another with --port");
        }
        // and the data directory was released: a server starts on it
        try (FlagServer server = FlagServer.start(settings(TestServer.FLAGS).build())) {
            assertThat(server.port()).isPositive();
        }
    }
}
