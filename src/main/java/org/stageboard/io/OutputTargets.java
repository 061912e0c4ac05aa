package org.stageboard.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import org.stageboard.i18n.Messages;

/**
 * Whether the command line may replace an existing output file that is not a board (an exported image): only a
 * file that is recognisably of the kind being written, or an empty one. The command line never asks, so anything
 * else (a board, a document, a pipe) is refused and left as it was.
 */
public final class OutputTargets {
    /** The eight bytes every PNG file starts with. */
    public static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private OutputTargets() {
    }

    /** The one-line reason {@code target} must not be replaced by a PNG, or empty when it may be. */
    public static Optional<String> pngRefusal(Path target) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty(); // nothing there to lose
        }
        if (attrs.isDirectory()) {
            return Optional.empty(); // the writer's own check says "this is a folder"
        }
        if (!attrs.isRegularFile()) {
            return Optional.of(Messages.get("io.error.saveNotRegular", target));
        }
        if (attrs.size() == 0) {
            return Optional.empty();
        }
        try {
            byte[] head = SafeFiles.readPrefix(target, PNG_SIGNATURE.length);
            return Arrays.equals(head, PNG_SIGNATURE) ? Optional.empty()
                    : Optional.of(Excerpt.line(Messages.get("io.error.replaceNotPng", target)));
        } catch (SafeFiles.Unreadable e) {
            return Optional.of(Excerpt.line(Messages.get("io.error.save", target, e.getMessage())));
        }
    }
}
