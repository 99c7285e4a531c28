package dev.flaglint.lint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the JSON reports are written from: Jackson's streaming generator, indented as a data-binding
 * mapper indents. Streaming, because the check writes its reports on every build and data binding's
 * mapper alone takes longer to load on a fresh JVM than an unchanged tree takes to check.
 */
final class JsonFiles {

    private JsonFiles() {
    }

    /** A generator writing UTF-8 to {@code file} (replaced), indented; the caller closes it. */
    static JsonGenerator create(Path file) throws IOException {
        return new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8).useDefaultPrettyPrinter();
    }
}
