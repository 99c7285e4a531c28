package dev.flaglint.openfeature;

import dev.flaglint.model.Metadata;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.Flags;
import dev.flaglint.runtime.FlagsListener;
import dev.flaglint.runtime.FlagsStatus;
import dev.flaglint.runtime.ObservableFlags;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.EventProvider;
import dev.openfeature.sdk.ImmutableMetadata;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.ProviderEventDetails;
import dev.openfeature.sdk.Value;
import dev.openfeature.sdk.exceptions.GeneralError;

import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An OpenFeature provider over any flag-runtime {@link Flags}: a flags file ({@link FeatureFlags}), a followed file
 * ({@code FeatureFlags.watch}) or a flag service ({@code RemoteFlags}).
 *
 * <pre>{@code
 * OpenFeatureAPI.getInstance().setProviderAndWait(new FlagLintProvider(FeatureFlags.fromClasspath()));
 * Client client = OpenFeatureAPI.getInstance().getClient();
 * String color = client.getStringValue("checkout-button", "blue", new ImmutableContext("user-42"));
 * }</pre>
 *
 * <p>Every typed evaluation is flag-runtime's (its value, variant and reason; its error codes as OpenFeature's, with
 * the caller's default), and carries the flag's {@code owner}, {@code expires} (or {@code permanent}) and
 * {@code ticket} as flag metadata. The targeting key is the context's {@code targetingKey} attribute, which
 * flag-runtime rolls out by when a flag does not say {@code rollout_by} and the context has no {@code user_id}.
 * Over {@link ObservableFlags} it emits READY, STALE and ERROR as their status changes, and CONFIGURATION_CHANGED
 * with the keys of the flags that changed. It does not close the flags it was given: the application that made them
 * does.
 */
public final class FlagLintProvider extends EventProvider {

    /** The provider's name in OpenFeature's metadata. */
    public static final String NAME = "flag-lint";

    private final Flags flags;
    private final FlagsListener listener = new Events();
    /** Per declared flag, its metadata as OpenFeature's; rebuilt after a change. */
    private final Map<String, ImmutableMetadata> metadata = new ConcurrentHashMap<>();
    /**
     * A STALE status found at start, to emit at the first evaluation: the SDK marks a provider READY once
     * {@link #initialize} returns, so an event emitted before that would be overwritten.
     */
    private final AtomicReference<String> staleAtStart = new AtomicReference<>();
    private final Object emitting = new Object();

    public FlagLintProvider(Flags flags) {
        this.flags = Objects.requireNonNull(flags, "flags");
    }

    @Override
    public dev.openfeature.sdk.Metadata getMetadata() {
        return () -> NAME;
    }

    /**
     * Starts listening to the flags' changes. Fails (the SDK then marks the provider ERROR, and evaluations still
     * answer) when there are no flags from their source: a file that could not be read, a service never reached.
     */
    @Override
    public void initialize(EvaluationContext context) {
        if (flags instanceof ObservableFlags observable) {
            observable.addListener(listener);
            FlagsStatus status = observable.status();
            if (status == FlagsStatus.ERROR) {
                throw new GeneralError(observable.statusDetail());
            }
            if (status == FlagsStatus.STALE) {
                staleAtStart.set(observable.statusDetail());
            }
        } else if (flags instanceof FeatureFlags file && !file.isReadable()) {
            throw new GeneralError(file.source() + " could not be read, so every flag answers the caller's default: "
                    + file.problems().stream().findFirst().map(Object::toString).orElse("unreadable"));
        }
    }

    /** Stops listening; the flags stay open (their owner closes them). */
    @Override
    public void shutdown() {
        if (flags instanceof ObservableFlags observable) {
            observable.removeListener(listener);
        }
        super.shutdown();
    }

    @Override
    public ProviderEvaluation<Boolean> getBooleanEvaluation(String key, Boolean defaultValue, EvaluationContext ctx) {
        boolean dflt = defaultValue != null && defaultValue;
        Evaluation e = flags.booleanDetails(key, context(ctx), dflt);
        return answer(key, e, e.isError() ? defaultValue : (Boolean) e.value(), "a boolean");
    }

    @Override
    public ProviderEvaluation<String> getStringEvaluation(String key, String defaultValue, EvaluationContext ctx) {
        Evaluation e = flags.stringDetails(key, context(ctx), defaultValue);
        return answer(key, e, e.isError() ? defaultValue : (String) e.value(), "a string");
    }

    @Override
    public ProviderEvaluation<Integer> getIntegerEvaluation(String key, Integer defaultValue, EvaluationContext ctx) {
        Evaluation e = flags.intDetails(key, context(ctx), defaultValue == null ? 0 : defaultValue);
        return answer(key, e, e.isError() ? defaultValue : (Integer) ((Number) e.value()).intValue(),
                "a whole number an int holds");
    }

    @Override
    public ProviderEvaluation<Double> getDoubleEvaluation(String key, Double defaultValue, EvaluationContext ctx) {
        Evaluation e = flags.doubleDetails(key, context(ctx), defaultValue == null ? 0 : defaultValue);
        return answer(key, e, e.isError() ? defaultValue : (Double) ((Number) e.value()).doubleValue(), "a number");
    }

    /** Any flag as a {@link Value}: an object flag as a structure, others as their value. */
    @Override
    public ProviderEvaluation<Value> getObjectEvaluation(String key, Value defaultValue, EvaluationContext ctx) {
        Evaluation e = flags.evaluate(key, context(ctx), false);
        return answer(key, e, e.isError() ? defaultValue : Values.of(e.value()), "a value");
    }

    private Map<String, ?> context(EvaluationContext ctx) {
        if (staleAtStart.get() != null) {
            emitStaleAtStart();
        }
        return Contexts.of(ctx);
    }

    private <T> ProviderEvaluation<T> answer(String key, Evaluation e, T value, String asked) {
        ProviderEvaluation.ProviderEvaluationBuilder<T, ?, ?> answer = ProviderEvaluation.<T>builder().value(value)
                .variant(e.variant()).reason(Vocabulary.reason(e.reason())).flagMetadata(metadata(key));
        if (e.isError()) {
            answer.errorCode(Vocabulary.errorCode(e.errorCode()))
                    .errorMessage(Vocabulary.message(key, e.errorCode(), asked));
        }
        return answer.build();
    }

    /** owner, expires (or permanent: true), ticket: what OpenFeature hooks and UIs show beside an evaluation. */
    private ImmutableMetadata metadata(String key) {
        ImmutableMetadata known = key == null ? null : metadata.get(key);
        if (known != null) {
            return known;
        }
        Metadata m = key == null ? null : flags.metadata(key).orElse(null);
        if (m == null) {
            return ImmutableMetadata.builder().build(); // an unknown key is not remembered: keys may come from input
        }
        ImmutableMetadata.ImmutableMetadataBuilder built = ImmutableMetadata.builder();
        if (m.owner() != null) {
            built.addString("owner", m.owner());
        }
        if (m.permanent()) {
            built.addBoolean("permanent", true);
        } else if (m.expires() != null) {
            built.addString("expires", m.expires().toString());
        }
        if (m.ticket() != null) {
            built.addString("ticket", m.ticket());
        }
        ImmutableMetadata result = built.build();
        metadata.put(key, result);
        return result;
    }

    private void emitStaleAtStart() {
        synchronized (emitting) {
            String detail = staleAtStart.getAndSet(null);
            if (detail != null) {
                emitProviderStale(ProviderEventDetails.builder().message(detail).build());
            }
        }
    }

    /** The flags' events as OpenFeature's. */
    private final class Events implements FlagsListener {

        @Override
        public void flagsChanged(Set<String> keys) {
            metadata.clear();
            emitProviderConfigurationChanged(ProviderEventDetails.builder().flagsChanged(new ArrayList<>(
                    new TreeSet<>(keys))).message(keys.size() + " flag(s) changed").build());
        }

        @Override
        public void statusChanged(FlagsStatus status, String detail) {
            synchronized (emitting) {
                staleAtStart.set(null);
                ProviderEventDetails details = ProviderEventDetails.builder().message(detail).build();
                switch (status) {
                    case READY -> emitProviderReady(details);
                    case STALE -> emitProviderStale(details);
                    case ERROR -> emitProviderError(ProviderEventDetails.builder().message(detail)
                            .errorCode(dev.openfeature.sdk.ErrorCode.GENERAL).build());
                }
            }
        }
    }
}
