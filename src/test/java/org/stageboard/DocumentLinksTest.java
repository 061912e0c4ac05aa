package org.stageboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The README and the round-by-round records it moved out ({@code src/docs}) point at each other and at pictures by
 * relative links; a renamed or moved file must not leave a reader at a dead link.
 */
class DocumentLinksTest {
    @Test
    void everyRelativeLinkAndPictureNamesAnExistingFile() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("src/docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> dead = new ArrayList<>();
        int relative = 0;
        for (Path doc : documents) {
            for (String target : relativeTargets(Files.readString(doc))) {
                relative++;
                Path file = doc.toAbsolutePath().getParent().resolve(target).normalize();
                if (!Files.exists(file)) {
                    dead.add(doc + " -> " + target);
                }
            }
        }
        assertTrue(relative >= 4, "the README links its picture and the three history files; found " + relative);
        assertTrue(dead.isEmpty(), "dead links: " + dead);
    }

    /** Link and picture targets that are files of this repository (no scheme, no in-page anchor), without anchors. */
    private static List<String> relativeTargets(String markdown) {
        List<String> targets = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(image.getDestination());
            }

            private void add(String destination) {
                if (!destination.isEmpty() && !destination.startsWith("#") && !destination.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) {
                    targets.add(destination.replaceFirst("#.*$", ""));
                }
            }
        });
        return targets;
    }
}
