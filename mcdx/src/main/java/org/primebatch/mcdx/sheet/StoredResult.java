package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.primebatch.mcdx.xml.McdxNamespaces;

/**
 * The last computed value of a math region (mathcad/result.xml, by {@code result-id}): its calculation status, the
 * {@code <ml:result>} element (null when none is stored, e.g. for definitions) and the messages of its
 * {@code <engineErrors>}. A stored value may be stale: see {@link CalculationStatus}.
 */
public record StoredResult(int resultId, CalculationStatus status, Element value, List<String> engineErrors) {
    public static final String PART = "mathcad/result.xml";

    public StoredResult {
        engineErrors = List.copyOf(engineErrors);
    }

    public Optional<Element> result() {
        return Optional.ofNullable(value);
    }

    /** True when the result holds a value ({@code <ml:result>} with content). */
    public boolean hasValue() {
        return value != null && !Dom.children(value).isEmpty();
    }

    public boolean hasEngineErrors() {
        return !engineErrors.isEmpty();
    }

    static Map<Integer, StoredResult> read(Optional<Document> results) {
        Map<Integer, StoredResult> out = new LinkedHashMap<>();
        if (results.isEmpty()) {
            return out;
        }
        for (Element data : Dom.children(results.get().getDocumentElement(), McdxNamespaces.RESULT, "resultData")) {
            Integer id = Dom.intAttribute(data, "result-id");
            if (id == null) {
                continue;
            }
            Element value = Dom.child(data, McdxNamespaces.MATH, "result").orElse(null);
            out.putIfAbsent(id, new StoredResult(id, CalculationStatus.of(Dom.attribute(data, "calculation-status")),
                    value, errors(data)));
        }
        return out;
    }

    private static List<String> errors(Element data) {
        List<String> messages = new ArrayList<>();
        for (Element errors : Dom.children(data, McdxNamespaces.RESULT, "engineErrors")) {
            for (Element error : Dom.children(errors, McdxNamespaces.RESULT, "engineError")) {
                String text = Dom.child(error, McdxNamespaces.RESULT, "resource-string")
                        .or(() -> Dom.child(error, McdxNamespaces.RESULT, "errorCode"))
                        .map(e -> e.getTextContent().strip())
                        .orElse("");
                messages.add(text.isEmpty() ? "calculation error" : text);
            }
        }
        return messages;
    }
}
