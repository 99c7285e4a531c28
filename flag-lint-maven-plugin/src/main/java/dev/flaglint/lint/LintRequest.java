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
 * @param reportDirectory     where {@code flag-lint.json} is written, or {@code null} for none
 */
public record LintRequest(String module, Path moduleDir, List<SourceRoot> sourceRoots,
                          List<SourceRoot> reactorSourceRoots, List<String> scannedModules, Path flagsFile,
                          boolean ownsFlagsFile, LocalDate today, int warnDays, List<FlagApi> apis,
                          List<String> includes, List<String> excludes, Path reportDirectory) {

    public LintRequest {
        sourceRoots = List.copyOf(sourceRoots);
        reactorSourceRoots = List.copyOf(reactorSourceRoots);
        scannedModules = List.copyOf(scannedModules);
        apis = List.copyOf(apis);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
