package dev.pycoach.discord;

/** The two per-user limits: starting interviews, and answering (DM messages, Submit, practice answers). */
record RateLimits(RateLimiter starts, RateLimiter answers) {

    /** Counts an interview start; refuses with the "slow down" message past the limit. */
    void requireStart(String userId, NoticeView notices) {
        RateLimiter.Decision decision = starts.acquire(userId);
        if (!decision.allowed()) {
            throw new UserFacingException(notices.slowDownStarts(decision).getContent());
        }
    }

    /** Counts an answer (or a practice question) made through an interaction; refuses past the limit. */
    void requireAnswer(String userId, NoticeView notices) {
        RateLimiter.Decision decision = answers.acquire(userId);
        if (!decision.allowed()) {
            throw new UserFacingException(notices.slowDownAnswers(decision).getContent());
        }
    }
}
