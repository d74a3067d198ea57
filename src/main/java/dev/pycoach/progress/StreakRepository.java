package dev.pycoach.progress;

import java.util.List;
import java.util.Optional;

/** Stored streaks, one per user and scope. */
public interface StreakRepository {

    /** The stored streak, locked against concurrent updates until the surrounding transaction ends. */
    Optional<StreakRecord> findForUpdate(StreakScope scope, String userId);

    Optional<StreakRecord> find(StreakScope scope, String userId);

    /** All of the user's streaks: the personal one and one per server they answered in. */
    List<StreakRecord> findAll(String userId);

    void save(StreakRecord streak);
}
