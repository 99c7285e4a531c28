package dev.flaglint.server.store.postgres;

import dev.flaglint.server.store.StoreException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password never stays in the URL, and never shows in a message. */
class DatabaseSettingsTest {

    @Test
    void aPasswordInTheUrlIsTakenOutOfIt() {
        DatabaseSettings s = DatabaseSettings.of("jdbc:postgresql://db:5432/flags?ssl=true&password=p%40ss&user=x",
                "flag_server", null);
        assertThat(s.url()).isEqualTo("jdbc:postgresql://db:5432/flags?ssl=true&user=x");
        assertThat(s.password()).isEqualTo("p@ss");
        assertThat(s).hasToString("jdbc:postgresql://db:5432/flags?ssl=true&user=x as flag_server");
        assertThat(DatabaseSettings.of("jdbc:postgresql://db/flags?Password=a", null, null).url())
                .isEqualTo("jdbc:postgresql://db/flags");
    }

    @Test
    void theGivenPasswordIsKeptAndNeverShown() {
        DatabaseSettings s = DatabaseSettings.of("jdbc:postgresql://db/flags", "flag_server", "hunter2");
        assertThat(s.password()).isEqualTo("hunter2");
        assertThat(s.toString()).doesNotContain("hunter2");
        assertThat(s.safeUrl()).isEqualTo("jdbc:postgresql://db/flags");
        assertThatThrownBy(() -> DatabaseSettings.of("jdbc:postgresql://db/flags?password=other", "u", "hunter2"))
                .isInstanceOf(StoreException.class).hasMessageNotContaining("hunter2").hasMessageNotContaining("other");
    }

    @Test
    void passwordsAreFoundAndScrubbedWhereverTheyAre() {
        assertThat(DatabaseSettings.hasPassword("jdbc:postgresql://db/flags?user=a&password=b")).isTrue();
        assertThat(DatabaseSettings.hasPassword("jdbc:postgresql://a:b@db/flags")).isTrue();
        assertThat(DatabaseSettings.hasPassword("jdbc:postgresql://db:5432/flags?user=a")).isFalse();
        assertThat(DatabaseSettings.hasPassword(null)).isFalse();
        assertThat(DatabaseSettings.scrub("jdbc:postgresql://a:b@db/flags?password=c&ssl=true"))
                .isEqualTo("jdbc:postgresql://***@db/flags?password=***&ssl=true");
    }
}
