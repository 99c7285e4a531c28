package dev.flaglint.lint.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name, version and home page ({@code null} until the project publishes one), as the build recorded them. */
public record ToolInfo(String name, String version, String informationUri) {

    /** Reads {@code flag-lint.properties}, filled in by the build. */
    public static ToolInfo load() {
        Properties p = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("flag-lint.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to the defaults: the version is informative only
        }
        String version = p.getProperty("version", "unknown");
        return new ToolInfo("flag-lint", version.startsWith("${") ? "unknown" : version,
                p.getProperty("informationUri"));
    }
}
