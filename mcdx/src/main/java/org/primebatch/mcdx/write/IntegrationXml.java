package org.primebatch.mcdx.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.primebatch.mcdx.sheet.Designation;
import org.primebatch.mcdx.xml.McdxNamespaces;

/**
 * The part {@code mathcad/integration.xml} as Mathcad Prime writes it: a UTF-8 byte order mark, the XML declaration,
 * then on one line {@code <regions xmlns="…integration10">} with one {@code <region region-id="N"
 * ioTagType="Input|Output">} per designated region in the order of their ids, holding its aliases in
 * {@code <inputAliases>} or {@code <outputAliases>}; with nothing designated, {@code <regions xmlns="…" />}.
 */
public final class IntegrationXml {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private IntegrationXml() {
    }

    public static byte[] of(List<Designation> designations) {
        Map<Integer, List<Designation>> byRegion = new TreeMap<>();
        for (Designation d : designations) {
            byRegion.computeIfAbsent(d.regionId(), id -> new ArrayList<>()).add(d);
        }
        StringBuilder xml = new StringBuilder(DECLARATION).append("<regions xmlns=\"").append(McdxNamespaces.INTEGRATION)
                .append('"');
        if (byRegion.isEmpty()) {
            xml.append(" />");
        } else {
            xml.append('>');
            byRegion.forEach((id, aliases) -> region(id, aliases, xml));
            xml.append("</regions>");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length() + 8);
        out.writeBytes(BOM);
        out.writeBytes(xml.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void region(int id, List<Designation> aliases, StringBuilder xml) {
        Designation.Direction direction = aliases.get(0).direction();
        if (aliases.stream().anyMatch(d -> d.direction() != direction)) {
            throw new CaseWriteException("region " + id + " cannot be designated both as an input and as an output");
        }
        boolean input = direction == Designation.Direction.INPUT;
        String list = input ? "inputAliases" : "outputAliases";
        xml.append("<region region-id=\"").append(id).append("\" ioTagType=\"").append(input ? "Input" : "Output")
                .append("\"><").append(list).append('>');
        for (Designation d : aliases) {
            xml.append("<alias>").append(XmlText.escape(d.alias(), "alias " + d.alias())).append("</alias>");
        }
        xml.append("</").append(list).append("></region>");
    }
}
