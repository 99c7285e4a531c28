package dev.flaglint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One declared flag: its metadata and how it evaluates, by default and per environment.
 *
 * @param key          the flag key
 * @param position     where the key is declared
 * @param metadata     owner, dates, ticket
 * @param targeting    evaluation settings when no environment override applies
 * @param environments environment name to the effective settings there (overrides already merged)
 * @param valid        false when the flag has an error; evaluation then falls back to the caller's default
 * @param variants     the values it can give ({@link Variants#BOOLEAN} unless it declares {@code variants})
 */
public record Flag(String key, Position position, Metadata metadata, Targeting targeting,
                   Map<String, Targeting> environments, boolean valid, Variants variants) {

    /** What a flag key may look like: a letter or digit, then letters, digits, '.', '_' and '-'. */
    public static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public Flag {
        environments = Map.copyOf(environments);
        variants = variants == null ? Variants.BOOLEAN : variants;
    }

    /** A boolean flag (no declared variants). */
    public Flag(String key, Position position, Metadata metadata, Targeting targeting,
                Map<String, Targeting> environments, boolean valid) {
        this(key, position, metadata, targeting, environments, valid, Variants.BOOLEAN);
    }

    /** What the flag's variants hold: {@link ValueType#BOOLEAN} for a flag that declares none. */
    public ValueType valueType() {
        return variants.type();
    }

    /** Whether {@code key} is a valid flag key ({@link #KEY}). */
    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The settings in force in {@code environment} ({@code null} or unknown: the defaults). */
    public Targeting targeting(String environment) {
        if (environment == null) {
            return targeting;
        }
        return Optional.ofNullable(environments.get(environment)).orElse(targeting);
    }

    /**
     * The one answer the flag gives everybody, when it is ready to remove: not permanent, and in its
     * defaults and every environment {@linkplain Targeting#uniformValue() uniform}, with the same answer
     * everywhere. Permanent flags (kill switches, ops toggles) are never ready to remove: being uniform is
     * their normal state.
     */
    public Optional<Boolean> settledValue() {
        return settledVariant().map(variants.values()::get).filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }

    /**
     * The variant the flag gives everybody, when it is ready to remove ({@code on}/{@code off} for a boolean flag):
     * not permanent, and in its defaults and every environment {@linkplain Targeting#uniformVariant() uniform}, with
     * the same variant everywhere.
     */
    public Optional<String> settledVariant() {
        if (metadata.permanent()) {
            return Optional.empty();
        }
        List<Targeting> all = new ArrayList<>();
        all.add(targeting);
        all.addAll(new TreeMap<>(environments).values());
        String variant = null;
        for (Targeting t : all) {
            Optional<String> v = t == null ? Optional.empty() : t.uniformVariant();
            if (v.isEmpty() || (variant != null && !variant.equals(v.get()))) {
                return Optional.empty();
            }
            variant = v.get();
        }
        return Optional.ofNullable(variant).filter(variants::contains);
    }
}
