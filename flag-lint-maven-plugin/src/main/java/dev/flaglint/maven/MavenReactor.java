package dev.flaglint.maven;

import dev.flaglint.lint.Reactor;
import dev.flaglint.lint.ReactorModule;
import dev.flaglint.lint.source.SourceRoot;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Maven's session as a {@link Reactor}: each project's id, directory, source roots, dependencies,
 * configured flags file and whether flag-lint runs in it. Only reads Maven's model; the decisions are
 * {@link dev.flaglint.lint.ReactorPolicy}'s.
 */
final class MavenReactor implements Reactor {

    static final String PLUGIN_KEY = "dev.flaglint:flag-lint-maven-plugin";

    private final List<ReactorModule> modules = new ArrayList<>();
    private ReactorModule current;

    /**
     * @param project      the module being checked
     * @param includeTests whether test source roots are read
     * @param flagsFile    the checked module's {@code flagsFile} parameter, or {@code null}
     */
    MavenReactor(MavenSession session, MavenProject project, boolean includeTests, File flagsFile) {
        boolean fromCommandLine = session.getGoals().stream()
                .anyMatch(g -> g.startsWith("flag-lint:") || g.startsWith(PLUGIN_KEY));
        String property = PropertyNames.userValue(session.getUserProperties(), "flagsFile");
        for (MavenProject p : session.getProjects()) {
            boolean isCurrent = p == project;
            String configured = isCurrent ? (flagsFile == null ? null : flagsFile.getAbsolutePath())
                    : property != null ? property : configuredFlagsFile(p);
            ReactorModule m = module(p, includeTests, configured, fromCommandLine || bindsPlugin(p));
            modules.add(m);
            if (isCurrent) {
                current = m;
            }
        }
        if (current == null) { // a session that does not list the project (not in a real build)
            current = module(project, includeTests, flagsFile == null ? null : flagsFile.getAbsolutePath(), true);
            modules.add(current);
        }
    }

    /**
     * The reactor as seen from another module of the build: its flags file is the one the property or its plugin
     * configuration names, as a check run in it would see.
     */
    static MavenReactor seenFrom(MavenSession session, MavenProject project, boolean includeTests) {
        String property = PropertyNames.userValue(session.getUserProperties(), "flagsFile");
        String configured = property != null ? property : configuredFlagsFile(project);
        File file = configured == null || configured.isBlank() || configured.contains("${") ? null
                : Path.of(configured.trim()).isAbsolute() ? new File(configured.trim())
                : new File(project.getBasedir(), configured.trim());
        return new MavenReactor(session, project, includeTests, file);
    }

    private static ReactorModule module(MavenProject p, boolean includeTests, String configuredFlagsFile,
                                        boolean runsCheck) {
        Path dir = p.getBasedir().toPath();
        List<SourceRoot> roots = new ArrayList<>();
        for (String root : p.getCompileSourceRoots()) {
            roots.add(new SourceRoot(Path.of(root), p.getArtifactId(), dir, false));
        }
        if (includeTests) {
            for (String root : p.getTestCompileSourceRoots()) {
                roots.add(new SourceRoot(Path.of(root), p.getArtifactId(), dir, true));
            }
        }
        List<String> dependencies = p.getDependencies().stream().map(d -> d.getGroupId() + ":" + d.getArtifactId())
                .toList();
        return new ReactorModule(p.getGroupId() + ":" + p.getArtifactId(), p.getArtifactId(), dir, roots,
                dependencies, configuredFlagsFile, runsCheck);
    }

    /** The {@code <flagsFile>} of the module's flag-lint plugin configuration, as written. */
    private static String configuredFlagsFile(MavenProject p) {
        Plugin plugin = p.getPlugin(PLUGIN_KEY);
        if (plugin != null && plugin.getConfiguration() instanceof Xpp3Dom config
                && config.getChild("flagsFile") != null) {
            return config.getChild("flagsFile").getValue();
        }
        return null;
    }

    private static boolean bindsPlugin(MavenProject p) {
        return p.getBuildPlugins().stream().map(Plugin::getKey).anyMatch(PLUGIN_KEY::equals);
    }

    @Override
    public List<ReactorModule> modules() {
        return List.copyOf(modules);
    }

    @Override
    public ReactorModule current() {
        return current;
    }
}
