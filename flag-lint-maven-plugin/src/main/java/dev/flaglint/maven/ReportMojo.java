package dev.flaglint.maven;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.report.ConsoleFindings;
import dev.flaglint.lint.report.ConsoleSummary;
import dev.flaglint.lint.report.Inventory;
import dev.flaglint.lint.report.InventoryReport;
import dev.flaglint.lint.report.JsonReport;
import dev.flaglint.lint.report.LintOutput;
import dev.flaglint.lint.report.LintOutputs;
import dev.flaglint.lint.report.SarifReport;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The flag inventory: every flag with its owner, ticket, dates, age, days left, call sites and a status,
 * most urgent first, with counts per owner. Run by hand (or bound, to the verify phase by default) it
 * writes target/flag-lint/flag-inventory.md and flag-inventory.html and prints the findings they are
 * based on, and never fails the build. Listed under reporting, it is the "Feature flags" page of mvn site.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractFlagLintMojo implements MavenReport {

    /** The page's file name in the site, without {@code .html}. */
    static final String PAGE = "feature-flags";

    /** Where the site puts its pages; the site plugin sets it. */
    private File reportOutputDirectory;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        lint(request(reactor()), new LintOutputs(outputs()));
    }

    /**
     * What the goal writes, in order: the report files and the inventory, then the findings and their
     * summary on the console. The job summary and the annotations are check's.
     */
    private List<LintOutput> outputs() {
        Path directory = outputDirectory.toPath();
        JsonReport json = new JsonReport(directory);
        SarifReport sarifReport = new SarifReport(directory, environment);
        List<LintOutput> outputs = new ArrayList<>(List.of(json));
        if (sarif) {
            outputs.add(sarifReport);
        }
        outputs.add(new ConsoleFindings(console(), consolePaths()));
        outputs.add(new ConsoleSummary(console(), consolePaths(), json.file(), sarif ? sarifReport.file() : null));
        outputs.add(new InventoryReport(directory, console(), consolePaths()));
        return outputs;
    }

    // ---- the site's report: called by maven-site-plugin instead of execute() ----------------------------

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        warnAboutUnknownProperties();
        try {
            LintRequest request = request(reactor()); // first: it checks the parameters the outputs read
            List<LintOutput> outputs = outputs();
            outputs.add((r, result) -> new InventoryPage(sink, Inventory.of(r, result), result.findings()).render());
            lint(request, new LintOutputs(outputs));
        } catch (MojoFailureException | MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return PAGE;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return InventoryPage.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Every feature flag of the module with its owner, expiry, call sites and what to do, most urgent"
                + " first.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }
}
