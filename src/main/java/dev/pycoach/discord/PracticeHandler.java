package dev.pycoach.discord;

import dev.pycoach.interview.PracticeService;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * {@code /practice} and its components: a question posted in the channel, an Answer button that opens a modal,
 * and private feedback on the modal's answer, which counts towards the user's progress (streak, points, reviews).
 * Stateless: the question id travels in the component ids.
 */
final class PracticeHandler {
    private final PracticeService practice;
    private final OptionParser options;
    private final RateLimits limits;
    private final LongSupplier seeds;
    private final Views views;
    private final PracticeRecorder recorder;

    PracticeHandler(PracticeService practice, OptionParser options, RateLimits limits, LongSupplier seeds,
                    Views views, PracticeRecorder recorder) {
        this.practice = practice;
        this.options = options;
        this.limits = limits;
        this.seeds = seeds;
        this.views = views;
        this.recorder = recorder;
    }

    /** Posts a question (from {@code /practice} with its options, or "Another question" with none). */
    void post(String userId, String topic, String level, InteractionReply reply) {
        limits.requireAnswer(userId, views.notices());
        reply.send(List.of(views.practice().question(
                practice.pick(options.topic(topic), options.level(level), seeds.getAsLong()))));
    }

    void openModal(ComponentId.PracticeAnswer id, InteractionReply reply) {
        reply.modal(views.practice().answerModal(practice.question(id.questionId())));
    }

    void answer(String userId, ComponentId.PracticeModal id, String answer, InteractionReply reply) {
        limits.requireAnswer(userId, views.notices());
        PracticeService.Result result = practice.grade(id.questionId(), answer);
        reply.send(views.practice().feedback(result, recorder.saved(userId, result)));
    }
}
