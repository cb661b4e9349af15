package org.primebatch.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for the artifacts of a batch's cases, from a name template such as {@code {case}_L{L}}.
 *
 * <p>Placeholders: {@code {case}}, {@code {seq}}, {@code {batch}}, {@code {worksheet}} and {@code {alias}} for any
 * input alias; a value that is missing renders as nothing. Names are made safe on Windows and Unix and never leave
 * the output directory. One instance hands out each name once (ignoring case), so two cases that would share a name
 * get {@code name_2}, {@code name_3}…; use one instance per batch and output directory. Thread-safe.
 */
public final class ArtifactNames {
    public static final Set<String> BUILT_IN = Set.of("case", "seq", "batch", "worksheet");
    public static final int MAX_LENGTH = 150;
    static final String EMPTY_NAME = "case";

    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,16}");
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])");

    /** The template cut into parts: literal text, or a placeholder name for odd indexes. */
    private final List<String> parts;
    private final Set<String> handedOut = new HashSet<>();
    private final Map<String, String> byCase = new java.util.HashMap<>();

    private ArtifactNames(List<String> parts) {
        this.parts = parts;
    }

    /**
     * Checks the template's syntax: balanced braces, and every placeholder a built-in one or shaped like an alias.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ArtifactNames of(String template) {
        return new ArtifactNames(parse(template));
    }

    /**
     * Like {@link #of(String)}, and every placeholder that is not built-in must be one of {@code inputAliases}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ArtifactNames of(String template, Collection<String> inputAliases) {
        List<String> parts = parse(template);
        for (int i = 1; i < parts.size(); i += 2) {
            String name = parts.get(i);
            if (!BUILT_IN.contains(name) && !inputAliases.contains(name)) {
                throw new IllegalArgumentException("unknown placeholder {" + name + "} in name template \"" + template
                        + "\"; use {case}, {seq}, {batch}, {worksheet} or an input alias");
            }
        }
        return new ArtifactNames(parts);
    }

    /**
     * The values of the placeholders for one case: its inputs as text, {@code case} (its name, else its number),
     * {@code seq}, {@code batch} and {@code worksheet} (the worksheet's file name without extension).
     */
    public static Map<String, String> placeholders(String caseName, int seq, String batch, String worksheet,
                                                   Map<String, CaseValue> inputs) {
        Map<String, String> values = new java.util.HashMap<>();
        inputs.forEach((alias, value) -> values.put(alias, value.value().isTextual() ? value.value().asText() : value.value().toString()));
        values.put("case", caseName != null ? caseName : String.valueOf(seq));
        values.put("seq", String.valueOf(seq));
        values.put("batch", batch);
        values.put("worksheet", worksheet);
        return values;
    }

    private static List<String> parse(String template) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("empty name template");
        }
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            int close = template.indexOf('}', at);
            if (close >= 0 && (open < 0 || close < open)) {
                throw new IllegalArgumentException("unbalanced } at position " + (close + 1) + " in name template \"" + template + "\"");
            }
            if (open < 0) {
                parts.add(template.substring(at));
                return parts;
            }
            if (close < 0) {
                throw new IllegalArgumentException("unclosed { at position " + (open + 1) + " in name template \"" + template + "\"");
            }
            String name = template.substring(open + 1, close);
            if (name.indexOf('{') >= 0) {
                throw new IllegalArgumentException("unbalanced { at position " + (open + 1) + " in name template \"" + template + "\"");
            }
            if (!BUILT_IN.contains(name) && !InputSyntax.isAlias(name)) {
                throw new IllegalArgumentException("unknown placeholder {" + name + "} in name template \"" + template
                        + "\"; use {case}, {seq}, {batch}, {worksheet} or an input alias");
            }
            parts.add(template.substring(at, open));
            parts.add(name);
            at = close + 1;
        }
    }

    /**
     * The path of a new artifact in {@code outDir}: the template filled with {@code values}, made a safe file name,
     * unique among the names this instance handed out, with {@code extension} (with or without its dot; null for none).
     */
    public Path resolve(Path outDir, Map<String, String> values, String extension) {
        return resolve(outDir, values, extension, null);
    }

    /**
     * As {@link #resolve(Path, Map, String)} for the case numbered {@code seq}: a case asking again (a retry) gets
     * the name it was given before rather than a new one.
     */
    public Path resolve(Path outDir, Map<String, String> values, String extension, Integer seq) {
        String suffix = extensionSuffix(extension);
        String base = safeBase(render(values), MAX_LENGTH - suffix.length());
        String fileName;
        synchronized (this) {
            String key = seq == null ? null : seq + suffix;
            fileName = key == null ? null : byCase.get(key);
            if (fileName == null) {
                fileName = claim(base, suffix);
                if (key != null) {
                    byCase.put(key, fileName);
                }
            }
        }
        Path root = outDir.normalize();
        Path path = root.resolve(fileName).normalize();
        if (!path.startsWith(root) || !root.equals(path.getParent())) {
            throw new IllegalStateException("artifact name \"" + fileName + "\" leaves the output directory " + root);
        }
        return path;
    }

    private String render(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = i % 2 == 0 ? parts.get(i) : values.get(parts.get(i));
            if (part != null) {
                text.append(part);
            }
        }
        return text.toString();
    }

    private synchronized String claim(String base, String suffix) {
        String name = base + suffix;
        for (int n = 2; !handedOut.add(name.toLowerCase(Locale.ROOT)); n++) {
            String counter = "_" + n;
            name = safeBase(base, MAX_LENGTH - suffix.length() - counter.length()) + counter + suffix;
        }
        return name;
    }

    private static String extensionSuffix(String extension) {
        if (extension == null || extension.isEmpty()) {
            return "";
        }
        String bare = extension.startsWith(".") ? extension.substring(1) : extension;
        if (!EXTENSION.matcher(bare).matches()) {
            throw new IllegalArgumentException("not a file extension: \"" + extension + "\"");
        }
        return "." + bare;
    }

    /** {@code text} as a file or folder name that Windows and Unix accept, without path separators. */
    public static String fileName(String text) {
        return safeBase(text, MAX_LENGTH);
    }

    /** {@code text} as a file name without extension that Windows and Unix accept, at most {@code maxLength} chars. */
    static String safeBase(String text, int maxLength) {
        StringBuilder name = new StringBuilder(text.length());
        text.codePoints().forEach(c -> name.appendCodePoint(isIllegal(c) ? '_' : c));
        String safe = trimDotsAndSpaces(truncate(trimDotsAndSpaces(name.toString()), maxLength));
        if (safe.isEmpty()) {
            return EMPTY_NAME;
        }
        int stemEnd = safe.indexOf('.');
        String stem = stemEnd < 0 ? safe : safe.substring(0, stemEnd);
        if (RESERVED.matcher(stem.stripTrailing()).matches()) {
            // Windows reserves these device names even with an extension: NUL.txt is the NUL device.
            safe = trimDotsAndSpaces(truncate(stem + "_" + safe.substring(stem.length()), maxLength));
        }
        return safe;
    }

    private static boolean isIllegal(int c) {
        return c < 0x20 || c == 0x7F || "<>:\"/\\|?*".indexOf(c) >= 0;
    }

    private static String trimDotsAndSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isDotOrSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isDotOrSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isDotOrSpace(char c) {
        return c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String truncate(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength;
        if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
