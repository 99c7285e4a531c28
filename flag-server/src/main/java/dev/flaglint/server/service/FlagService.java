package dev.flaglint.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.source.DefinitionSource;
import dev.flaglint.server.source.Definitions;
import dev.flaglint.server.store.AuditAction;
import dev.flaglint.server.store.AuditQuery;
import dev.flaglint.server.store.AuditRecord;
import dev.flaglint.server.store.ChangeRequest;
import dev.flaglint.server.store.ChangeResult;
import dev.flaglint.server.store.OverrideStore;
import dev.flaglint.server.store.StoreSnapshot;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The flag service: the configuration in force, and the changes to it. A new file version (from the
 * {@link DefinitionSource}) re-applies every override; a committed override is in force before its request
 * is answered. Configurations are swapped atomically; changes are serialized, and listeners hear of each
 * in order.
 */
public final class FlagService {

    private static final System.Logger LOG = System.getLogger(FlagService.class.getName());

    private final DefinitionSource source;
    private final OverrideStore store;
    private final String defaultEnvironment;
    private final List<Consumer<ConfigurationChange>> listeners = new CopyOnWriteArrayList<>();
    private volatile FlagConfiguration current;

    public FlagService(DefinitionSource source, OverrideStore store, String defaultEnvironment) {
        this.source = source;
        this.store = store;
        this.defaultEnvironment = defaultEnvironment;
        this.current = FlagConfiguration.build(DefinitionTree.of(source.current()), store.snapshot(),
                defaultEnvironment);
        reportInert(current, null);
        source.subscribe(this::definitionsChanged);
        store.subscribe(this::storeChanged);
    }

    /** The configuration in force; hold on to it for one whole answer. */
    public FlagConfiguration configuration() {
        return current;
    }

    /** Calls {@code listener} after each change, in order, on the thread that made it: it must not block. */
    public void subscribe(Consumer<ConfigurationChange> listener) {
        listeners.add(listener);
    }

    // ---- overrides ------------------------------------------------------------------------------------------

    /**
     * Replaces {@code key}'s evaluation fields with {@code body} (validated by the flags-file model), if the
     * flag's version is {@code expectedVersion} ({@link ChangeRequest#ANY_VERSION}: any).
     *
     * @throws dev.flaglint.server.store.StoreException when the store cannot write; nothing changed
     */
    public synchronized OverrideResult putOverride(String key, JsonNode body, long expectedVersion, ChangeOrigin origin) {
        FlagConfiguration config = current;
        var fileFlag = config.tree().flag(key);
        if (fileFlag == null) {
            return new OverrideResult.NotDeclared(key);
        }
        List<FieldProblem> problems = OverrideValidator.check(key, body, fileFlag);
        if (!problems.isEmpty()) {
            return new OverrideResult.Invalid(problems);
        }
        return commit(new ChangeRequest(key, AuditAction.OVERRIDE, Json.text(body), expectedVersion, origin.actor(),
                origin.requestId(), origin.client()));
    }

    /**
     * Removes {@code key}'s override: it evaluates as flags.yaml says again. Works for a flag the file no longer
     * declares too, to clean up its inert override.
     */
    public synchronized OverrideResult resetOverride(String key, long expectedVersion, ChangeOrigin origin) {
        FlagConfiguration config = current;
        if (!config.declares(key) && !config.state(key).hasOverride()) {
            return new OverrideResult.NotDeclared(key);
        }
        return commit(new ChangeRequest(key, AuditAction.RESET, null, expectedVersion, origin.actor(),
                origin.requestId(), origin.client()));
    }

    private OverrideResult commit(ChangeRequest change) {
        ChangeResult result = store.apply(change);
        if (result instanceof ChangeResult.Conflict conflict) {
            return new OverrideResult.Conflict(conflict.currentVersion());
        }
        if (result instanceof ChangeResult.NothingToReset nothing) {
            return new OverrideResult.NoOverride(nothing.currentVersion());
        }
        ChangeResult.Committed committed = (ChangeResult.Committed) result;
        install(FlagConfiguration.build(current.tree(), committed.snapshot(), defaultEnvironment),
                Set.of(change.flag()));
        AuditRecord record = committed.record();
        LOG.log(Level.INFO, "flag ''{0}'': {1} by {2} (version {3}, request {4})", record.flag(),
                record.action().wireName(), record.actor(), record.sequence(), record.requestId());
        return new OverrideResult.Changed(record);
    }

    /** Audit records, newest first. */
    public List<AuditRecord> audit(AuditQuery query) {
        return store.audit(query);
    }

    // ---- changes from outside ---------------------------------------------------------------------------------

    private synchronized void definitionsChanged(Definitions definitions) {
        FlagConfiguration previous = current;
        FlagConfiguration next = FlagConfiguration.build(DefinitionTree.of(definitions), previous.store(),
                defaultEnvironment);
        reportInert(next, previous);
        install(next, next.changedSince(previous));
    }

    private synchronized void storeChanged(StoreSnapshot snapshot) {
        FlagConfiguration previous = current;
        if (snapshot.sequence() <= previous.storeSequence()) {
            return; // already in force (our own change, or an older notification)
        }
        FlagConfiguration next = FlagConfiguration.build(previous.tree(), snapshot, defaultEnvironment);
        install(next, next.changedSince(previous));
    }

    private void install(FlagConfiguration next, Set<String> changed) {
        current = next;
        ConfigurationChange change = new ConfigurationChange(next.version(), next.lastModified(), changed);
        for (Consumer<ConfigurationChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a change listener failed", e);
            }
        }
    }

    /** Logs overrides that do nothing, once when they become inert. */
    private static void reportInert(FlagConfiguration next, FlagConfiguration previous) {
        for (String key : next.orphanOverrides()) {
            if (previous == null || !previous.orphanOverrides().contains(key)) {
                LOG.log(Level.WARNING, "flag ''{0}'' has an override but is no longer declared in the flags file;"
                        + " the override is kept but does nothing. Declare the flag again, or remove the override:"
                        + " DELETE /flags/{0}/override", key);
            }
        }
        next.invalidOverrides().forEach((key, problem) -> {
            if (previous == null || !previous.invalidOverrides().containsKey(key)) {
                LOG.log(Level.WARNING, "the override of flag ''{0}'' is not valid ({1}); the flag evaluates as the"
                        + " flags file says. Replace it with PUT /flags/{0}", key, problem);
            }
        });
    }

    // ---- health -----------------------------------------------------------------------------------------------

    public Readiness readiness() {
        FlagConfiguration config = current;
        Definitions definitions = config.tree().definitions();
        return new Readiness(source.location(), definitions.version(), definitions.loadedAt(),
                definitions.file().flags().size(), source.rejected(), store.health(), config.orphanOverrides(),
                config.invalidOverrides());
    }
}
