package dev.pycoach.discord;

/** What the router routes to. */
record Handlers(InterviewCommand interview, InterviewButtonHandler buttons, DmAnswerHandler answers,
                PracticeHandler practice, ProgressCommand progress, TopicAutocomplete topics, DirectMessages dms,
                Views views) {
}
