package org.stageboard.template;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the templates packaged with the program. The build copies {@code templates/*.json} to the class-path folder
 * {@value #FOLDER}; that folder is read straight from where the classes were loaded (a directory such as
 * {@code target/classes}, or the jar), so adding a template file needs no index to keep up to date. Translations
 * are copied from {@code templates/i18n/} to {@value #FOLDER}{@code /i18n}.
 */
final class ShippedTemplates {
    static final String FOLDER = "org/stageboard/templates";
    /** The sub-folder, next to the templates, that holds their translations ({@code <id>.<language>.json}). */
    static final String TRANSLATIONS = "i18n";

    /** A template file's name as shown to the user, and its bytes. */
    record Entry(String name, byte[] content) {
    }

    private ShippedTemplates() {
    }

    /** Where this program's classes come from: a directory or a jar file. */
    static Path codeSource() throws IOException {
        CodeSource cs = ShippedTemplates.class.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            throw new IOException("the program's location is unknown");
        }
        try {
            return Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("unsupported program location " + cs.getLocation());
        }
    }

    /** Every {@code *.json} in {@value #FOLDER} under {@code root} (a class directory or a jar), sorted by name. */
    static List<Entry> read(Path root) throws IOException {
        return read(root, FOLDER);
    }

    /** The translations: every {@code *.json} in {@value #FOLDER}{@code /}{@value #TRANSLATIONS}, sorted by name. */
    static List<Entry> readTranslations(Path root) throws IOException {
        return read(root, FOLDER + "/" + TRANSLATIONS);
    }

    private static List<Entry> read(Path root, String folder) throws IOException {
        if (Files.isDirectory(root)) {
            return readFolder(root.resolve(folder), root.resolve(folder).toString() + root.getFileSystem()
                    .getSeparator());
        }
        try (FileSystem jar = FileSystems.newFileSystem(root)) {
            return readFolder(jar.getPath(folder), root.getFileName() + "!/" + folder + "/");
        }
    }

    /** Every {@code *.json} directly in {@code folder}, sorted by name; none when the folder does not exist. */
    static List<Entry> readFolder(Path folder, String shownPrefix) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out; // no templates packaged
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(new Entry(shownPrefix + f.getFileName(), Files.readAllBytes(f)));
            }
        }
        return out;
    }
}
