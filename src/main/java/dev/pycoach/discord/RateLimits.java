package dev.pycoach.discord;

/** The two per-user limits: starting interviews, and answering (DM messages, Submit, practice answers). */
record RateLimits(RateLimiter starts, RateLimiter answers) {
}
