package dev.flaglint.lint.model;

import java.util.Map;
import java.util.Set;

/**
 * A method whose parameter flows unchanged into a flag API's key: it is a flag API itself.
 *
 * @param type       the declaring type
 * @param method     the method's name
 * @param parameter  the parameter's index (the wrapper's key argument)
 * @param arity      how many parameters the method has, or -1 for varargs
 * @param wraps      the API it calls
 * @param wrapsMethod the API method it calls
 * @param file       where it is declared (display path)
 * @param line       the line of the wrapped call
 */
public record WrapperCandidate(String type, String method, int parameter, int arity, FlagApi wraps,
                               String wrapsMethod, String file, int line) {

    /**
     * The wrapper as an API on {@code receiverType} (its own type, or a supertype declaring the method). It reads
     * the flag as the method it wraps does, when that is one fixed type.
     */
    public FlagApi asApi(String receiverType) {
        ValueRead read = wraps.reads().get(wrapsMethod);
        Map<String, ValueRead> reads = read != null && read.kind() != null ? Map.of(method, read) : Map.of();
        return new FlagApi(receiverType, Set.of(method), parameter, false, wraps.enumKey(), ApiOrigin.WRAPPER, arity,
                receiverType.equals(type), reads);
    }
}
