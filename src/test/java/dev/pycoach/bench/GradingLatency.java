package dev.pycoach.bench;

import dev.pycoach.bank.BankLoader;
import dev.pycoach.bank.BankSource;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.embedding.MiniLmSentenceEmbedder;
import dev.pycoach.grading.Grader;
import dev.pycoach.grading.HybridGrader;
import dev.pycoach.grading.LexicalGrader;
import dev.pycoach.grading.SemanticThresholds;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the offline grader: bank load time, then per-answer latency for every question's model answer
 * (the cues usually cover it all, so the hybrid grader skips the model) and for a 2,000-character answer that
 * leaves most concepts to the semantic layer (its worst case), after a warm-up. Run with {@code scripts/bench-grading.sh}.
 * Arguments: [bank directory] [lexical|hybrid] (default: questions, hybrid).
 */
public final class GradingLatency {
    private GradingLatency() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        QuestionBank bank = new BankLoader().load(BankSource.fromDirectory(Path.of(args.length > 0 ? args[0] : "questions")));
        long loadMicros = (System.nanoTime() - t0) / 1_000;
        String kind = args.length > 1 ? args[1] : "hybrid";
        Grader grader = kind.equals("hybrid") ? hybrid() : new LexicalGrader();
        List<Question> questions = bank.questions();
        System.out.printf("grader: %s; %d cores; load average %.2f%n", kind, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        int warmups = kind.equals("hybrid") ? 2 : 20;
        for (int i = 0; i < warmups; i++) {
            for (int k = 0; k < questions.size(); k++) {
                grader.assess(questions.get(k), questions.get(k).modelAnswer());
                grader.assess(questions.get(k), long2000(questions.get(k), questions, k)); // rubric anchors embedded
            }
        }
        int rounds = kind.equals("hybrid") ? 5 : 50;
        long[] model = new long[rounds * questions.size()];
        long[] long2k = new long[rounds * questions.size()];
        int n = 0;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                String big = long2000(q, questions, i);
                long s = System.nanoTime();
                grader.assess(q, q.modelAnswer());
                long m = System.nanoTime();
                grader.assess(q, big);
                long e = System.nanoTime();
                model[n] = m - s;
                long2k[n++] = e - m;
            }
        }
        double cpuPerAnswer = (os.getProcessCpuTime() - cpu0) / 1e6 / (2.0 * n);
        System.out.printf("bank: %d questions loaded and validated in %.1f ms%n", questions.size(), loadMicros / 1000.0);
        report("model answer", model);
        report("2,000-char answer", long2k);
        System.out.printf("process CPU per graded answer (both kinds, all threads): %.2f ms%n", cpuPerAnswer);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after run: %.1f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    private static Grader hybrid() {
        MiniLmSentenceEmbedder embedder = new MiniLmSentenceEmbedder();
        long t0 = System.nanoTime();
        embedder.embed(List.of("warm up"));
        System.out.printf("embedding model load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        return new HybridGrader(new LexicalGrader(), embedder, SemanticThresholds.DEFAULT);
    }

    /**
     * A 2,000-character answer that makes the semantic layer work: the first sentence of the model answer, then
     * prose from other questions' model answers (fluent, technical, mostly not this rubric), so most concepts
     * stay uncovered by cues and every sentence is embedded.
     */
    private static String long2000(Question q, List<Question> questions, int index) {
        StringBuilder sb = new StringBuilder(firstSentence(q.modelAnswer()));
        for (int k = 1; sb.length() < 2000; k++) {
            sb.append(' ').append(questions.get((index + k) % questions.size()).modelAnswer().replace('\n', ' '));
        }
        String text = sb.substring(0, 2000);
        int end = text.lastIndexOf(". ");
        return end > 1500 ? text.substring(0, end + 1) : text;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-18s n=%d  p50=%.3f ms  p99=%.3f ms  max=%.3f ms%n", label, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
