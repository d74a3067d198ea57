package dev.pycoach.interview;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Misconception;
import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import java.util.List;
import java.util.Optional;

/**
 * Names every follow-up of a question with one string: an authored probe id, {@code challenge:<misconception>}
 * for a challenge of a question misconception, or {@code challenge:<probe>/<misconception>} for one stated
 * in a probe answer. A challenge is graded against the concepts its misconception refutes.
 */
public final class ProbeRefs {
    public static final String CHALLENGE = "challenge";
    private static final String PREFIX = CHALLENGE + ":";

    private ProbeRefs() {
    }

    public static String challenge(String probeId, String misconceptionId) {
        return probeId == null ? PREFIX + misconceptionId : PREFIX + probeId + "/" + misconceptionId;
    }

    public static boolean isChallenge(String ref) {
        return ref.startsWith(PREFIX);
    }

    public static Optional<Probe> resolve(Question question, String ref) {
        if (!isChallenge(ref)) {
            return question.probe(ref);
        }
        String rest = ref.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return question.misconception(rest).flatMap(m -> challengeOf(ref, m, question.concepts()));
        }
        return question.probe(rest.substring(0, slash)).flatMap(p -> p.misconceptions().stream()
                .filter(m -> m.id().equals(rest.substring(slash + 1))).findFirst()
                .flatMap(m -> challengeOf(ref, m, p.concepts())));
    }

    private static Optional<Probe> challengeOf(String ref, Misconception m, List<Concept> concepts) {
        if (m.challenge() == null) {
            return Optional.empty();
        }
        List<Concept> refuted = concepts.stream().filter(c -> m.refutes().contains(c.id())).toList();
        if (refuted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Probe(ref, CHALLENGE, null, m.challenge(), refuted, List.of(m)));
    }
}
