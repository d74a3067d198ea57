package dev.pycoach.interview;

import java.util.function.Supplier;

/** Runs writes as one unit: all of them are stored, or none. The in-memory default just runs them. */
@FunctionalInterface
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    Transactions NONE = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
}
