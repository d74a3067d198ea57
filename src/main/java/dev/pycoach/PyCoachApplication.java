package dev.pycoach;

import dev.pycoach.console.PyCoachCli;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: the command line decides what runs; see {@link PyCoachCli}. */
@SpringBootApplication
public class PyCoachApplication {

    public static void main(String[] args) {
        PyCoachCli cli = new PyCoachCli(springArgs -> {
            SpringApplication app = new SpringApplication(PyCoachApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            return app.run(springArgs);
        }, ThreadLocalRandom.current().nextLong(1, 1_000_000));
        int code;
        try {
            code = cli.run(List.of(args), System.in, System.out, System.err);
        } catch (RuntimeException e) {
            // Spring has already reported why the context failed (a bad bank is reported line by line).
            code = 1;
        }
        System.exit(code);
    }
}
