package dev.flaglint.lint.scan;

import dev.flaglint.lint.FlagApi;

/**
 * A method whose parameter flows unchanged into a flag API's key: it is a flag API itself.
 *
 * @param type       the declaring type
 * @param method     the method's name
 * @param parameter  the parameter's index (the wrapper's key argument)
 * @param wraps      the API it calls
 * @param file       where it is declared (display path)
 * @param line       the line of the wrapped call
 */
public record WrapperCandidate(String type, String method, int parameter, FlagApi wraps, String file, int line) {
}
