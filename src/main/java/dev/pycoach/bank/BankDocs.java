package dev.pycoach.bank;

import java.util.List;
import java.util.Map;

/** The YAML shape of a bank file, bound by Jackson before validation turns it into domain records. */
final class BankDocs {
    private BankDocs() {
    }

    record FileDoc(List<QuestionDoc> questions) {
    }

    record QuestionDoc(String id, String topic, String level, String kind, String python, String prompt,
                       CodeDoc code, List<ConceptDoc> concepts, List<MisconceptionDoc> misconceptions,
                       List<ProbeDoc> probes, List<String> hints, String modelAnswer, List<String> references) {
    }

    record CodeDoc(String source, Map<String, String> expectedOutput) {
    }

    record ConceptDoc(String id, String point, Integer weight, List<String> cues, String explain) {
    }

    record MisconceptionDoc(String id, String claim, List<String> cues, String correction, String challenge,
                            List<String> refutes) {
    }

    record ProbeDoc(String id, String targets, String after, String prompt, List<ConceptDoc> concepts,
                    List<MisconceptionDoc> misconceptions) {
    }
}
