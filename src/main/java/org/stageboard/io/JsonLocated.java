package org.stageboard.io;

/**
 * A file bound to records together with where its values start and which fields each object holds, for formats that
 * check their records after binding and report problems at a line and column (templates).
 */
public record JsonLocated<T>(T value, JsonPositions positions) {
}
