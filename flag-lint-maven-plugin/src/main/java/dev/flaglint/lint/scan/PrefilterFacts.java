package dev.flaglint.lint.scan;

import dev.flaglint.lint.source.SourceFile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the prefilter learnt about files, reusable for files that did not change.
 *
 * @param byFile         per file: which covered method names it calls, which type names it mentions, which
 *                       types it declares at its top level
 * @param coveredMethods the method names the facts were computed for
 * @param typeNames      the type names whose mentions the facts record (at least every file's name and the
 *                       API types); facts missing a name the tree needs cannot be reused
 */
public record PrefilterFacts(Map<SourceFile, Prefilter.Facts> byFile, Set<String> coveredMethods,
                             Set<String> typeNames) {

    /** Nothing known: every file is read. */
    public static final PrefilterFacts NONE = new PrefilterFacts(Map.of(), Set.of(), Set.of());

    public PrefilterFacts {
        byFile = Collections.unmodifiableMap(new LinkedHashMap<>(byFile)); // in tree order
        coveredMethods = Set.copyOf(coveredMethods);
        typeNames = Set.copyOf(typeNames);
    }
}
