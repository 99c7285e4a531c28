package com.acme;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class Logging {
    private static final Logger logger = LogManager.getLogger(Logging.class);
    private static final String DEBUG = "DEBUG";

    void log(String message) {
        if (logger.isEnabled(Level.DEBUG)) {
            logger.debug(message);
        }
        if (logger.isDebugEnabled()) {
            logger.debug(message);
        }
        if (logger.isEnabled(Level.getLevel(DEBUG))) {
            logger.debug("by name");
        }
        org.slf4j.Logger slf = org.slf4j.LoggerFactory.getLogger("x");
        if (slf.isEnabledForLevel(org.slf4j.event.Level.INFO)) {
            slf.info(message);
        }
    }
}
