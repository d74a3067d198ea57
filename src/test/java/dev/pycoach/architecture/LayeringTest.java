package dev.pycoach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The domain stays platform-free: no JDA, no Spring, no JDBC, and no reaching into adapters. */
class LayeringTest {
    private static final String[] DOMAIN = {"dev.pycoach.bank..", "dev.pycoach.grading..", "dev.pycoach.interview..",
            "dev.pycoach.progress..", "dev.pycoach.daily.."};
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pycoach");

    @Test
    @DisplayName("the domain never imports JDA, Spring or JDBC")
    void domainIsPlatformFree() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "org.springframework..",
                        "java.sql..", "javax.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the domain never depends on an adapter (console, discord, store, config)")
    void domainDoesNotReachAdapters() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("dev.pycoach.console..", "dev.pycoach.discord..",
                        "dev.pycoach.store..", "dev.pycoach.config..", "dev.pycoach.report..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the bank knows nothing of grading or interviews, and grading nothing of interviews")
    void innerLayersDoNotDependOnOuter() {
        noClasses().that().resideInAPackage("dev.pycoach.bank..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pycoach.grading..", "dev.pycoach.interview..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.pycoach.grading..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pycoach.interview..")
                .check(classes);
    }

    @Test
    @DisplayName("interviews know progress only through their own ports (ProgressRecorder, PracticeHistory), never the progress package")
    void interviewDoesNotDependOnProgress() {
        noClasses().that().resideInAPackage("dev.pycoach.interview..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pycoach.progress..")
                .check(classes);
    }
}
