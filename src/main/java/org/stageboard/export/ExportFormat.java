package org.stageboard.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every format a board exports to, with the file extensions that choose it. */
public enum ExportFormat {
    PNG("png", true, ".png"),
    SVG("svg", true, ".svg"),
    PDF("pdf", true, ".pdf"),
    MARKDOWN("md", false, ".md", ".markdown"),
    MERMAID("mmd", false, ".mmd", ".mermaid"),
    EXCALIDRAW("excalidraw", false, ".excalidraw");

    private final String id;
    private final boolean picture;
    private final List<String> extensions;

    ExportFormat(String id, boolean picture, String... extensions) {
        this.id = id;
        this.picture = picture;
        this.extensions = List.of(extensions);
    }

    /** The name used by {@code --format} and in the dialog: png, svg, pdf, md, mmd, excalidraw. */
    public String id() {
        return id;
    }

    /** True for the images, which take scale, background and padding; false for the text formats. */
    public boolean isPicture() {
        return picture;
    }

    /** The extension added to a file name that has none, with its dot. */
    public String extension() {
        return extensions.get(0);
    }

    public static Optional<ExportFormat> fromId(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equalsIgnoreCase(id == null ? "" : id.trim()) || f.name().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public static Optional<ExportFormat> fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extensions.stream().anyMatch(name::endsWith)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** "png, svg, pdf, md, mmd or excalidraw"-style list for messages. */
    public static String idList() {
        return String.join(", ", java.util.Arrays.stream(values()).map(ExportFormat::id).toList());
    }
}
