package dev.flaglint.lint;

import dev.flaglint.lint.adjust.Baseline;
import dev.flaglint.lint.adjust.FindingAdjuster;
import dev.flaglint.lint.check.CheckContext;
import dev.flaglint.lint.check.LintRule;
import dev.flaglint.lint.check.Rules;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.scan.CallSiteScan;
import dev.flaglint.lint.scan.ScanResult;
import dev.flaglint.lint.scan.cache.ScanCache;
import dev.flaglint.lint.source.FlagsFileLocator;
import dev.flaglint.lint.source.ModulePaths;
import dev.flaglint.lint.source.SourceFile;
import dev.flaglint.lint.source.SourceRoot;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The check, free of Maven: scan the sources for call sites and resolve their keys, run every rule,
 * adjust the findings as the user asked, and return the result. It writes no file: what becomes of
 * the result is the caller's choice of outputs (only a {@link ScanCache} it is given may keep its
 * index). A new instance per run, or one shared: nothing is shared between runs or threads.
 */
public final class FlagLinter {

    private final ScanCache cache;
    private final CallSiteScan scan;

    /** A check that scans afresh every run. */
    public FlagLinter() {
        this(ScanCache.none());
    }

    /** A check whose scan remembers what {@code cache} keeps. */
    public FlagLinter(ScanCache cache) {
        this(cache, new CallSiteScan(true));
    }

    private FlagLinter(ScanCache cache, CallSiteScan scan) {
        this.cache = cache;
        this.scan = scan;
    }

    /** A check that parses every file, not only those that may hold a call: slower, same results (for accuracy tests). */
    public static FlagLinter parsingEveryFile() {
        return new FlagLinter(ScanCache.none(), new CallSiteScan(false));
    }

    public LintResult lint(LintRequest request) {
        long start = System.nanoTime();
        // The flags file is read beside the scan: on a cold JVM its YAML parser takes as long to load as a walk.
        // A configured flags file that does not exist is no flags file: one finding says so, not one per call.
        CompletableFuture<FlagsFile> flagsFile = request.flagsFile() == null || Files.notExists(request.flagsFile())
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> FlagsFile.read(request.flagsFile()));
        ScanResult found = cache.scan(request.scan(), scan);
        FlagsFile flags = flagsFile.join(); // FlagsFile.read never throws
        Path baselineFile = request.baselineFile() == null || !Files.isRegularFile(request.baselineFile()) ? null
                : request.baselineFile();
        Baseline baseline = baselineFile == null ? null : Baseline.read(baselineFile); // a malformed one stops here

        Set<SourceRoot> ownRoots = Set.copyOf(request.sourceRoots());
        List<CallSite> callSites = new ArrayList<>();
        Set<String> reactorKeys = new HashSet<>();
        Set<String> reactorPatterns = new HashSet<>();
        int filesScanned = 0;
        for (Map.Entry<SourceFile, List<CallSite>> e : found.callSites().entrySet()) {
            for (CallSite site : e.getValue()) {
                if (site.key() != null) {
                    reactorKeys.add(site.key());
                } else if (site.pattern() != null) {
                    reactorPatterns.add(site.pattern());
                }
            }
            if (ownRoots.contains(e.getKey().root())) {
                callSites.addAll(e.getValue());
                filesScanned++;
            }
        }

        String flagsPath = request.flagsFile() == null ? null
                : ModulePaths.relative(request.moduleDir(), request.flagsFile());
        CheckContext context = new CheckContext(flags, flagsPath,
                FlagsFileLocator.describe(request.flagsFilePlaces(), request.moduleDir()), request.ownsFlagsFile(),
                callSites, reactorKeys,
                reactorPatterns, request.scannedModules(), found.failures().stream()
                .filter(f -> ownRoots.contains(f.file().root())).toList(),
                request.today(), request.warnDays(), request.policy());
        List<Finding> findings = new ArrayList<>();
        for (LintRule rule : Rules.all()) {
            findings.addAll(rule.check(context));
        }
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column));
        findings = new FindingAdjuster(request.severities(), baseline, baselineFile == null ? null
                : ModulePaths.relative(request.moduleDir(), baselineFile)).adjust(findings, callSites);
        long millis = (System.nanoTime() - start) / 1_000_000;

        Set<String> usedFlags = context.hasFlags() ? flags.flags().values().stream().filter(context::isUsed)
                .map(Flag::key).collect(Collectors.toUnmodifiableSet()) : Set.of();
        return new LintResult(callSites, found.wrappers(), findings, filesScanned, found.parsed(), found.read(),
                found.fromIndex(),
                millis, usedFlags, flags, baselineFile);
    }
}
