package dev.flaglint.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A flag server in a child JVM, started like the real thing (Main), so that a kill is a real SIGKILL. */
final class ChildServer implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    final Process process;
    final URI uri;

    private ChildServer(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Starts {@code flag-server ARGS} with {@code environment} added, and waits until it listens (60 s at most). */
    static ChildServer start(List<String> args, Map<String, String> environment) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.flaglint.server.cli.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD); // the access log
        Process process = builder.start();
        try {
            return new ChildServer(process, awaitListening(process));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static URI awaitListening(Process child) throws Exception {
        BufferedReader log = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<URI> found = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                StringBuilder seen = new StringBuilder();
                while ((line = log.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        URI uri = URI.create(m.group(1));
                        Thread drain = new Thread(() -> log.lines().forEach(l -> { }), "child log");
                        drain.setDaemon(true);
                        drain.start();
                        return uri;
                    }
                    seen.append(line).append('\n');
                }
                throw new IllegalStateException("the child server ended before listening:\n" + seen);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return found.get(60, TimeUnit.SECONDS);
    }

    /** SIGKILL: no shutdown hook, no flush, connections cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child server did not die");
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
