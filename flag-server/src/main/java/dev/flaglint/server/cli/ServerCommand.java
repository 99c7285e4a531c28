package dev.flaglint.server.cli;

import dev.flaglint.server.FlagServer;
import dev.flaglint.server.ServerSettings;
import dev.flaglint.server.StoreKind;
import dev.flaglint.server.store.postgres.DatabaseSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/** The options, mapped to {@link ServerSettings}. Only maps: the server decides what they mean. */
@Command(name = "flag-server", mixinStandardHelpOptions = true, version = "flag-server 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Serves the flags of a flags.yaml over OFREP and a simple REST API, with audited run-time"
                + " overrides. Every option can also be set with an environment variable FLAG_SERVER_<OPTION>"
                + " (e.g. FLAG_SERVER_PORT=9090); the command line wins.",
        footer = "Tokens: a tokens file (--tokens) with name, scope and sha256 of each token, and/or variables"
                + " FLAG_SERVER_TOKEN_<NAME>=<scope>:<token>. Scopes: evaluate, sdk, admin.%n")
final class ServerCommand implements Callable<ServerSettings> {

    @Option(names = "--flags", paramLabel = "FILE", description = "The flags file to serve (required).")
    Path flags;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port to listen on (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on. Anything but loopback needs tokens. Default: ${DEFAULT-VALUE}.")
    String bind;

    @Option(names = "--env", paramLabel = "NAME", description = "Environment evaluated when a request names none.")
    String environment;

    @Option(names = "--data", defaultValue = "flag-server-data", paramLabel = "DIR",
            description = "Where overrides and the audit log are kept (--store file). Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--tokens", paramLabel = "FILE", description = "The tokens file (tokens.yaml).")
    Path tokens;

    @Option(names = "--store", defaultValue = "file", paramLabel = "KIND",
            description = "file (default) or postgres.")
    String store;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "The database, with --store postgres: jdbc:postgresql://HOST:5432/DATABASE.")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "ROLE", description = "The database role, with --store postgres.")
    String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "A file holding the database password (or set FLAG_SERVER_DB_PASSWORD; never on the"
                    + " command line).")
    Path dbPasswordFile;

    @Option(names = "--rate-limit", defaultValue = "10000", paramLabel = "N",
            description = "Requests per second per client (token, or address without tokens); 0: no limit."
                    + " Default: ${DEFAULT-VALUE}.")
    double rateLimit;

    @Option(names = "--reload-interval", defaultValue = "1s", converter = DurationConverter.class,
            paramLabel = "DURATION", description = "How often the flags file is checked. Default: ${DEFAULT-VALUE}.")
    Duration reloadInterval;

    @Option(names = "--shutdown-timeout", defaultValue = "10s", converter = DurationConverter.class,
            paramLabel = "DURATION", description = "How long a stop waits for requests in flight. Default: ${DEFAULT-VALUE}.")
    Duration shutdownTimeout;

    private final Map<String, String> variables;

    ServerCommand(Map<String, String> variables) {
        this.variables = variables;
    }

    @Override
    public ServerSettings call() {
        if (flags == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "missing --flags FILE (or "
                    + EnvironmentDefaults.variableOf("--flags") + "): the flags file to serve");
        }
        StoreKind kind = switch (store) {
            case "file" -> StoreKind.FILE;
            case "postgres" -> StoreKind.POSTGRES;
            default -> throw new CommandLine.ParameterException(new CommandLine(this), "--store must be file or"
                    + " postgres, got '" + store + "'");
        };
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--port must be 0 to 65535, got " + port);
        }
        if (rateLimit < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--rate-limit must be 0 or more");
        }
        return ServerSettings.builder(flags).port(port).bind(bind).environment(blankToNull(environment)).data(data)
                .tokens(tokens).variables(variables).store(kind, blankToNull(jdbcUrl))
                .database(blankToNull(dbUser), dbPasswordFile).rateLimit(rateLimit).reloadInterval(reloadInterval)
                .stopTimeout(shutdownTimeout).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Parses {@code args}; prints help, version or a usage error itself and returns {@code null} then. */
    static ParseOutcome parse(String[] args, Map<String, String> variables, PrintWriter out, PrintWriter err) {
        ServerCommand command = new ServerCommand(variables);
        CommandLine cli = new CommandLine(command).setDefaultValueProvider(new EnvironmentDefaults(variables))
                .setOut(out).setErr(err);
        try {
            refusePasswordArgument(args, cli);
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return new ParseOutcome(null, 0);
            }
            if (parsed.hasMatchedOption("--jdbc-url") && DatabaseSettings.hasPassword(command.jdbcUrl)) {
                throw new CommandLine.ParameterException(cli, "--jdbc-url carries a password; " + PASSWORD_ADVICE);
            }
            return new ParseOutcome(command.call(), 0);
        } catch (CommandLine.ParameterException e) {
            err.println("flag-server: " + e.getMessage());
            err.println("Run with --help for the options.");
            err.flush();
            return new ParseOutcome(null, 2);
        }
    }

    private static final String PASSWORD_ADVICE = "a password on the command line can be read by every user of"
            + " the machine (ps). Put it in the variable " + FlagServer.DATABASE_PASSWORD + ", or in a file named"
            + " by --db-password-file";

    /** A {@code --db-password} option does not exist, on purpose: say why rather than "unknown option". */
    private static void refusePasswordArgument(String[] args, CommandLine cli) {
        for (String arg : args) {
            if (arg.equals("--db-password") || arg.startsWith("--db-password=")) {
                throw new CommandLine.ParameterException(cli, "there is no --db-password: " + PASSWORD_ADVICE);
            }
        }
    }

    /** The settings to run with, or {@code null} and the exit code when there is nothing to run. */
    record ParseOutcome(ServerSettings settings, int exitCode) {
    }
}
