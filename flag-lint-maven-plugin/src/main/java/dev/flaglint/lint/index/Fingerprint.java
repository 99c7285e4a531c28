package dev.flaglint.lint.index;

import dev.flaglint.lint.FlagApi;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.scan.SourceRoot;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A hash of everything a scan's results depend on besides the source files: the plugin's own build
 * (so an upgrade, or a rebuilt snapshot, starts afresh), the configuration, and the flags file.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(LintRequest request) {
        StringBuilder s = new StringBuilder("flag-lint index v1\n").append(pluginBuild()).append('\n');
        List<SourceRoot> roots = new java.util.ArrayList<>(request.sourceRoots());
        roots.addAll(request.reactorSourceRoots());
        for (SourceRoot root : roots) {
            s.append("root ").append(root.directory().toAbsolutePath().normalize()).append(' ').append(root.test())
                    .append(' ').append(root.moduleDir().toAbsolutePath().normalize()).append('\n');
        }
        request.apis().stream().map(Fingerprint::describe).sorted().forEach(a -> s.append("api ").append(a).append('\n'));
        s.append("includes ").append(request.includes()).append("\nexcludes ").append(request.excludes()).append('\n');
        s.append("flags ").append(request.flagsFile()).append(' ').append(hash(flagsFileBytes(request.flagsFile())));
        return hash(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(FlagApi api) {
        return api.type() + " " + api.methods().stream().sorted().toList() + " " + api.keyArgument() + " "
                + api.keyIsReceiver() + " " + api.enumKey() + " " + api.origin();
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

    /**
     * 128 bits of two FNV-1a variants: enough to tell configurations apart (nothing adversarial
     * here), and free of the security providers whose loading made a warm re-run 30 ms slower.
     */
    private static String hash(byte[] bytes) {
        long a = 0xcbf29ce484222325L;
        long b = 0x84222325cbf29ce4L;
        for (byte x : bytes) {
            a = (a ^ (x & 0xff)) * 0x100000001b3L;
            b = (b ^ (x & 0xff)) * 0x100000001b5L;
        }
        return Long.toHexString(a) + Long.toHexString(b);
    }
}
