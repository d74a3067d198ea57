package dev.pycoach.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The text of one bank file and the name used in error messages. */
public record BankSource(String name, String text) {

    /** Every {@code *.yaml} file directly in {@code dir}, sorted by name so loading is deterministic. */
    public static List<BankSource> fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(BankSource::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the question bank folder " + dir, e);
        }
    }

    private static BankSource read(Path file) {
        try {
            return new BankSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
