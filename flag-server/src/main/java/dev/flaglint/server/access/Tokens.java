package dev.flaglint.server.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The configured tokens. Authentication hashes the presented secret and compares it with <em>every</em>
 * token's hash ({@link java.security.MessageDigest#isEqual}), so the time taken says nothing about which
 * token, or how much of one, matched. Immutable.
 */
public final class Tokens {

    private final List<Token> tokens;

    private Tokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /**
     * @throws TokenConfigException when two tokens share a name (the audit log could not tell them apart) or a
     *                              secret
     */
    public static Tokens of(List<Token> tokens) {
        Set<String> names = new HashSet<>();
        List<byte[]> hashes = new ArrayList<>();
        for (Token t : tokens) {
            if (!names.add(t.name())) {
                throw new TokenConfigException(t.origin() + ": token name '" + t.name() + "' is used twice; each"
                        + " token needs its own name, which the audit log records as the actor");
            }
            for (byte[] h : hashes) {
                if (Arrays.equals(h, t.sha256())) {
                    throw new TokenConfigException(t.origin() + ": token '" + t.name() + "' has the same secret as"
                            + " another token; give each one its own secret");
                }
            }
            hashes.add(t.sha256());
        }
        return new Tokens(tokens);
    }

    public static Tokens none() {
        return new Tokens(List.of());
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public int size() {
        return tokens.size();
    }

    /** The token whose secret is {@code presented}, if any. */
    public Optional<Token> authenticate(String presented) {
        byte[] hash = Token.hash(presented);
        Token found = null;
        for (Token t : tokens) {
            if (t.matches(hash) & found == null) { // non-short-circuit: every token is compared
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }
}
