package dev.flaglint.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.json.MalformedJsonException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The embedded store: a data directory holding {@code audit.jsonl}, the audit log, and {@code overrides.json},
 * the state it adds up to.
 *
 * <p>The audit log is the write-ahead log. A change is one JSON line appended and fsynced <em>before</em> the
 * caller is answered. The state file is a checkpoint, rewritten right after in the background (temporary file,
 * fsync, atomic rename, fsync of the directory; a burst of changes is one rewrite) and at close: on open, audit
 * lines newer than its sequence number are replayed into it, so a crash before a checkpoint loses nothing that
 * was acknowledged, and a state file that is missing or damaged is rebuilt from the log. So an answer waits
 * for one fsync, not four. A last audit line cut short by a crash was never acknowledged and is dropped.
 * Writers are serialized; a lock file keeps a second server out of the directory.
 */
public final class FileStore implements OverrideStore {

    static final String STATE_FILE = "overrides.json";
    static final String AUDIT_FILE = "audit.jsonl";
    static final String LOCK_FILE = ".lock";
    private static final int FORMAT = 1;

    private static final System.Logger LOG = System.getLogger(FileStore.class.getName());

    private final Path directory;
    private final Path statePath;
    private final Path auditPath;
    private final Clock clock;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final FileChannel auditWriter;
    private final FileChannel auditReader;

    /** Guards the writes and the fields below it. */
    private final Object writes = new Object();
    private volatile StoreSnapshot snapshot;
    /** Start offset of each audit line, oldest first; entries below {@link #count} never change. */
    private long[] offsets = new long[64];
    private int count;
    private long auditSize;
    /** Why the last write failed, or {@code null}; for {@code /readyz}. */
    private volatile String failure;

    /** Writes checkpoints off the request path; one queued checkpoint covers every change before it runs. */
    private final ExecutorService checkpointer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "flag-server checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean checkpointQueued = new AtomicBoolean();
    /** Guards {@link #checkpointed} and the state file. */
    private final Object checkpoints = new Object();
    private long checkpointed;

    private FileStore(Path directory, Clock clock, FileChannel lockChannel, FileLock lock) throws IOException {
        this.directory = directory;
        this.statePath = directory.resolve(STATE_FILE);
        this.auditPath = directory.resolve(AUDIT_FILE);
        this.clock = clock;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.auditWriter = FileChannel.open(auditPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.auditReader = FileChannel.open(auditPath, StandardOpenOption.READ);
    }

    /**
     * Opens (creating if needed) the data directory, takes its lock, and recovers: replays audit records newer
     * than the state file and drops a last line cut short by a crash.
     *
     * @throws StoreException with a message saying what to do when the directory cannot be used
     */
    public static FileStore open(Path directory, Clock clock) {
        Path dir = directory.toAbsolutePath().normalize();
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new StoreException("data directory " + dir + " is in use by another flag-server; stop it, or"
                        + " give this one its own --data directory");
            }
            FileStore store = new FileStore(dir, clock, lockChannel, lock);
            try {
                store.recover();
            } catch (RuntimeException | IOException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (AccessDeniedException e) {
            closeQuietly(lockChannel);
            throw new StoreException("cannot write to data directory " + dir + " (permission denied); make it writable"
                    + " for this user or choose another --data directory", e);
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new StoreException("cannot use data directory " + dir + ": " + e + "; check the path and its"
                    + " permissions, or choose another --data directory", e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    // ---- recovery -------------------------------------------------------------------------------------------

    private void recover() throws IOException {
        StoreSnapshot state = readState();
        List<AuditRecord> records = scanAudit();
        long last = records.isEmpty() ? 0 : records.get(records.size() - 1).sequence();
        if (state != null && state.sequence() > last) {
            throw new StoreException(STATE_FILE + " in " + directory + " is at change " + state.sequence()
                    + " but " + AUDIT_FILE + " ends at change " + last + ": the audit log was truncated or replaced;"
                    + " restore it from a backup (the state file alone cannot say who changed what)");
        }
        StoreSnapshot recovered = state == null ? StoreSnapshot.empty() : state;
        int replayed = 0;
        for (AuditRecord record : records) {
            if (record.sequence() > recovered.sequence()) {
                recovered = recovered.with(record);
                replayed++;
            }
        }
        snapshot = recovered;
        checkpointed = state == null ? 0 : state.sequence();
        if (replayed > 0 || (state == null && !records.isEmpty())) {
            writeState(recovered);
            checkpointed = recovered.sequence();
            LOG.log(Level.INFO, "data directory {0}: replayed {1} audit record(s) newer than {2}",
                    directory, replayed, STATE_FILE);
        }
    }

    /** The state file, or {@code null} when it is missing or damaged (then the audit log rebuilds it). */
    private StoreSnapshot readState() throws IOException {
        if (!Files.exists(statePath)) {
            return null;
        }
        try {
            JsonNode root = Json.parse(Files.readAllBytes(statePath));
            if (root.path("format").asInt() != FORMAT) {
                throw new StoreException(statePath + " has format " + root.path("format") + "; this flag-server"
                        + " reads format " + FORMAT + " (was it written by a newer version?)");
            }
            Map<String, FlagState> flags = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = root.path("flags").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode override = e.getValue().path("override");
                flags.put(e.getKey(), new FlagState(e.getKey(), e.getValue().path("version").asLong(),
                        override.isObject() ? Json.text(override) : null));
            }
            JsonNode lastChange = root.path("lastChange");
            return new StoreSnapshot(root.path("sequence").asLong(),
                    lastChange.isTextual() ? Instant.parse(lastChange.asText()) : null, flags);
        } catch (MalformedJsonException | DateTimeParseException e) {
            LOG.log(Level.WARNING, "{0} is damaged ({1}); rebuilding it from {2}", statePath, e.getMessage(),
                    AUDIT_FILE);
            return null;
        }
    }

    /** Reads every audit record, indexing line offsets; drops a torn last line. */
    private List<AuditRecord> scanAudit() throws IOException {
        List<AuditRecord> records = new ArrayList<>();
        long size = Files.size(auditPath);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(auditPath), 1 << 16)) {
            long offset = 0;
            int lineNumber = 0;
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(512);
            while (offset < size) {
                line.reset();
                long start = offset;
                int b;
                boolean terminated = false;
                while ((b = in.read()) != -1) {
                    offset++;
                    if (b == '\n') {
                        terminated = true;
                        break;
                    }
                    line.write(b);
                }
                lineNumber++;
                AuditRecord record = terminated ? parseLine(line.toByteArray()) : null;
                if (record == null) {
                    if (offset < size || terminated) {
                        throw new StoreException(auditPath + " line " + lineNumber + " is damaged; it is not an audit"
                                + " record written by flag-server. Restore the file from a backup, or remove that line"
                                + " if you know it is not an acknowledged change");
                    }
                    // A last line without its newline was being written when the process died: never acknowledged.
                    LOG.log(Level.WARNING, "{0}: dropping an incomplete last line ({1} bytes) left by a crash;"
                            + " that change was never acknowledged", auditPath, offset - start);
                    auditWriter.truncate(start);
                    auditWriter.force(true);
                    size = start;
                    break;
                }
                long expected = records.isEmpty() ? record.sequence() : records.get(records.size() - 1).sequence() + 1;
                if (record.sequence() != expected || record.sequence() < 1) {
                    throw new StoreException(auditPath + " line " + lineNumber + " has change number "
                            + record.sequence() + " where " + expected + " was expected; the log was edited or two"
                            + " logs were mixed. Restore it from a backup");
                }
                addOffset(start);
                records.add(record);
            }
        }
        auditSize = size;
        return records;
    }

    private static AuditRecord parseLine(byte[] line) {
        try {
            return AuditRecord.fromJson(Json.parse(line));
        } catch (MalformedJsonException | IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    // ---- writing --------------------------------------------------------------------------------------------

    @Override
    public StoreSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public ChangeResult apply(ChangeRequest change) {
        synchronized (writes) {
            StoreSnapshot current = snapshot;
            FlagState state = current.flag(change.flag());
            if (change.expectedVersion() != ChangeRequest.ANY_VERSION && change.expectedVersion() != state.version()) {
                return new ChangeResult.Conflict(state.version());
            }
            if (change.action() == AuditAction.RESET && !state.hasOverride()) {
                return new ChangeResult.NothingToReset(state.version());
            }
            Instant now = clock.instant();
            // Times never go backwards in the log, so a 'since' query can stop at the first older record.
            Instant time = current.lastChange() != null && now.isBefore(current.lastChange()) ? current.lastChange() : now;
            AuditRecord record = new AuditRecord(current.sequence() + 1, time, change.actor(), change.flag(),
                    change.action(), state.override(), change.after(), change.requestId(), change.client());
            appendDurably(record);
            StoreSnapshot next = current.with(record);
            snapshot = next;
            if (checkpointQueued.compareAndSet(false, true)) {
                checkpointer.execute(() -> {
                    checkpointQueued.set(false); // a change after this point queues the next checkpoint
                    checkpoint();
                });
            }
            return new ChangeResult.Committed(record, next);
        }
    }

    private void appendDurably(AuditRecord record) {
        byte[] line = (Json.text(record.toJson()) + "\n").getBytes(StandardCharsets.UTF_8);
        long at = auditSize;
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            long position = at;
            while (buffer.hasRemaining()) {
                position += auditWriter.write(buffer, position);
            }
            auditWriter.force(false);
        } catch (IOException e) {
            failure = "cannot append to " + auditPath + ": " + e;
            try {
                auditWriter.truncate(at); // leave no half line behind for the next record to follow
                auditWriter.force(false);
            } catch (IOException again) {
                failure += "; and cannot truncate it back: " + again;
            }
            throw new StoreException("the change could not be written (" + failure + "); nothing was changed."
                    + " Check free space and permissions of " + directory, e);
        }
        auditSize = at + line.length;
        addOffset(at);
        failure = null;
    }

    /** Brings the state file up to the latest snapshot, if it is behind. */
    private void checkpoint() {
        StoreSnapshot latest = snapshot;
        synchronized (checkpoints) {
            if (latest.sequence() <= checkpointed) {
                return;
            }
            try {
                writeState(latest);
                checkpointed = latest.sequence();
            } catch (IOException e) {
                // Durable all the same: the audit lines are fsynced, and the next start replays them.
                LOG.log(Level.WARNING, "could not update {0} ({1}); the changes are safe in {2} and will be replayed"
                        + " at the next start", statePath, e.toString(), AUDIT_FILE);
            }
        }
    }

    private void writeState(StoreSnapshot state) throws IOException {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        root.put("sequence", state.sequence());
        if (state.lastChange() != null) {
            root.put("lastChange", state.lastChange().toString());
        }
        ObjectNode flags = root.putObject("flags");
        state.flags().forEach((key, flag) -> {
            ObjectNode entry = flags.putObject(key);
            entry.put("version", flag.version());
            entry.set("override", flag.hasOverride() ? Json.parse(flag.override()) : null);
        });
        Path temporary = directory.resolve(STATE_FILE + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(Json.bytes(root));
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temporary, statePath, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory();
    }

    /** Makes the rename durable. Some platforms cannot open a directory; the rename is then as durable as it gets. */
    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // not supported here (e.g. Windows)
        }
    }

    private void addOffset(long offset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = offset;
    }

    // ---- reading the audit log ----------------------------------------------------------------------------

    @Override
    public List<AuditRecord> audit(AuditQuery query) {
        long[] index;
        int n;
        long end;
        synchronized (writes) {
            index = offsets;
            n = count;
            end = auditSize;
        }
        List<AuditRecord> result = new ArrayList<>();
        try {
            for (int i = n - 1; i >= 0 && result.size() < query.limit(); i--) {
                long start = index[i];
                long stop = i + 1 < n ? index[i + 1] : end;
                AuditRecord record = readRecord(start, (int) (stop - start));
                if (query.since() != null && record.time().isBefore(query.since())) {
                    break;
                }
                if (query.matches(record)) {
                    result.add(record);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + auditPath + ": " + e, e);
        }
        return result;
    }

    private AuditRecord readRecord(long start, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long position = start;
        while (buffer.hasRemaining()) {
            int read = auditReader.read(buffer, position);
            if (read < 0) {
                throw new IOException("unexpected end of file at offset " + position);
            }
            position += read;
        }
        return AuditRecord.fromJson(Json.parse(Arrays.copyOf(buffer.array(), length - 1))); // without the newline
    }

    // ---- the rest -------------------------------------------------------------------------------------------

    @Override
    public StoreHealth health() {
        String why = failure;
        if (why != null) {
            return new StoreHealth(StoreHealth.Status.UNREACHABLE, "file", why);
        }
        if (!Files.isWritable(directory)) {
            return new StoreHealth(StoreHealth.Status.UNREACHABLE, "file", "data directory " + directory
                    + " is not writable");
        }
        return new StoreHealth(StoreHealth.Status.OK, "file", directory.toString());
    }

    @Override
    public void subscribe(Consumer<StoreSnapshot> listener) {
        // One writer: every change comes through apply(), whose caller has the result.
    }

    @Override
    public void close() {
        checkpointer.shutdown();
        try {
            checkpointer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (snapshot != null) {
            checkpoint();
        }
        synchronized (writes) {
            closeQuietly(auditWriter);
            closeQuietly(auditReader);
            try {
                lock.release();
            } catch (IOException | RuntimeException e) {
                // closing the channel releases it too
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // nothing more to do at close
        }
    }
}
