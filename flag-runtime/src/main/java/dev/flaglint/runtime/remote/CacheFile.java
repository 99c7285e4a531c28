package dev.flaglint.runtime.remote;

import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Problem;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The last definitions the service gave, on disk, so that a restart during an outage answers as the service last
 * did. Written whole or not at all (a temporary file beside it, flushed to disk, renamed over it), readable by the
 * owner only; one that cannot be used when read is ignored with one log line and replaced at the next sync.
 */
final class CacheFile {

    private final Path path;
    private final AtomicBoolean writeFailureLogged = new AtomicBoolean();

    CacheFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** The cached definitions, if the file is there and usable. Never throws. */
    Optional<FlagsFile> read() {
        byte[] bytes;
        try {
            bytes = FlagsFile.readBytes(path);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            ignored("it cannot be read (" + e.getMessage() + ")");
            return Optional.empty();
        }
        FlagsFile file = FlagsFile.parse(path.toString(), bytes, Format.JSON);
        Optional<Problem> error = file.problems().stream().filter(Problem::isError).findFirst();
        if (error.isPresent()) {
            ignored("it is not a usable flags snapshot: " + error.get());
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private void ignored(String why) {
        ServiceHealth.LOG.log(Level.WARNING, "cache file {0} ignored: {1}. It is replaced when the flag service next"
                + " answers", path, why);
    }

    /** Replaces the file with {@code content} atomically; a failure is logged once and changes nothing else. */
    void write(byte[] content) {
        Path directory = path.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            // createTempFile makes it readable by the owner only: the rules may name users
            temporary = Files.createTempFile(directory, "." + path.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            syncDirectory(directory);
            writeFailureLogged.set(false);
        } catch (IOException | RuntimeException e) {
            if (writeFailureLogged.compareAndSet(false, true)) {
                ServiceHealth.LOG.log(Level.WARNING, "cannot write cache file {0} ({1}); a restart during an outage"
                        + " will answer from the bootstrap file instead. Logged once until a write succeeds", path, e);
            }
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do: the next write makes a new one
                }
            }
        }
    }

    /** Makes the rename durable where the platform allows it (not on Windows). */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // a platform that cannot open a directory: the rename is as durable as it makes it
        }
    }
}
