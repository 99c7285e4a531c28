package dev.flaglint.lint;

import dev.flaglint.lint.scan.SourceRoot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to check; built by the Mojo from its parameters, or by tests directly.
 *
 * @param module              this module's name, for messages
 * @param moduleDir           this module's directory; report paths are relative to it
 * @param sourceRoots         this module's source roots: its call sites are checked
 * @param reactorSourceRoots  other modules' source roots: read for constants and to know which
 *                            flags are used anywhere (never reported on)
 * @param scannedModules      names of every module whose sources are scanned, this one included
 * @param flagsFile           the flags file, or {@code null} when none was found
 * @param ownsFlagsFile       whether this module reports on the flags file itself (see {@code CheckContext})
 * @param today               the day to check expiry against
 * @param warnDays            days ahead that {@code expiring-soon} warns about
 * @param apis                the flag APIs whose calls are call sites
 * @param includes            glob patterns (relative to the module) of files to scan; empty means all
 * @param excludes            glob patterns of files to skip
 * @param reportDirectory     where {@code flag-lint.json} (and the SARIF report) is written, or {@code null} for none
 * @param options             policy, severity overrides, baseline, extra reports, environment
 */
public record LintRequest(String module, Path moduleDir, List<SourceRoot> sourceRoots,
                          List<SourceRoot> reactorSourceRoots, List<String> scannedModules, Path flagsFile,
                          boolean ownsFlagsFile, LocalDate today, int warnDays, List<FlagApi> apis,
                          List<String> includes, List<String> excludes, Path reportDirectory,
                          LintOptions options) {

    /** A request with the default options (no policy, overrides or baseline; SARIF on; empty environment). */
    public LintRequest(String module, Path moduleDir, List<SourceRoot> sourceRoots,
                       List<SourceRoot> reactorSourceRoots, List<String> scannedModules, Path flagsFile,
                       boolean ownsFlagsFile, LocalDate today, int warnDays, List<FlagApi> apis,
                       List<String> includes, List<String> excludes, Path reportDirectory) {
        this(module, moduleDir, sourceRoots, reactorSourceRoots, scannedModules, flagsFile, ownsFlagsFile, today,
                warnDays, apis, includes, excludes, reportDirectory, LintOptions.defaults());
    }

    /** This request with other options. */
    public LintRequest withOptions(LintOptions options) {
        return new LintRequest(module, moduleDir, sourceRoots, reactorSourceRoots, scannedModules, flagsFile,
                ownsFlagsFile, today, warnDays, apis, includes, excludes, reportDirectory, options);
    }

    /** This request writing its reports to {@code directory} ({@code null}: none). */
    public LintRequest withReportDirectory(Path directory) {
        return new LintRequest(module, moduleDir, sourceRoots, reactorSourceRoots, scannedModules, flagsFile,
                ownsFlagsFile, today, warnDays, apis, includes, excludes, directory, options);
    }

    public LintRequest {
        sourceRoots = List.copyOf(sourceRoots);
        reactorSourceRoots = List.copyOf(reactorSourceRoots);
        scannedModules = List.copyOf(scannedModules);
        apis = List.copyOf(apis);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        options = options == null ? LintOptions.defaults() : options;
    }
}
