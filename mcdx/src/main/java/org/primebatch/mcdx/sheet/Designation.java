package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.primebatch.mcdx.xml.McdxNamespaces;

/** A designated input or output (mathcad/integration.xml): the alias automation uses and the region it names. */
public record Designation(String alias, int regionId, Direction direction) {
    public static final String PART = "mathcad/integration.xml";

    public enum Direction { INPUT, OUTPUT }

    /** Designations in the order the file lists them, one per alias. */
    static List<Designation> read(Optional<Document> integration) {
        if (integration.isEmpty()) {
            return List.of();
        }
        String ns = McdxNamespaces.INTEGRATION;
        List<Designation> out = new ArrayList<>();
        for (Element region : Dom.children(integration.get().getDocumentElement(), ns, "region")) {
            Integer id = Dom.intAttribute(region, "region-id");
            String type = Dom.attribute(region, "ioTagType");
            if (id == null || type == null) {
                continue;
            }
            Direction direction = type.equalsIgnoreCase("Input") ? Direction.INPUT
                    : type.equalsIgnoreCase("Output") ? Direction.OUTPUT : null;
            if (direction == null) {
                continue;
            }
            String aliases = direction == Direction.INPUT ? "inputAliases" : "outputAliases";
            for (Element list : Dom.children(region, ns, aliases)) {
                for (Element alias : Dom.children(list, ns, "alias")) {
                    String name = alias.getTextContent().strip();
                    if (!name.isEmpty()) {
                        out.add(new Designation(name, id, direction));
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
