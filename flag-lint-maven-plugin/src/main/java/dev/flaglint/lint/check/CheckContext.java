package dev.flaglint.lint.check;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.source.ParseFailure;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Everything a rule looks at.
 *
 * @param flagsFile        the parsed flags file ({@code null} when none was found)
 * @param flagsFilePath    the flags file as printed in findings (relative to the module)
 * @param flagsFilePlaces  where the flags file was looked for, as a message lists them (for when there is none)
 * @param ownsFlagsFile    whether this module reports findings about the file itself (metadata,
 *                         unused); in a reactor sharing one file, only one module does
 * @param callSites        this module's call sites
 * @param reactorKeys      keys evaluated anywhere in the scanned reactor, this module included
 * @param reactorPatterns  globs of dynamic keys with known parts ({@code stages.*.enabled}) in the reactor
 * @param scannedModules   the modules whose sources were scanned, for messages
 * @param parseFailures    this module's Java files that did not parse
 * @param today            the day the check runs as
 * @param warnDays         how many days ahead {@code expiring-soon} looks
 * @param policy           the team's metadata policy (the {@code policy-*} rules)
 */
public record CheckContext(FlagsFile flagsFile, String flagsFilePath, String flagsFilePlaces, boolean ownsFlagsFile,
                           List<CallSite> callSites, Set<String> reactorKeys, Set<String> reactorPatterns,
                           List<String> scannedModules, List<ParseFailure> parseFailures, LocalDate today,
                           int warnDays, Policy policy) {

    public CheckContext {
        callSites = List.copyOf(callSites);
        reactorKeys = Set.copyOf(reactorKeys);
        reactorPatterns = Set.copyOf(reactorPatterns);
        scannedModules = List.copyOf(scannedModules);
        parseFailures = List.copyOf(parseFailures);
        policy = policy == null ? Policy.NONE : policy;
    }

    /** Whether flags can be looked up at all (a file was found and parsed). */
    public boolean hasFlags() {
        return flagsFile != null && flagsFile.isReadable();
    }

    /** The declared flag for a call site's key, if any. */
    public Flag declared(CallSite site) {
        return hasFlags() && site.key() != null ? flagsFile.flags().get(site.key()) : null;
    }

    /** The declared flags this module reports on: all of them when it owns a readable flags file, else none. */
    public Collection<Flag> flagsReportedHere() {
        return hasFlags() && ownsFlagsFile ? flagsFile.flags().values() : List.of();
    }

    /** Whether a declared flag is evaluated anywhere in the scanned reactor, by name or by a key pattern. */
    public boolean isUsed(Flag flag) {
        return reactorKeys.contains(flag.key())
                || reactorPatterns.stream().anyMatch(p -> KeyPatterns.matches(p, flag.key()));
    }

    /** The flags file's name for messages: {@code flags.yaml}, or "the flags file" when there is none. */
    public String flagsFileName() {
        return flagsFilePath == null ? "the flags file" : flagsFilePath.substring(flagsFilePath.lastIndexOf('/') + 1);
    }
}
