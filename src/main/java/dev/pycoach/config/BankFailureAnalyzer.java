package dev.pycoach.config;

import dev.pycoach.bank.BankException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad bank at start-up into its file:line list instead of a stack trace. */
public class BankFailureAnalyzer extends AbstractFailureAnalyzer<BankException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BankException cause) {
        return new FailureAnalysis("The question bank has problems:\n" + cause.getMessage(),
                "Fix the lines above, then check with: java -jar target/pycoach.jar bank validate DIR", cause);
    }
}
