package dev.flaglint.lint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list over a few worker threads, keeping the input order so output is deterministic. */
public final class Parallel {

    private Parallel() {
    }

    public static int workers() {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
    }

    public static <T, R> List<R> map(List<T> items, Function<T, R> function) {
        int threads = Math.min(workers(), Math.max(1, items.size() / 16));
        if (threads <= 1) {
            return items.stream().map(function).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "flag-lint-scan");
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
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
