package dev.pycoach.config;

import dev.pycoach.bank.BankSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds the bank's files: a folder on disk when configured, else the {@code questions/} packaged in the jar. */
public final class BankSources {
    private BankSources() {
    }

    public static List<BankSource> load(Path dir) {
        if (dir != null) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("the question bank folder " + dir + " does not exist");
            }
            return BankSource.fromDirectory(dir);
        }
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:questions/*.yaml");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(BankSources::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the packaged question bank", e);
        }
    }

    private static BankSource read(Resource resource) {
        try {
            return new BankSource("questions/" + resource.getFilename(),
                    resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
