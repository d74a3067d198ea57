package dev.pycoach.progress;

import java.util.Collection;
import java.util.List;

/** The spaced-review schedule per user and concept. */
public interface ReviewRepository {

    /** The user's schedule, every concept they have been graded on. */
    List<ReviewItem> all(String userId);

    /** Inserts or replaces these items of the user's schedule. */
    void saveAll(String userId, Collection<ReviewItem> items);

    /** The user's weakest concepts: most lapses first, then lowest easiness. */
    List<ReviewItem> weakest(String userId, int limit);
}
