package dev.flaglint.lint.check;

import dev.flaglint.lint.CallSite;
import dev.flaglint.lint.Policy;
import dev.flaglint.lint.scan.ParseFailure;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a rule looks at.
 *
 * @param flagsFile        the parsed flags file ({@code null} when none was found)
 * @param flagsFilePath    the flags file as printed in findings (relative to the module)
 * @param ownsFlagsFile    whether this module reports findings about the file itself (metadata,
 *                         unused); in a reactor sharing one file, only one module does
 * @param callSites        this module's call sites
 * @param reactorKeys      keys evaluated anywhere in the scanned reactor, this module included
 * @param reactorPatterns  globs of dynamic keys with known parts ({@code stages.*.enabled}) in the reactor
 * @param scannedModules   the modules whose sources were scanned, for messages
 * @param parseFailures    Java files that did not parse
 * @param today            the day the check runs as
 * @param warnDays         how many days ahead {@code expiring-soon} looks
 * @param policy           the team's metadata policy (the {@code policy-*} rules)
 */
public record CheckContext(FlagsFile flagsFile, String flagsFilePath, boolean ownsFlagsFile,
                           List<CallSite> callSites, Set<String> reactorKeys, Set<String> reactorPatterns,
                           List<String> scannedModules,
                           List<ParseFailure> parseFailures, LocalDate today, int warnDays, Policy policy) {

    public CheckContext {
        policy = policy == null ? Policy.NONE : policy;
    }

    /** A context without a metadata policy. */
    public CheckContext(FlagsFile flagsFile, String flagsFilePath, boolean ownsFlagsFile,
                        List<CallSite> callSites, Set<String> reactorKeys, Set<String> reactorPatterns,
                        List<String> scannedModules, List<ParseFailure> parseFailures, LocalDate today,
                        int warnDays) {
        this(flagsFile, flagsFilePath, ownsFlagsFile, callSites, reactorKeys, reactorPatterns, scannedModules,
                parseFailures, today, warnDays, Policy.NONE);
    }

    /** Whether flags can be looked up at all (a file was found and parsed). */
    public boolean hasFlags() {
        return flagsFile != null && flagsFile.isReadable();
    }

    /** The declared flag for a call site's key, if any. */
    public Flag declared(CallSite site) {
        return hasFlags() && site.key() != null ? flagsFile.flags().get(site.key()) : null;
    }

    /** Whether a declared flag is evaluated anywhere in the scanned reactor, by name or by a key pattern. */
    public boolean isUsed(Flag flag) {
        return reactorKeys.contains(flag.key())
                || reactorPatterns.stream().anyMatch(p -> KeyPatterns.matches(p, flag.key()));
    }
}
