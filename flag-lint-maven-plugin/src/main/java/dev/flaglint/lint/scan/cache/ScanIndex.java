package dev.flaglint.lint.scan.cache;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.WrapperCandidate;

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
 * @param typeNames   the type names whose mentions the facts record (every type the tree declares)
 * @param files       absolute path to stamp and prefilter facts
 * @param callSites   absolute path to the file's call sites
 * @param wrappers    wrappers whose callers were checked
 * @param failures    absolute path to its parse failure
 */
public record ScanIndex(String fingerprint, Set<String> covered, Set<String> typeNames, Map<String, Entry> files,
                        Map<String, List<CallSite>> callSites, List<WrapperCandidate> wrappers,
                        Map<String, Failure> failures) {

    /**
     * One file: its stamp, whether it calls a covered method, which type names it mentions, and for a
     * file modified just before the index was written, a hash of its content ({@code 0} otherwise).
     */
    public record Entry(long size, long modifiedNanos, boolean callsMethod, Set<String> mentions, long contentHash) {

        /**
         * Whether the file is unchanged. Size and time alone cannot tell an edit made within the file
         * system's time granularity of the last scan (git's "racy clean" problem): such files carry
         * a content hash, and are read again to compare it.
         */
        public boolean matches(FileStamp stamp, Path file) {
            if (size != stamp.size() || modifiedNanos != stamp.modifiedNanos()) {
                return false;
            }
            return contentHash == 0 || contentHash == ContentHash.of(file);
        }
    }

    /** A parse failure of one file. */
    public record Failure(int line, int column, String message) {
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

    /** Whether {@code stamps} (every file of the tree now) are exactly the files this index saw, unchanged. */
    public boolean unchanged(Map<String, FileStamp> stamps) {
        if (stamps.size() != files.size()) {
            return false;
        }
        for (Map.Entry<String, FileStamp> e : stamps.entrySet()) {
            Entry entry = files.get(e.getKey());
            if (entry == null || !entry.matches(e.getValue(), Path.of(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
