package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model read without canonical field names holds exactly what Jackson's default reading gives. */
class TradeoffModelReadTest {
    @Test
    void theLeanReadGivesTheSameWeightsInTheSameOrder() throws IOException {
        TradeoffModel.Weights plain;
        try (InputStream in = TradeoffModel.class.getResourceAsStream(TradeoffModel.RESOURCE)) {
            plain = new ObjectMapper().readValue(in, TradeoffModel.Weights.class);
        }
        TradeoffModel.Weights shipped = TradeoffModel.shipped().weights();
        assertEquals(plain, shipped);
        assertEquals(List.copyOf(plain.weights().keySet()), List.copyOf(shipped.weights().keySet()));
        assertEquals(List.copyOf(plain.weights().values()), List.copyOf(shipped.weights().values()));
    }
}
