package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template file in templates/ (and its translations in templates/i18n/) and the test templates load into
 * exactly the model they loaded into when the loader was a hand-written tree walker: the golden file holds, per file,
 * a digest of the loaded {@link Template}'s full record text, computed with that loader before it was replaced.
 * A template edit changes its line; regenerate with {@code -Dtemplate.golden.write=true} and review the diff.
 */
class TemplateGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/templates/loaded-golden.txt");

    @Test
    void everyTemplateLoadsIntoTheSameModel() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.addAll(digests(Fixtures.SHIPPED_DIR));
        lines.addAll(digests(Fixtures.DIR));
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("template.golden.write")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
    }

    private static List<String> digests(Path dir) throws Exception {
        TemplateLoader loader = new TemplateLoader();
        List<String> out = new ArrayList<>();
        for (Path file : jsonIn(dir)) {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            out.add(dir + "/" + name + " " + digest(loader.parse(name, bytes)));
            for (Path tr : jsonIn(dir.resolve("i18n"))) {
                String trName = tr.getFileName().toString();
                if (trName.startsWith(name.substring(0, name.length() - 5) + ".")
                        && trName.chars().filter(c -> c == '.').count() == 2) {
                    out.add(dir + "/i18n/" + trName + " "
                            + digest(loader.parseTranslation(name, bytes, trName, Files.readAllBytes(tr))));
                }
            }
        }
        return out;
    }

    private static List<Path> jsonIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String digest(Template t) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(t.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
