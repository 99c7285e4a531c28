package dev.flaglint.runtime;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the runtime logs during each test (System.Logger goes to java.util.logging by default), formatted, and
 * not printed: what a test provokes is asserted, not shown. {@code @RegisterExtension final CapturedLog log = new
 * CapturedLog();}
 * Loggers below {@code dev.flaglint.runtime} (the remote client's) are captured too.
 */
public final class CapturedLog implements BeforeEachCallback, AfterEachCallback {

    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private final Logger logger = Logger.getLogger("dev.flaglint.runtime");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null) {
                message = MessageFormat.format(message, record.getParameters());
            }
            messages.add(message);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Override
    public void beforeEach(ExtensionContext context) {
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    /** The messages logged so far, in order. */
    public List<String> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** The messages that contain {@code text}. */
    public List<String> containing(String text) {
        return messages().stream().filter(m -> m.contains(text)).toList();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(true);
    }
}
