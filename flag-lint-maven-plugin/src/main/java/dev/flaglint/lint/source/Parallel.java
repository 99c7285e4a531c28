package dev.flaglint.lint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the scan's work on threads with a large stack, keeping the input order so output is
 * deterministic. Parsing and walking syntax trees recurse as deep as the code nests: generated code
 * with thousands of nested blocks, parentheses or {@code +} terms needs far more than a thread's usual
 * stack, and a file nested deeper still is reported, not a crash.
 */
public final class Parallel {

    /**
     * Measured with JavaParser 3.28: 10,000 nested blocks, 50,000 nested parentheses or {@code +} terms and
     * 5,000 nested lambdas parse in it, 100,000 parentheses do not (that file is reported). Only address
     * space is reserved until code nests that deep.
     */
    static final long STACK_BYTES = 256L << 20;

    private Parallel() {
    }

    public static int workers() {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
    }

    /** {@code work} on a new thread with a large stack; the caller waits for it, and gets its exception. */
    public static <T> T onLargeStack(String name, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning", e);
        }
        if (failure.get() instanceof RuntimeException r) {
            throw r;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    /** {@code function} over {@code items} on a few large-stack worker threads (on this thread when there are few). */
    public static <T, R> List<R> map(List<T> items, Function<T, R> function) {
        int threads = Math.min(workers(), Math.max(1, items.size() / 16));
        if (threads <= 1) {
            return items.stream().map(function).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "flag-lint-scan", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            // Contiguous chunks: neighbouring files share directories, and fewer tasks cost less.
            int chunk = (items.size() + threads * 4 - 1) / (threads * 4);
            List<Future<List<R>>> futures = new ArrayList<>();
            for (int from = 0; from < items.size(); from += chunk) {
                List<T> slice = items.subList(from, Math.min(items.size(), from + chunk));
                futures.add(pool.submit(() -> slice.stream().map(function).toList()));
            }
            List<R> result = new ArrayList<>(items.size());
            for (Future<List<R>> f : futures) {
                result.addAll(f.get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
