package dev.pycoach.discord;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Runs each user's events one after the other, in arrival order, and different users' events in parallel on
 * the injected executor. A draft's parts and a Submit click are therefore never reordered or interleaved.
 */
final class UserQueue {
    private final Executor executor;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    UserQueue(Executor executor) {
        this.executor = executor;
    }

    /** Queues {@code task} after the user's earlier tasks; {@code task} must not throw. */
    CompletableFuture<Void> submit(String userId, Runnable task) {
        CompletableFuture<Void> next = tails.compute(userId, (k, tail) -> (tail == null
                ? CompletableFuture.<Void>completedFuture(null) : tail.exceptionally(e -> null))
                .thenRunAsync(task, executor));
        next.whenComplete((r, e) -> tails.remove(userId, next));
        return next;
    }

    /** Users with queued or running work, for tests and the benchmark. */
    int busyUsers() {
        return tails.size();
    }
}
