package org.stageboard.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that refuses more than a format's number of values (objects, lists, strings, numbers), so that binding a
 * file into records stays in bounded memory: a 49 MB list of empty objects under a known field is refused after the
 * limit instead of becoming millions of records. Fields a record does not know are skipped by Jackson with
 * {@link #skipChildren()}, which does not pass through here: an unknown field costs parsing time, never memory.
 */
final class JsonValueBudget extends JsonParserDelegate {
    private final int maxValues;
    private int values;

    /** Too many values for the format; a parse error, so it carries the place in the file. */
    static final class TooManyValues extends JsonParseException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        TooManyValues(JsonParser p, int limit) {
            super(p, "more than " + limit + " values");
            this.limit = limit;
        }

        int limit() {
            return limit;
        }
    }

    JsonValueBudget(JsonParser parser, int maxValues) {
        super(parser);
        this.maxValues = maxValues;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t != null && t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                && ++values > maxValues) {
            throw new TooManyValues(this, maxValues);
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        // the delegate's own nextValue would step past this count
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }
}
