package dev.flaglint.lint.scan.cache;

import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.scan.ScanRequest;
import dev.flaglint.lint.source.Fnv1a;
import dev.flaglint.lint.source.SourceRoot;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hash of everything a scan's results depend on besides the source files: the plugin's own build
 * (so an upgrade, or a rebuilt snapshot, starts afresh), the configuration, and the flags file.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The fingerprint of scanning {@code request} with {@code flagsFile} ({@code null}: none). */
    public static String of(ScanRequest request, Path flagsFile) {
        StringBuilder s = new StringBuilder("flag-lint index v1\n").append(pluginBuild()).append('\n');
        for (SourceRoot root : request.roots()) {
            s.append("root ").append(root.directory().toAbsolutePath().normalize()).append(' ').append(root.test())
                    .append(' ').append(root.moduleDir().toAbsolutePath().normalize()).append('\n');
        }
        request.apis().stream().map(Fingerprint::describe).sorted().forEach(a -> s.append("api ").append(a).append('\n'));
        s.append("includes ").append(request.includes()).append("\nexcludes ").append(request.excludes()).append('\n');
        s.append("flags ").append(flagsFile).append(' ').append(Fnv1a.hash128(flagsFileBytes(flagsFile)));
        return Fnv1a.hash128(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(FlagApi api) {
        return api.type() + " " + api.methods().stream().sorted().toList() + " " + api.keyArgument() + " "
                + api.keyIsReceiver() + " " + api.enumKey() + " " + api.origin().label() + " "
                + new java.util.TreeMap<>(api.reads());
    }

    /** The plugin's code: its version and, for a jar or class directory, its size and time. */
    private static String pluginBuild() {
        String version = String.valueOf(Fingerprint.class.getPackage().getImplementationVersion());
        try {
            Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return version + " " + code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version;
        }
    }

    private static byte[] flagsFileBytes(Path file) {
        try {
            return file == null || !Files.isRegularFile(file) ? new byte[0] : Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
