package dev.flaglint.lint;

import dev.flaglint.lint.source.SourceRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which modules a check reads and who reports on a shared flags file, over a reactor made up in memory. */
class ReactorPolicyTest {

    @TempDir
    Path root;

    /** A reactor of modules under {@link #root}, checking the one named {@code current}. */
    private record FakeReactor(List<ReactorModule> modules, String checked) implements Reactor {
        @Override
        public ReactorModule current() {
            return modules.stream().filter(m -> m.name().equals(checked)).findFirst().orElseThrow();
        }
    }

    private final List<ReactorModule> modules = new ArrayList<>();

    /** A module at {@code dir} (relative to the root) depending on {@code dependencies} (names). */
    private ReactorModule module(String name, String dir, String configuredFlagsFile, boolean runsCheck,
                                 String... dependencies) {
        Path directory = root.resolve(dir);
        ReactorModule m = new ReactorModule("com.acme:" + name, name, directory,
                List.of(new SourceRoot(directory.resolve("src/main/java"), name, directory, false)),
                java.util.Arrays.stream(dependencies).map(d -> "com.acme:" + d).toList(), configuredFlagsFile,
                runsCheck);
        modules.add(m);
        return m;
    }

    private ReactorPolicy checking(String name) {
        return new ReactorPolicy(new FakeReactor(List.copyOf(modules), name));
    }

    private static List<String> names(List<ReactorModule> modules) {
        return modules.stream().map(ReactorModule::name).toList();
    }

    @Test
    void aSharedFlagsFileAtTheRootIsReadByEveryModuleAndReportedOnByTheRoot() {
        Projects.write(root, Map.of("flags.yaml", "flags: {}\n"));
        module("shop", ".", null, true);
        module("a", "a", null, true);
        module("b", "b", null, true);
        Path flags = root.resolve("flags.yaml");

        assertThat(checking("a").flagsFileOf(modules.get(1))).contains(flags);
        assertThat(names(checking("a").related(flags))).containsExactly("shop", "b");
        assertThat(checking("shop").ownsFlagsFile(flags)).isTrue();
        assertThat(checking("a").ownsFlagsFile(flags)).isFalse();
        assertThat(checking("b").ownsFlagsFile(flags)).isFalse();
    }

    @Test
    void dependenciesAreReadTransitivelyButASeparateApplicationIsNot() {
        Projects.write(root, Map.of("app/src/main/resources/flags.yaml", "flags: {}\n",
                "other/src/main/resources/flags.yaml", "flags: {}\n"));
        module("parent", ".", null, false);
        module("keys", "keys", null, false);
        module("client", "client", null, false, "keys");
        module("app", "app", null, true, "client", "org.library");
        module("other", "other", null, true);

        ReactorPolicy app = checking("app");
        Path flags = app.flagsFileOf(modules.get(3)).orElseThrow();

        assertThat(flags).isEqualTo(root.resolve("app/src/main/resources/flags.yaml"));
        assertThat(names(app.related(flags))).containsExactly("keys", "client"); // build order, not discovery order
        assertThat(app.ownsFlagsFile(flags)).isTrue();
        assertThat(app.top()).isEqualTo(root);
    }

    @Test
    void withoutAModuleAboveTheFileTheFirstCheckedModuleSharingItReportsOnIt() {
        Projects.write(root, Map.of("config/flags.yaml", "flags: {}\n"));
        module("tools", "tools", "../config/flags.yaml", false); // does not run the check: not an owner
        module("a", "a", "../config/flags.yaml", true);
        module("b", "b", root.resolve("config/flags.yaml").toString(), true);
        Path flags = root.resolve("config/flags.yaml");

        assertThat(checking("b").flagsFileOf(modules.get(2))).contains(flags);
        assertThat(names(checking("b").related(flags))).containsExactly("tools", "a");
        assertThat(checking("a").ownsFlagsFile(flags)).isTrue();
        assertThat(checking("b").ownsFlagsFile(flags)).isFalse();
    }

    @Test
    void theLookupClimbsToTheTopOfTheReactorAndAnUnresolvedPropertyIsNotAPath() {
        Projects.write(root, Map.of("shop/flags.yaml", "flags: {}\n", "flags.yaml", "flags: {}\n"));
        module("shop", "shop", null, true);
        module("web", "shop/web", "${flags.location}", true);

        ReactorPolicy web = checking("web");

        assertThat(web.top()).isEqualTo(root.resolve("shop")); // the root directory holds no module
        assertThat(web.flagsFileOf(modules.get(1))).contains(root.resolve("shop/flags.yaml"));
    }

    @Test
    void noFlagsFileMeansOnlyDependenciesAreRead() {
        module("lib", "lib", null, false);
        module("app", "app", null, true, "lib");
        module("sibling", "sibling", null, true);

        LintRequest request = checking("app").request().today(Projects.TODAY).build();

        assertThat(request.flagsFile()).isNull();
        assertThat(request.scannedModules()).containsExactly("app", "lib");
        assertThat(request.reactorSourceRoots()).extracting(SourceRoot::module).containsExactly("lib");
        assertThat(request.moduleDir()).isEqualTo(root.resolve("app"));
    }
}
