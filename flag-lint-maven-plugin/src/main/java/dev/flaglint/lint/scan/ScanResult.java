package dev.flaglint.lint.scan;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.WrapperCandidate;
import dev.flaglint.lint.source.ParseFailure;
import dev.flaglint.lint.source.SourceFile;

import java.util.List;
import java.util.Map;

/**
 * What a scan found.
 *
 * @param callSites call sites per file, in tree order (every file of the tree, most with none)
 * @param wrappers  wrappers whose callers were checked
 * @param failures  files that did not parse
 * @param parsed    how many files were parsed (0 when answered from an index)
 * @param read      how many files' bytes were read (0 when answered from an index)
 * @param fromIndex whether an index answered it, with no file read
 * @param facts     the prefilter's facts, for an index to keep ({@link PrefilterFacts#NONE} from an index)
 */
public record ScanResult(Map<SourceFile, List<CallSite>> callSites, List<WrapperCandidate> wrappers,
                         List<ParseFailure> failures, int parsed, int read, boolean fromIndex, PrefilterFacts facts) {
}
