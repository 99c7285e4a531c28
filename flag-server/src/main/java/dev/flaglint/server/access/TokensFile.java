package dev.flaglint.server.access;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code tokens.yaml}:
 * <pre>
 * tokens:
 *   - name: ci-deployer     # the actor in the audit log
 *     scope: admin          # evaluate | sdk | admin
 *     sha256: 2c26b4...     # of the token itself: printf %s "$TOKEN" | sha256sum
 * </pre>
 * Every problem is reported with the file, the line and the fix.
 */
public final class TokensFile {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Set<String> FIELDS = Set.of("name", "scope", "sha256");

    private TokensFile() {
    }

    /** @throws TokenConfigException naming file:line and the fix */
    public static List<Token> read(Path path) {
        String file = path.toString();
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new TokenConfigException(file + ": file not found; create it or point --tokens at it");
        } catch (IOException e) {
            throw new TokenConfigException(file + ": cannot read it: " + e.getMessage());
        }
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        List<Token> tokens = new ArrayList<>();
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new TokenConfigException(file + ":1: expected 'tokens:' followed by a list of tokens");
            }
            boolean seen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                int line = parser.currentTokenLocation().getLineNr();
                JsonToken value = parser.nextToken();
                if (!field.equals("tokens")) {
                    throw new TokenConfigException(file + ":" + line + ": unknown field '" + field
                            + "'; the file has one field, 'tokens'");
                }
                seen = true;
                if (value == JsonToken.VALUE_NULL) {
                    continue; // "tokens:" with nothing under it
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new TokenConfigException(file + ":" + line + ": 'tokens' must be a list of"
                            + " '- name: ... scope: ... sha256: ...' entries");
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int entryLine = parser.currentTokenLocation().getLineNr();
                    JsonNode entry = mapper.readTree(parser);
                    tokens.add(token(entry, file + ":" + entryLine));
                }
            }
            if (!seen) {
                throw new TokenConfigException(file + ":1: no 'tokens:' list; add one");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new TokenConfigException(file + ":" + line + ": not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "; fix the syntax at this line");
        } catch (IOException e) {
            throw new TokenConfigException(file + ": cannot read it: " + e.getMessage());
        }
        return tokens;
    }

    private static Token token(JsonNode entry, String at) {
        if (!entry.isObject()) {
            throw new TokenConfigException(at + ": expected a token with name, scope and sha256");
        }
        for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new TokenConfigException(at + ": unknown field '" + field + "'; a token has name, scope and"
                        + " sha256" + (field.equals("token") || field.equals("secret")
                        ? " (put the token's SHA-256 here, never the token itself)" : ""));
            }
        }
        String name = entry.path("name").asText("");
        if (!NAME.matcher(name).matches()) {
            throw new TokenConfigException(at + ": name " + (name.isEmpty() ? "is missing" : "'" + name + "' is not"
                    + " valid") + "; use letters, digits, '.', '_', '@' or '-' (it is the actor in the audit log)");
        }
        String scopeName = entry.path("scope").asText("");
        Scope scope = Scope.fromWireName(scopeName).orElseThrow(() -> new TokenConfigException(at + ": token '" + name
                + "': scope " + (scopeName.isEmpty() ? "is missing" : "'" + scopeName + "' is unknown") + "; use one of "
                + Scope.names()));
        String sha = entry.path("sha256").asText("");
        if (!HEX64.matcher(sha).matches()) {
            throw new TokenConfigException(at + ": token '" + name + "': sha256 must be the 64 hex digits of the"
                    + " token's SHA-256, e.g. from: printf %s \"$TOKEN\" | sha256sum");
        }
        return new Token(name, scope, HexFormat.of().parseHex(sha.toLowerCase(java.util.Locale.ROOT)), at);
    }
}
