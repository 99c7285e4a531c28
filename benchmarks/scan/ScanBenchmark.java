import dev.flaglint.lint.FlagLinter;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.scan.cache.ScanCache;
import dev.flaglint.lint.source.SourceRoot;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One measurement of the flag-lint engine over a source tree, in its own JVM (run by
 * scan-benchmark.sh): {@code cold} (no index yet), {@code warm} (the index of a previous run) or
 * {@code naive} (parse every file, no prefilter, no index). Arguments: the mode, a work directory (the
 * index goes there), the flags file, the source roots. Prints one tab-separated line: mode, files,
 * files read, files parsed, call sites, engine ms, peak heap MB, and the CPU time of the whole JVM so far (start-up,
 * JIT compilers and GC included) in ms: on a busy machine, what the run cost rather than how long it waited.
 */
public class ScanBenchmark {

    public static void main(String[] args) {
        String mode = args[0];
        Path work = Path.of(args[1]);
        Path flagsFile = Path.of(args[2]);
        List<SourceRoot> roots = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            roots.add(new SourceRoot(Path.of(args[i]), "corpus", work, false));
        }
        LintRequest request = LintRequest.builder("corpus", work).sourceRoots(roots)
                .flagsFile(flagsFile, true).today(LocalDate.of(2026, 11, 24)).build();
        Path index = work.resolve("index");
        FlagLinter linter = mode.equals("naive") ? FlagLinter.parsingEveryFile()
                : new FlagLinter(ScanCache.in(index, request.flagsFile()));

        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        LintResult result = linter.lint(request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;

        System.out.printf("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d%n", mode, result.filesScanned(), result.filesRead(),
                result.filesParsed(), result.callSites().size(), millis, peak / (1024 * 1024), cpu);
    }
}
