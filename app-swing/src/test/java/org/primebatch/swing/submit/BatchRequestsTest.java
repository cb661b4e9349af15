package org.primebatch.swing.submit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Json;

class BatchRequestsTest {
    @Test
    void fewCasesGoInlineAndManyInChunksThatFitAProtocolLine() throws Exception {
        assertThat(BatchRequests.chunks(cases(3))).hasSize(1);

        List<CaseInput> many = cases(20_000);
        List<ArrayNode> chunks = BatchRequests.chunks(many);
        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks.stream().mapToInt(ArrayNode::size).sum()).isEqualTo(many.size());
        for (ArrayNode chunk : chunks) {
            assertThat(Json.MAPPER.writeValueAsBytes(chunk).length).isLessThanOrEqualTo(BatchRequests.INLINE_BYTES + 1);
        }
        assertThat(chunks.get(1).get(0).get("name").asText()).isEqualTo("case " + chunks.get(0).size());
    }

    private static List<CaseInput> cases(int count) {
        List<CaseInput> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(new CaseInput("case " + i, Map.of("L", CaseValue.of(i * 0.5, "m"), "w", CaseValue.of(12, "kN/m"))));
        }
        return cases;
    }
}
