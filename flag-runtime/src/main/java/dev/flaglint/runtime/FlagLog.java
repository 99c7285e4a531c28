package dev.flaglint.runtime;

import dev.flaglint.model.Spelling;
import dev.flaglint.model.Variants;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The mistakes in how code uses one flag that evaluation cannot fail on but must not hide: asking it as the
 * wrong type, and a context without the rollout unit. Each is logged once per loaded flag, never per call;
 * the only mutable state are the two once-latches.
 */
final class FlagLog {

    private static final System.Logger LOG = System.getLogger(FlagLog.class.getPackageName());
    /** A context's attribute names listed in a message: enough to spot a typo, not a dump. */
    private static final int MAX_NAMES = 20;

    private final String key;
    private final Variants variants;
    private final AtomicBoolean typeMismatchLogged = new AtomicBoolean();
    private final AtomicBoolean missingUnitLogged = new AtomicBoolean();

    FlagLog(String key, Variants variants) {
        this.key = key;
        this.variants = variants;
    }

    /** Code asked the flag for a value of another type ({@code asked}: "a string"); it gets its default. */
    void typeMismatch(String asked) {
        if (typeMismatchLogged.get() || !typeMismatchLogged.compareAndSet(false, true)) {
            return;
        }
        LOG.log(Level.WARNING, "flag ''{0}'' is {1} flag (variants {2}), but code asked for {3}; it gets the"
                        + " default it passed (error TYPE_MISMATCH). Ask with the method for its type, or change its"
                        + " variants. Logged once per flag.", key,
                variants.type().withArticle(), variants.describe(), asked);
    }

    /**
     * A context with attributes but no rollout unit: not in the rollout. A context with no attributes at all
     * ({@code isEnabled(key)}) asks for the everyone-else answer on purpose and is not logged.
     *
     * @param unit     the unit attribute
     * @param fallback whether the targeting key would have served (the flag does not say {@code rollout_by})
     * @param answer   what such a context gets, for the message
     */
    void missingUnit(String unit, boolean fallback, Map<String, ?> context, Object answer) {
        if (missingUnitLogged.get()) {
            return;
        }
        List<String> names = new ArrayList<>();
        try {
            if (context.isEmpty()) {
                return;
            }
            for (Object name : context.keySet()) {
                names.add(String.valueOf(name));
                if (names.size() == MAX_NAMES) {
                    names.add("...");
                    break;
                }
            }
        } catch (RuntimeException e) {
            return; // a context that cannot be listed is not worth failing the evaluation for
        }
        if (!missingUnitLogged.compareAndSet(false, true)) {
            return;
        }
        String hint = Spelling.closest(unit, names).map(n -> " Did you mean '" + n + "'? The attribute is '" + unit
                + "'.").orElse("");
        LOG.log(Level.WARNING, "flag ''{0}'' rolls out by ''{1}''{2}, and a context had {3} (its attributes: {4}); such"
                        + " a context is not in the rollout and gets {5} (reason DEFAULT).{6} Logged once per flag.",
                key, unit, fallback ? " (or the targeting key)" : "",
                fallback ? "neither" : "no '" + unit + "'", String.join(", ", names), answer, hint);
    }
}
