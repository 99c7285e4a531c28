package dev.flaglint.lint.scan.cache;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.WrapperCandidate;
import dev.flaglint.lint.source.FileStamp;
import dev.flaglint.lint.source.ParseFailure;
import dev.flaglint.lint.source.SourceFile;
import dev.flaglint.lint.source.SourceTree;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a scan found, saved so that the next run can skip work: per file its stamp and prefilter
 * verdict, and the call sites, wrappers and parse failures of the whole scan. It is used only when
 * its fingerprint (plugin build, configuration, flags file) matches; then an unchanged tree needs no
 * parsing at all, and a changed one reuses the verdicts of the unchanged files.
 *
 * @param fingerprint what the results depend on besides the files
 * @param covered     method names the prefilter facts were computed for
 * @param typeNames   the type names whose mentions the facts record (at least every file's name and the API types)
 * @param files       absolute path to stamp and prefilter facts
 * @param callSites   absolute path to the file's call sites
 * @param wrappers    wrappers whose callers were checked
 * @param failures    absolute path to why the file could not be read
 */
public record ScanIndex(String fingerprint, Set<String> covered, Set<String> typeNames, Map<String, Entry> files,
                        Map<String, List<CallSite>> callSites, List<WrapperCandidate> wrappers,
                        Map<String, Failure> failures) {

    /**
     * One file: its stamp, which covered method names it calls, which type names it mentions, which types it
     * declares at its top level, and for a file whose stamp could not tell a change made just after it was
     * read (see {@link FileClock}), a hash of what was read ({@code 0} otherwise).
     */
    public record Entry(FileStamp stamp, Set<String> calls, Set<String> mentions, Set<String> declares,
                        long contentHash) {

        /**
         * Whether the file is unchanged: the same stamp (size, modification and change time, file key)
         * and, for a file that carries a hash, the same content, which is read again to compare it.
         */
        public boolean matches(SourceFile file, SourceTree sources) {
            return stamp.equals(file.stamp()) && (contentHash == 0 || contentHash == sources.contentHash(file));
        }
    }

    /** A file that could not be read, as {@link ParseFailure} says. */
    public record Failure(int line, int column, ParseFailure.Kind kind, String message) {
    }

    /** The index at {@code file}, if there is one with this fingerprint; a damaged one is ignored. */
    public static Optional<ScanIndex> read(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.ofNullable(IndexCodec.read(in)).filter(i -> fingerprint.equals(i.fingerprint()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a stale or broken cache only costs a full scan
        }
    }

    /** Writes the index atomically (a reader never sees half a file). */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            IndexCodec.write(this, out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether {@code sources} holds exactly the files this index saw, each unchanged. */
    public boolean unchanged(SourceTree sources) {
        if (sources.files().size() != files.size()) {
            return false;
        }
        for (SourceFile f : sources.files()) {
            Entry entry = files.get(f.path().toString());
            if (entry == null || !entry.matches(f, sources)) {
                return false;
            }
        }
        return true;
    }
}
