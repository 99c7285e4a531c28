package dev.flaglint.runtime.remote;

import dev.flaglint.runtime.FlagsListenerSupport;
import dev.flaglint.runtime.FlagsStatus;

import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * What the client knows of the service, as a {@link FlagsStatus} and a log that speaks once per episode: the first
 * failure of an outage is logged and the recovery is, the retries in between are not. A refused token is logged
 * once and ends all asking.
 */
final class ServiceHealth {

    static final System.Logger LOG = System.getLogger(ServiceHealth.class.getPackageName());

    private final String where;
    private final FlagsListenerSupport listeners;
    private volatile boolean refused;
    /** Guarded by {@code this}: an outage is in progress (logged at its start). */
    private boolean failing;
    /** Guarded by {@code this}: the current run of 429s has been logged. */
    private boolean throttled;

    ServiceHealth(String where, FlagsListenerSupport listeners) {
        this.where = where;
        this.listeners = listeners;
    }

    String where() {
        return where;
    }

    /** Before the service is first asked: what answers until it is (nothing logged). */
    synchronized void starting(String answering, boolean fromService) {
        listeners.status(fromService ? FlagsStatus.STALE : FlagsStatus.ERROR, "flag service " + where
                + " has not answered yet; answering from " + answering);
    }

    /** The service gave a usable answer. */
    synchronized void reached(String what) {
        if (refused) {
            return;
        }
        if (failing) {
            LOG.log(Level.INFO, "flag service {0} answers again; {1}", where, what);
        }
        failing = false;
        throttled = false;
        listeners.status(FlagsStatus.READY, "flag service " + where + " answers; " + what);
    }

    /**
     * The service could not be asked or gave nothing usable.
     *
     * @param why         what went wrong
     * @param answering   what answers meanwhile ("the flags it gave at ...", "classpath:flags.yaml")
     * @param fromService whether that is something the service gave (in this run or, from the cache file, an
     *                    earlier one): STALE; otherwise ERROR
     */
    synchronized void failed(String why, String answering, boolean fromService) {
        if (refused) {
            return;
        }
        String detail = "flag service " + where + (fromService ? " cannot be reached: " : " has not been reached: ")
                + why + "; answering from " + answering;
        if (!failing) {
            LOG.log(Level.WARNING, "{0}. Retrying in the background; logged once until it answers again", detail);
        }
        failing = true;
        listeners.status(fromService ? FlagsStatus.STALE : FlagsStatus.ERROR, detail);
    }

    /** 401 or 403: logged once; the service is not asked again. */
    synchronized void refused(int status, String fix, String answering) {
        if (refused) {
            return;
        }
        refused = true;
        String detail = "flag service " + where + " refused the token (HTTP " + status + (status == 401
                ? ": the token is missing or unknown" : ": the token lacks the scope") + "); it is not asked again"
                + " until restart, answering from " + answering + ". " + fix;
        LOG.log(Level.ERROR, detail);
        listeners.status(FlagsStatus.ERROR, detail);
    }

    /** 429: logged once per run of them; the status stays (the service is there, only busy). */
    synchronized void throttled(Duration wait) {
        if (!throttled) {
            LOG.log(Level.WARNING, "flag service {0} asks this client to slow down (HTTP 429); the next request waits"
                    + " {1} s as its Retry-After says. Logged once until it answers again", where, wait.toSeconds());
        }
        throttled = true;
    }

    boolean isRefused() {
        return refused;
    }
}
