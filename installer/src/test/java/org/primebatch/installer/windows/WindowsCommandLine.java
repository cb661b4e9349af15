package org.primebatch.installer.windows;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into arguments as the Microsoft C runtime does for {@code java.exe}: white space separates
 * arguments outside double quotes; 2n backslashes before a quote are n backslashes and the quote toggles quoting,
 * 2n+1 backslashes before a quote are n backslashes and a literal quote; other backslashes are literal.
 */
final class WindowsCommandLine {
    private WindowsCommandLine() {
    }

    static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean inArgument = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                int slashes = 0;
                while (i < line.length() && line.charAt(i) == '\\') {
                    slashes++;
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '"') {
                    current.append("\\".repeat(slashes / 2));
                    if (slashes % 2 == 1) {
                        current.append('"');
                        i++;
                    }
                } else {
                    current.append("\\".repeat(slashes));
                }
                inArgument = true;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
                inArgument = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inArgument) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
            i++;
        }
        if (inArgument) {
            args.add(current.toString());
        }
        return args;
    }
}
