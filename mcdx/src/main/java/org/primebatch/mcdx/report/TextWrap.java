package org.primebatch.mcdx.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Breaks text into lines no wider than a width: at the last space that fits, else inside a long word. */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, double width, ToDoubleFunction<String> measure) {
        return lines(text, width, width, measure);
    }

    /** The first line may be {@code firstWidth} wide, the lines after it {@code width}. */
    static List<String> lines(String text, double firstWidth, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (!rest.isEmpty() && measure.applyAsDouble(rest) > (lines.isEmpty() ? firstWidth : width)) {
            double available = lines.isEmpty() ? firstWidth : width;
            int fits = longestFittingPrefix(rest, available, measure);
            int space = rest.lastIndexOf(' ', fits);
            int cut = space > 0 && !rest.substring(0, space).isBlank() ? space : fits;
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    /** At least one character, never splitting a surrogate pair. */
    private static int longestFittingPrefix(String text, double width, ToDoubleFunction<String> measure) {
        int low = 1;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (measure.applyAsDouble(text.substring(0, mid)) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int cut = low;
        if (cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) {
            cut = cut > 1 ? cut - 1 : cut + 1;
        }
        return cut;
    }
}
