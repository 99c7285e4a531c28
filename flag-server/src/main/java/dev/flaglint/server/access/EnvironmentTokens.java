package dev.flaglint.server.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tokens given as environment variables, the way secret stores hand them to containers:
 * {@code FLAG_SERVER_TOKEN_CI_DEPLOYER=admin:the-secret} is a token named {@code ci-deployer} with scope
 * {@code admin}. The secret is hashed at once and not kept. Secrets shorter than {@value #MIN_LENGTH}
 * characters are refused: they could be guessed.
 */
public final class EnvironmentTokens {

    public static final String PREFIX = "FLAG_SERVER_TOKEN_";
    static final int MIN_LENGTH = 16;

    private EnvironmentTokens() {
    }

    /** @throws TokenConfigException naming the variable and the fix */
    public static List<Token> read(Map<String, String> environment) {
        List<Token> tokens = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(environment).entrySet()) {
            String variable = e.getKey();
            if (!variable.startsWith(PREFIX)) {
                continue;
            }
            String name = variable.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-');
            if (!TokensFile.NAME.matcher(name).matches()) {
                throw new TokenConfigException(variable + ": the name after " + PREFIX + " must be letters, digits"
                        + " and '_', e.g. " + PREFIX + "CI_DEPLOYER");
            }
            String value = e.getValue();
            int colon = value.indexOf(':');
            String scopeName = colon < 0 ? "" : value.substring(0, colon);
            Scope scope = Scope.fromWireName(scopeName).orElseThrow(() -> new TokenConfigException(variable
                    + ": expected SCOPE:TOKEN with SCOPE one of " + Scope.names() + ", e.g. admin:<a long random"
                    + " secret>"));
            String secret = value.substring(colon + 1);
            if (secret.length() < MIN_LENGTH) {
                throw new TokenConfigException(variable + ": the token is shorter than " + MIN_LENGTH + " characters;"
                        + " use a long random one, e.g. from: openssl rand -hex 24");
            }
            tokens.add(new Token(name, scope, Token.hash(secret), variable));
        }
        return tokens;
    }
}
