package org.primebatch.swing.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.primebatch.api.CaseInput;

/**
 * The artifact names the first cases of a batch would get, worked out here as the daemon does: the name template
 * filled with {@code {case}}, {@code {seq}}, {@code {batch}}, {@code {worksheet}} and input aliases, made a safe
 * file name, and a counter for a name already given. Only a preview: the dry run answers with the daemon's own.
 */
public final class NamePreview {
    private static final Set<String> BUILT_IN = Set.of("case", "seq", "batch", "worksheet");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\p{L}[\\p{L}\\p{N}_.]*");
    private static final String EMPTY_NAME = "case";

    private NamePreview() {
    }

    /** One case's names: its number (from 1) and a file name per export. */
    public record CaseNames(int seq, List<String> names) {
    }

    /**
     * The names of the first {@code count} cases, one per export; with no export, the bare names.
     *
     * @throws IllegalArgumentException when the template is not one the daemon takes, naming what is wrong
     */
    public static List<CaseNames> of(String template, String worksheetName, List<CaseInput> cases, List<String> exports,
                                     int count) {
        List<String> parts = parse(template);
        Set<String> given = new HashSet<>();
        List<CaseNames> preview = new ArrayList<>();
        for (int i = 0; i < Math.min(count, cases.size()); i++) {
            Map<String, String> values = values(cases.get(i), i + 1, worksheetName);
            String base = safe(render(parts, values));
            List<String> names = new ArrayList<>();
            for (String export : exports.isEmpty() ? List.of("") : exports) {
                String suffix = export.isEmpty() ? "" : "." + export;
                String name = base + suffix;
                for (int n = 2; !given.add(name.toLowerCase(Locale.ROOT)); n++) {
                    name = base + "_" + n + suffix;
                }
                names.add(name);
            }
            preview.add(new CaseNames(i + 1, names));
        }
        return preview;
    }

    private static Map<String, String> values(CaseInput input, int seq, String worksheetName) {
        Map<String, String> values = new HashMap<>();
        input.inputs().forEach((alias, value) -> {
            JsonNode node = value.value();
            values.put(alias, node.isTextual() ? node.asText() : node.toString());
        });
        values.put("case", input.name() != null ? input.name() : String.valueOf(seq));
        values.put("seq", String.valueOf(seq));
        values.put("batch", "new");
        values.put("worksheet", worksheetName);
        return values;
    }

    /** The template as literal text and placeholder names, alternately (placeholders at odd indexes). */
    static List<String> parse(String template) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("the name template is empty");
        }
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            int close = template.indexOf('}', at);
            if (close >= 0 && (open < 0 || close < open)) {
                throw new IllegalArgumentException("unbalanced } at position " + (close + 1));
            }
            if (open < 0) {
                parts.add(template.substring(at));
                return parts;
            }
            if (close < 0) {
                throw new IllegalArgumentException("unclosed { at position " + (open + 1));
            }
            String name = template.substring(open + 1, close);
            if (!BUILT_IN.contains(name) && !PLACEHOLDER.matcher(name).matches()) {
                throw new IllegalArgumentException("unknown placeholder {" + name + "}; use {case}, {seq}, {batch}, "
                        + "{worksheet} or an input alias");
            }
            parts.add(template.substring(at, open));
            parts.add(name);
            at = close + 1;
        }
    }

    private static String render(List<String> parts, Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = i % 2 == 0 ? parts.get(i) : values.get(parts.get(i));
            if (part != null) {
                text.append(part);
            }
        }
        return text.toString();
    }

    private static String safe(String text) {
        StringBuilder name = new StringBuilder(text.length());
        text.codePoints().forEach(c -> name.appendCodePoint(c < 0x20 || c == 0x7F || "<>:\"/\\|?*".indexOf(c) >= 0 ? '_' : c));
        String trimmed = name.toString().replaceAll("^[.\\s]+|[.\\s]+$", "");
        return trimmed.isEmpty() ? EMPTY_NAME : trimmed;
    }
}
