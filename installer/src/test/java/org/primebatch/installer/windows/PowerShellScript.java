package org.primebatch.installer.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A generated PowerShell script's text, its code without comments, and parts of it between two markers. */
record PowerShellScript(String name, String text, String code) {
    private static final Pattern BLOCK_COMMENT = Pattern.compile("<#.*?#>", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*#(?!Requires).*$");

    static PowerShellScript load(String name) throws IOException {
        String text = GeneratedFiles.text(name).replace("\r\n", "\n");
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(text).replaceAll("")).replaceAll("");
        return new PowerShellScript(name, text, code);
    }

    /** The code from the first {@code from} (included) to the next {@code to} after it (excluded). */
    String section(String from, String to) {
        int start = code.indexOf(from);
        assertThat(start).as("%s in %s", from, name).isNotNegative();
        int end = code.indexOf(to, start + from.length());
        assertThat(end).as("%s after %s in %s", to, from, name).isPositive();
        return code.substring(start, end);
    }

    /** The position of {@code part} in the code, failing when it is not there. */
    int at(String part) {
        int at = code.indexOf(part);
        assertThat(at).as("%s in %s", part, name).isNotNegative();
        return at;
    }

    /** The single-quoted value assigned to {@code $variable} in the code. */
    String constant(String variable) {
        Matcher m = Pattern.compile("(?m)^\\$" + Pattern.quote(variable) + "\\s*=\\s*'([^']*)'").matcher(code);
        assertThat(m.find()).as("$%s = '…' in %s", variable, name).isTrue();
        return m.group(1);
    }
}
