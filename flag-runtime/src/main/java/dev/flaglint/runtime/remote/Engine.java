package dev.flaglint.runtime.remote;

import dev.flaglint.model.Metadata;
import dev.flaglint.runtime.Evaluation;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How {@link RemoteFlags} answers, one per {@link Mode}. Evaluation never throws. */
interface Engine extends AutoCloseable {

    Evaluation evaluate(String key, Map<String, ?> context, boolean defaultValue);

    Optional<Metadata> metadata(String key);

    /** Starts following the service; waits at most {@code wait} for its first answer. */
    void start(Duration wait);

    @Override
    void close();
}
