package dev.flaglint.lint;

import dev.flaglint.lint.check.CheckContext;
import dev.flaglint.lint.check.LintRule;
import dev.flaglint.lint.check.Rules;
import dev.flaglint.lint.report.AdditionalReports;
import dev.flaglint.lint.report.JsonReport;
import dev.flaglint.lint.index.IndexedScan;
import dev.flaglint.lint.scan.SourceFile;
import dev.flaglint.lint.scan.SourceRoot;
import dev.flaglint.lint.scan.SourceTree;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The check, free of Maven: scan the sources for call sites, resolve their keys, run every rule,
 * write the JSON report. A new instance per run; nothing is shared between runs or threads.
 */
public final class FlagLinter {

    private final Path indexFile;
    private final boolean prefilter;

    /** A check without an index (every run scans afresh). */
    public FlagLinter() {
        this(null, true);
    }

    /**
     * @param indexFile where to keep the scan index between runs, or {@code null} for none
     * @param prefilter false parses every file instead of only those that may hold a call
     *                  (slower, same results: for accuracy tests and the naive baseline)
     */
    public FlagLinter(Path indexFile, boolean prefilter) {
        this.indexFile = indexFile;
        this.prefilter = prefilter;
    }

    public LintResult lint(LintRequest request) {
        long start = System.nanoTime();
        // The flags file is read beside the scan: on a cold JVM its YAML parser takes as long to load as a walk.
        CompletableFuture<FlagsFile> flagsFile = request.flagsFile() == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> FlagsFile.read(request.flagsFile()));

        List<SourceRoot> allRoots = new ArrayList<>(request.sourceRoots());
        allRoots.addAll(request.reactorSourceRoots());
        // includes/excludes are this module's settings, relative to it: other modules' files are all read.
        Predicate<String> own = filter(request.includes(), request.excludes());
        Set<SourceRoot> ownRoots = Set.copyOf(request.sourceRoots());
        SourceTree sources = new SourceTree(allRoots, f -> !ownRoots.contains(f.root()) || own.test(f.displayPath()));
        IndexedScan.Result found = new IndexedScan(indexFile, prefilter).scan(request, sources);
        FlagsFile flags = flagsFile.join(); // FlagsFile.read never throws

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
                : relative(request.moduleDir(), request.flagsFile());
        CheckContext context = new CheckContext(flags, flagsPath, request.ownsFlagsFile(), callSites, reactorKeys,
                reactorPatterns, request.scannedModules(), found.failures().stream()
                .filter(f -> ownRoots.contains(f.file().root())).toList(),
                request.today(), request.warnDays(), request.options().policy());
        List<Finding> findings = new ArrayList<>();
        for (LintRule rule : Rules.all()) {
            findings.addAll(rule.check(context));
        }
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column));
        findings = new FindingAdjuster(request).adjust(findings, callSites);
        long millis = (System.nanoTime() - start) / 1_000_000;

        Path report = request.reportDirectory() == null ? null
                : new JsonReport().write(request, flagsPath, callSites, found.wrappers(), findings, filesScanned,
                millis);
        new AdditionalReports().write(request, findings, callSites.size());
        Set<String> usedFlags = context.hasFlags() ? flags.flags().values().stream().filter(context::isUsed)
                .map(Flag::key).collect(Collectors.toUnmodifiableSet()) : Set.of();
        return new LintResult(List.copyOf(callSites), found.wrappers(), List.copyOf(findings), filesScanned,
                found.parsed(), found.fromIndex(), millis, report, usedFlags, flags);
    }

    static String relative(Path moduleDir, Path file) {
        Path base = moduleDir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return base.relativize(abs).toString().replace('\\', '/');
    }

    /** Files to scan: matching an include (all when none is given) and no exclude. */
    private static Predicate<String> filter(List<String> includes, List<String> excludes) {
        List<PathMatcher> in = includes.stream().map(FlagLinter::glob).toList();
        List<PathMatcher> out = excludes.stream().map(FlagLinter::glob).toList();
        return displayPath -> {
            Path p = Path.of(displayPath);
            return (in.isEmpty() || in.stream().anyMatch(m -> m.matches(p)))
                    && out.stream().noneMatch(m -> m.matches(p));
        };
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
