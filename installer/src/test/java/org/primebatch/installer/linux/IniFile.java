package org.primebatch.installer.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sections and keys of a systemd unit or a desktop entry: {@code [Section]} headers, {@code Key=Value} lines
 * (a key may repeat; systemd reads each occurrence), comments starting with {@code #} or {@code ;}, and lines
 * continued by a trailing backslash (systemd only).
 */
record IniFile(Map<String, List<Entry>> sections) {
    record Entry(String key, String value, int line) {
    }

    static IniFile read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    static IniFile parse(String text) {
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        List<Entry> current = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            while (line.endsWith("\\") && i + 1 < lines.length) {
                line = line.substring(0, line.length() - 1).stripTrailing() + " " + lines[++i].strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new IllegalArgumentException("line " + number + ": unclosed section header: " + line);
                }
                String name = line.substring(1, line.length() - 1);
                if (sections.containsKey(name)) {
                    throw new IllegalArgumentException("line " + number + ": section [" + name + "] again");
                }
                current = new ArrayList<>();
                sections.put(name, current);
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + number + ": neither a section nor Key=Value: " + line);
            }
            if (current == null) {
                throw new IllegalArgumentException("line " + number + ": key before the first section: " + line);
            }
            current.add(new Entry(line.substring(0, eq).strip(), line.substring(eq + 1).strip(), number));
        }
        return new IniFile(sections);
    }

    /** Every value of {@code key} in {@code section}, in file order. */
    List<String> all(String section, String key) {
        return sections.getOrDefault(section, List.of()).stream().filter(e -> e.key().equals(key)).map(Entry::value).toList();
    }

    /** The value of a key that must occur at most once. */
    Optional<String> get(String section, String key) {
        List<String> values = all(section, key);
        if (values.size() > 1) {
            throw new IllegalStateException(key + " occurs " + values.size() + " times in [" + section + "]");
        }
        return values.stream().findFirst();
    }

    String require(String section, String key) {
        return get(section, key).orElseThrow(() -> new AssertionError("[" + section + "] has no " + key + "="));
    }

    /** Whitespace-separated words of every occurrence of {@code key}, as systemd joins list settings. */
    List<String> words(String section, String key) {
        return all(section, key).stream().flatMap(v -> List.of(v.split("\\s+")).stream()).filter(w -> !w.isEmpty()).toList();
    }
}
