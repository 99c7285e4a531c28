package dev.flaglint.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Who a flag is evaluated for: an immutable context with a targeting key and typed attributes, accepted wherever a
 * {@code Map} context is (it is an unmodifiable {@code Map<String, Object>}).
 *
 * <pre>{@code
 * FlagContext user = FlagContext.targeting("user-42").with("plan", "enterprise").with("beta", true).with("age", 42);
 * flags.isEnabled("new-checkout", user);
 * }</pre>
 *
 * <p>The targeting key is the attribute {@value #TARGETING_KEY} (as in OpenFeature). It identifies the unit of a
 * rollout that does not name one: a flag without {@code rollout_by} rolls a context out by its {@code user_id},
 * else by its targeting key. Attribute values are {@code String}, {@code Boolean}, {@code Long} or
 * {@code Double}; a {@code null} value leaves the attribute out (so {@code targeting(request.user())} is fine for
 * anonymous requests). Each {@code with} returns a new context: build it once per request, outside the flag calls.
 * Looking an attribute up allocates nothing.
 */
public final class FlagContext extends AbstractMap<String, Object> {

    /** The attribute that holds the targeting key, OpenFeature's name for it. */
    public static final String TARGETING_KEY = "targetingKey";

    private static final FlagContext EMPTY = new FlagContext(new String[0], new Object[0]);

    /*
     * Attributes in two parallel arrays, in the order they were added. Names are interned, as are the attributes
     * compiled flags read, so an evaluation finds an attribute by identity alone (see read): a scan of a few
     * references, no hashing, no division, no char compare even when the attribute is missing.
     */
    private final String[] names;
    private final Object[] values;

    private FlagContext(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** No attributes: flags give their "everyone else" answer. */
    public static FlagContext empty() {
        return EMPTY;
    }

    /** A context whose targeting key is {@code targetingKey} ({@code null} or empty: none). */
    public static FlagContext targeting(String targetingKey) {
        return EMPTY.with(TARGETING_KEY, targetingKey);
    }

    /** The attributes of {@code attributes} (entries with a {@code null} name or value are left out). */
    public static FlagContext of(Map<String, ?> attributes) {
        if (attributes instanceof FlagContext context) {
            return context;
        }
        FlagContext result = EMPTY;
        if (attributes != null) {
            for (Map.Entry<String, ?> e : attributes.entrySet()) {
                if (e.getKey() != null && !e.getKey().isEmpty()) {
                    result = result.set(e.getKey(), e.getValue());
                }
            }
        }
        return result;
    }

    /** This context with another targeting key ({@code null} or empty: none). */
    public FlagContext withTargetingKey(String targetingKey) {
        return with(TARGETING_KEY, targetingKey);
    }

    /** This context with attribute {@code name} set to {@code value} ({@code null} or empty text: removed). */
    public FlagContext with(String name, String value) {
        return set(name, value == null || value.isEmpty() ? null : value);
    }

    /** This context with attribute {@code name} set to {@code value}. */
    public FlagContext with(String name, boolean value) {
        return set(name, value);
    }

    /** This context with attribute {@code name} set to the whole number {@code value} (an {@code int} widens to it). */
    public FlagContext with(String name, long value) {
        return set(name, value);
    }

    /** This context with attribute {@code name} set to {@code value}. */
    public FlagContext with(String name, double value) {
        return set(name, value);
    }

    /** The targeting key, or {@code null}. */
    public String targetingKey() {
        Object key = get(TARGETING_KEY);
        return key == null ? null : key.toString();
    }

    private FlagContext set(String name, Object value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a context attribute needs a name");
        }
        String interned = name.intern();
        int slot = slot(interned);
        if (value == null) {
            if (slot < 0) {
                return this;
            }
            String[] n = new String[names.length - 1];
            Object[] v = new Object[values.length - 1];
            System.arraycopy(names, 0, n, 0, slot);
            System.arraycopy(names, slot + 1, n, slot, names.length - slot - 1);
            System.arraycopy(values, 0, v, 0, slot);
            System.arraycopy(values, slot + 1, v, slot, values.length - slot - 1);
            return new FlagContext(n, v);
        }
        String[] n = slot < 0 ? Arrays.copyOf(names, names.length + 1) : names.clone();
        Object[] v = slot < 0 ? Arrays.copyOf(values, values.length + 1) : values.clone();
        int at = slot < 0 ? names.length : slot;
        n[at] = interned;
        v[at] = value;
        return new FlagContext(n, v);
    }

    private int slot(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The value of attribute {@code internedName} in {@code context}, as {@code context.get} gives it: for a
     * FlagContext found by identity, since both its names and {@code internedName} are interned (the caller's
     * promise; compiled flags intern every attribute they read).
     */
    static Object read(Map<String, ?> context, String internedName) {
        return context instanceof FlagContext flagContext ? flagContext.valueOf(internedName)
                : context.get(internedName);
    }

    private Object valueOf(String internedName) {
        String[] names = this.names;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == internedName) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public Object get(Object name) {
        int slot = slot(name);
        return slot < 0 ? null : values[slot];
    }

    @Override
    public boolean containsKey(Object name) {
        return slot(name) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean isEmpty() {
        return names.length == 0;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
