package dev.flaglint.lint.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which flags file a module gets as a resource: one outside its resources, by its directory and name. */
class FlagsResourceTest {

    private static final Path ROOT = Path.of("/work/shop");
    private static final List<Path> APP_RESOURCES = List.of(ROOT.resolve("app/src/main/resources"));

    @Test
    void theRootsFileBecomesAResourceOfItsDirectoryWithOnlyItIncluded() {
        FlagsResource resource = FlagsResource.of(ROOT.resolve("app/../flags.yaml"), APP_RESOURCES).orElseThrow();

        assertThat(resource).isEqualTo(new FlagsResource(ROOT, "flags.yaml"));
        assertThat(resource.foundByDefault()).isTrue();
    }

    @Test
    void aFileAmongTheModulesResourcesIsThereAlready() {
        assertThat(FlagsResource.of(ROOT.resolve("app/src/main/resources/flags.yml"), APP_RESOURCES)).isEmpty();
    }

    @Test
    void aConfiguredFileWithAnotherNameKeepsItAndIsNotFoundByDefault() {
        FlagsResource resource = FlagsResource.of(ROOT.resolve("config/toggles.yaml"), APP_RESOURCES).orElseThrow();

        assertThat(resource.fileName()).isEqualTo("toggles.yaml");
        assertThat(resource.foundByDefault()).isFalse();
        assertThat(FlagsResource.of(ROOT.resolve("flags.json"), APP_RESOURCES).orElseThrow().foundByDefault()).isTrue();
    }
}
