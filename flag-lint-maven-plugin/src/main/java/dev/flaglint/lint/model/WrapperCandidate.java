package dev.flaglint.lint.model;

import java.util.Map;
import java.util.Set;

/**
 * A method whose parameter flows into a flag API's key, unchanged or with text around it: it is a flag API
 * itself. So is an enum's method that evaluates the enum's own key ({@code Feature.X.isActive(flags)}).
 *
 * @param type       the declaring type
 * @param method     the method's name
 * @param parameter  the parameter's index (the wrapper's key argument), or -1 when the key is the receiver's
 *                   {@code enumMember}
 * @param arity      how many parameters the method has, or -1 for varargs
 * @param wraps      the API it calls
 * @param wrapsMethod the API method it calls
 * @param file       where it is declared (display path)
 * @param line       the line of the wrapped call
 * @param affix      what the method puts around its parameter before passing it on
 * @param enumMember the member of the enum constant (the receiver, or the parameter) that the method passes as
 *                   the key ({@code id}, {@code getKey()}, {@code name()}); {@code null} when it passes the
 *                   parameter itself
 * @param kind       what the wrapped call does (a test helper's stubs and verifies)
 */
public record WrapperCandidate(String type, String method, int parameter, int arity, FlagApi wraps,
                               String wrapsMethod, String file, int line, KeyAffix affix, String enumMember,
                               CallKind kind) {

    public WrapperCandidate {
        affix = affix == null ? KeyAffix.NONE : affix;
        kind = kind == null ? CallKind.CALL : kind;
    }

    /** A method passing its parameter on unchanged to a call that evaluates the flag. */
    public WrapperCandidate(String type, String method, int parameter, int arity, FlagApi wraps, String wrapsMethod,
                            String file, int line) {
        this(type, method, parameter, arity, wraps, wrapsMethod, file, line, KeyAffix.NONE, null, CallKind.CALL);
    }

    /** Whether callers name the flag by the receiver, an enum constant: {@code Feature.X.isActive(flags)}. */
    public boolean keyIsReceiver() {
        return parameter < 0;
    }

    /**
     * The wrapper as an API on {@code receiverType} (its own type, or a supertype declaring the method). It reads
     * the flag as the method it wraps does, when that is one fixed type, completes the key as both add up to,
     * and its calls stub or verify when the wrapped call does.
     */
    public FlagApi asApi(String receiverType) {
        ValueRead read = wraps.reads().get(wrapsMethod);
        Map<String, ValueRead> reads = read != null && read.kind() != null ? Map.of(method, read) : Map.of();
        CallKind callKind = kind != CallKind.CALL ? kind : wraps.kind();
        if (keyIsReceiver()) {
            return new FlagApi(receiverType, Set.of(method), 0, true, FlagApi.EnumKey.MEMBER, ApiOrigin.WRAPPER, arity,
                    receiverType.equals(type), reads, enumMember, affix.within(wraps.affix()), callKind);
        }
        if (enumMember != null) {
            return new FlagApi(receiverType, Set.of(method), parameter, false, FlagApi.EnumKey.MEMBER,
                    ApiOrigin.WRAPPER, arity, receiverType.equals(type), reads, enumMember, affix.within(wraps.affix()),
                    callKind);
        }
        return new FlagApi(receiverType, Set.of(method), parameter, false, wraps.enumKey(), ApiOrigin.WRAPPER, arity,
                receiverType.equals(type), reads, wraps.enumMember(), affix.within(wraps.affix()), callKind);
    }
}
