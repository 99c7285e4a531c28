package dev.flaglint.maven;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisplayPathsTest {

    @Test
    void moduleByDefaultElseModuleOrReactorInAnyCase() {
        assertThat(DisplayPaths.of(null)).isEqualTo(DisplayPaths.MODULE);
        assertThat(DisplayPaths.of(" ")).isEqualTo(DisplayPaths.MODULE);
        assertThat(DisplayPaths.of(" Reactor ")).isEqualTo(DisplayPaths.REACTOR);
        assertThatThrownBy(() -> DisplayPaths.of("modul")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("displayPaths is module or reactor, not 'modul'");
    }
}
