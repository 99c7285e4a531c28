package dev.flaglint.lint;

import java.util.List;

/**
 * The modules of a build, as the check needs to see them: the build tool adapts its own model to this
 * (the Maven plugin's {@code MavenReactor}), tests give a list. {@link ReactorPolicy} decides from it
 * which modules a check reads and who reports on a shared flags file.
 */
public interface Reactor {

    /** Every module of the build, in build order. */
    List<ReactorModule> modules();

    /** The module being checked: one of {@link #modules()}. */
    ReactorModule current();
}
