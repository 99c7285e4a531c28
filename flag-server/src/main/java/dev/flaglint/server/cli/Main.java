package dev.flaglint.server.cli;

import dev.flaglint.server.FlagServer;
import dev.flaglint.server.StartupException;

import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * {@code java -jar flag-server.jar --flags flags.yaml}: parses the options, starts the server, and stops it
 * gracefully on Ctrl-C or SIGTERM. The server's log goes to standard error, the access log to standard output.
 */
public final class Main {

    /** Held so java.util.logging keeps the levels set on them (it holds loggers weakly). */
    private static final Logger JETTY = Logger.getLogger("org.eclipse.jetty");
    private static final Logger RUNTIME = Logger.getLogger("dev.flaglint.runtime");
    private static final Logger POOL = Logger.getLogger("com.zaxxer.hikari");
    private static final Logger MIGRATIONS = Logger.getLogger("org.flywaydb");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        configureLogging();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        ServerCommand.ParseOutcome parsed = ServerCommand.parse(args, System.getenv(), out, err);
        if (parsed.settings() == null) {
            return parsed.exitCode();
        }
        FlagServer server;
        try {
            server = FlagServer.start(parsed.settings());
        } catch (StartupException e) {
            err.println("flag-server: " + e.getMessage());
            return 2;
        }
        System.Logger log = System.getLogger(Main.class.getName());
        log.log(Level.INFO, "flag-server listening on {0} ({1} token(s){2})", server.uri(), server.tokenCount(),
                server.tokenCount() == 0 ? "; evaluation open, changes closed: add an admin token to change flags" : "");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.log(Level.INFO, "stopping: telling stream clients, finishing requests in flight");
            try {
                server.close();
            } catch (Exception e) {
                log.log(Level.WARNING, "stopping failed: " + e);
            }
            stopped.countDown();
        }, "flag-server shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void configureLogging() {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tFT%1$tT.%1$tL%1$tz %4$s %3$s: %5$s%6$s%n");
        }
        // Jetty's, the pool's and Flyway's start-up banners and the runtime's per-environment load notes repeat
        // what the server logs itself.
        JETTY.setLevel(java.util.logging.Level.WARNING);
        RUNTIME.setLevel(java.util.logging.Level.WARNING);
        // The pool warns once per dead connection after a database outage; the store reports the outage itself.
        POOL.setLevel(java.util.logging.Level.SEVERE);
        MIGRATIONS.setLevel(java.util.logging.Level.WARNING);
    }
}
