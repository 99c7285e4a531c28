package dev.flaglint.lint.model;

import java.util.Map;
import java.util.Set;

/**
 * A method family that takes a flag key: calls of {@code methods} on a receiver of {@code type}
 * (fully qualified; a subtype declared in the scanned sources counts too).
 *
 * @param type        the receiver type
 * @param methods     method names
 * @param keyArgument which argument is the key (0-based); ignored when {@code keyIsReceiver}
 * @param keyIsReceiver the receiver itself is the key: an enum constant, as in Togglz's {@code Features.X.isActive()}
 * @param enumKey     how an enum constant passed as key becomes a key string
 * @param origin      where the API comes from, for reports
 * @param arity       the number of arguments a call must have, or -1 for any (a wrapper's overloads may
 *                    take the key elsewhere, or not at all)
 * @param matchSubtypes whether receivers declared as a subtype match too; not for a wrapper seen through
 *                    an interface, whose other implementations are not wrappers
 * @param reads       per method, the type it reads the flag's value as (rule {@code type-mismatch}); a method
 *                    not listed reads any type
 * @param enumMember  for {@link EnumKey#MEMBER}, the enum's field ({@code id}) or no-argument method
 *                    ({@code getKey()}) whose value is the key; else {@code null}
 * @param affix       what the API puts around the key it is given (a wrapper's {@code key + "." + env})
 * @param kind        what a call of it does: {@link CallKind#CALL} but for a test helper that stubs or verifies
 */
public record FlagApi(String type, Set<String> methods, int keyArgument, boolean keyIsReceiver, EnumKey enumKey,
                      ApiOrigin origin, int arity, boolean matchSubtypes, Map<String, ValueRead> reads,
                      String enumMember, KeyAffix affix, CallKind kind) {

    /** How an enum constant names its flag. */
    public enum EnumKey {
        /** The constant's name: {@code FEATURE_X}. */
        NAME,
        /** The constant's first String constructor argument: {@code FEATURE_X("feature_x")}. */
        ARGUMENT,
        /** What a member of the enum evaluates to for the constant: its {@code id} field, its {@code getKey()}. */
        MEMBER
    }

    /** How flag-runtime's {@code Flags} methods read a flag; {@code evaluate} and {@code variant} read any type. */
    public static final Map<String, ValueRead> FLAG_RUNTIME_READS = Map.ofEntries(
            Map.entry("isEnabled", ValueRead.as(ValueKind.BOOLEAN)),
            Map.entry("booleanDetails", ValueRead.as(ValueKind.BOOLEAN)),
            Map.entry("stringValue", ValueRead.as(ValueKind.STRING)),
            Map.entry("stringDetails", ValueRead.as(ValueKind.STRING)),
            Map.entry("intValue", ValueRead.as(ValueKind.INTEGER)),
            Map.entry("intDetails", ValueRead.as(ValueKind.INTEGER)),
            Map.entry("doubleValue", ValueRead.as(ValueKind.NUMBER)),
            Map.entry("doubleDetails", ValueRead.as(ValueKind.NUMBER)),
            Map.entry("value", ValueRead.classArgument(2)),
            Map.entry("valueDetails", ValueRead.classArgument(2)));
    /** The methods of flag-runtime's {@code Flags} that take a flag key (argument 0). */
    public static final Set<String> FLAG_RUNTIME_METHODS = flagRuntimeMethods();

    /** flag-runtime's snapshot class, {@code FeatureFlags}: what most code declares its receiver as. */
    public static final FlagApi FLAG_RUNTIME = flagRuntime("dev.flaglint.runtime.FeatureFlags");

    /** An API for calls of any arity, on the type or any subtype, whose methods read any type. */
    public FlagApi(String type, Set<String> methods, int keyArgument, boolean keyIsReceiver, EnumKey enumKey,
                   ApiOrigin origin) {
        this(type, methods, keyArgument, keyIsReceiver, enumKey, origin, -1, true, Map.of());
    }

    /** An API whose methods read any type. */
    public FlagApi(String type, Set<String> methods, int keyArgument, boolean keyIsReceiver, EnumKey enumKey,
                   ApiOrigin origin, int arity, boolean matchSubtypes) {
        this(type, methods, keyArgument, keyIsReceiver, enumKey, origin, arity, matchSubtypes, Map.of());
    }

    /** An API that takes the key as it is given and whose calls evaluate it. */
    public FlagApi(String type, Set<String> methods, int keyArgument, boolean keyIsReceiver, EnumKey enumKey,
                   ApiOrigin origin, int arity, boolean matchSubtypes, Map<String, ValueRead> reads) {
        this(type, methods, keyArgument, keyIsReceiver, enumKey, origin, arity, matchSubtypes, reads, null,
                KeyAffix.NONE, CallKind.CALL);
    }

    public FlagApi {
        methods = Set.copyOf(methods);
        reads = reads == null ? Map.of() : Map.copyOf(reads);
        affix = affix == null ? KeyAffix.NONE : affix;
        kind = kind == null ? CallKind.CALL : kind;
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a flag API needs a <type>, the receiver's fully qualified class name");
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("flag API " + type + " needs <methods>, e.g. isEnabled,isOn");
        }
        if (keyArgument < 0) {
            throw new IllegalArgumentException("flag API " + type + ": <keyArgument> must be 0 or more");
        }
        if (enumKey == null) {
            enumKey = EnumKey.NAME;
        }
        if ((enumKey == EnumKey.MEMBER) != (enumMember != null)) {
            throw new IllegalArgumentException("flag API " + type + ": an enum member names the key exactly when"
                    + " <enumKey> is member");
        }
    }

    /** flag-runtime's {@code Flags} methods on {@code type} (the interface or one of its implementations). */
    public static FlagApi flagRuntime(String type) {
        return new FlagApi(type, FLAG_RUNTIME_METHODS, 0, false, EnumKey.NAME, ApiOrigin.FLAG_RUNTIME, -1, true,
                FLAG_RUNTIME_READS);
    }

    private static Set<String> flagRuntimeMethods() {
        Set<String> methods = new java.util.TreeSet<>(FLAG_RUNTIME_READS.keySet());
        methods.addAll(Set.of("evaluate", "variant"));
        return Set.copyOf(methods);
    }

    /** An API whose key is a String (or enum) argument. */
    public static FlagApi of(String type, Set<String> methods, int keyArgument, ApiOrigin origin) {
        return new FlagApi(type, methods, keyArgument, false, EnumKey.NAME, origin);
    }

    /** Whether a call with {@code arguments} arguments can be a call of this API. */
    public boolean acceptsArity(int arguments) {
        return (arity < 0 || arguments == arity) && (keyIsReceiver || arguments > keyArgument);
    }

    /** {@code Type#method} for reports. */
    public String describe(String method) {
        return type + "#" + method;
    }
}
