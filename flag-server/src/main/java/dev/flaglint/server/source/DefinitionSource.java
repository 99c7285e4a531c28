package dev.flaglint.server.source;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The flag definitions in force, and their changes. Implementations are thread-safe.
 */
public interface DefinitionSource extends AutoCloseable {

    /** The version in force: always valid. */
    Definitions current();

    /** A newer version that was refused because it has errors, if the file is in that state now. */
    Optional<RejectedVersion> rejected();

    /** Where the definitions come from, for messages ({@code flags.yaml}'s path). */
    String location();

    /** Calls {@code listener} with each new version after it is in force. */
    void subscribe(Consumer<Definitions> listener);

    /** Stops watching. */
    @Override
    void close();
}
