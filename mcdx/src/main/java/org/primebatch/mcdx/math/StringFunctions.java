package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** concat, substr, search, strlen, num2str, str2num, vec2str, str2vec and error. Positions count from 0. */
final class StringFunctions {
    private StringFunctions() {
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "concat", 1, Integer.MAX_VALUE, args -> {
            StringBuilder s = new StringBuilder();
            for (Value arg : args) {
                s.append(text(arg, "concat"));
            }
            return new Text(s.toString());
        });
        Builtins.add(table, "strlen", 1, 1, args -> Scalar.of(text(args.get(0), "strlen").length()));
        Builtins.add(table, "substr", 3, 3, args -> {
            String s = text(args.get(0), "substr");
            int start = integer(args.get(1), "substr");
            int length = integer(args.get(2), "substr");
            if (start < 0 || length < 0) {
                throw new MathError("substr: the position and length must not be negative");
            }
            if (start >= s.length()) {
                return new Text("");
            }
            return new Text(s.substring(start, Math.min(s.length(), start + length)));
        });
        Builtins.add(table, "search", 3, 3, args -> {
            String s = text(args.get(0), "search");
            String part = text(args.get(1), "search");
            int start = integer(args.get(2), "search");
            if (start < 0) {
                throw new MathError("search: the position must not be negative");
            }
            return Scalar.of(start > s.length() ? -1 : s.indexOf(part, start));
        });
        Builtins.add(table, "num2str", 1, 1, args -> {
            Scalar x = Arithmetic.scalar(args.get(0), "num2str");
            double n = x.number("num2str");
            if (n != Math.rint(n) || Math.abs(n) >= 1e15) {
                throw new Unsupported("num2str of a number that is not a whole number");
            }
            return new Text(Long.toString((long) n));
        });
        Builtins.add(table, "str2num", 1, 1, args -> {
            String s = text(args.get(0), "str2num").strip();
            try {
                return Scalar.of(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                throw new Unsupported("str2num of \"" + s + "\"");
            }
        });
        Builtins.add(table, "str2vec", 1, 1, args -> {
            String s = text(args.get(0), "str2vec");
            if (s.isEmpty()) {
                throw new MathError("str2vec: the string is empty");
            }
            List<Value> codes = new ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                codes.add(Scalar.of(s.charAt(i)));
            }
            return Matrix.column(codes);
        });
        Builtins.add(table, "vec2str", 1, 1, args -> {
            Value v = args.get(0);
            List<Value> codes = v instanceof Matrix m ? m.elements() : List.of(v);
            if (v instanceof Matrix m && m.cols() != 1 && m.rows() != 1) {
                throw new MathError("vec2str: needs a vector");
            }
            StringBuilder s = new StringBuilder();
            for (Value code : codes) {
                int c = integer(code, "vec2str");
                if (c < 0 || c > 0xFFFF) {
                    throw new MathError("vec2str: " + c + " is not a character code");
                }
                s.append((char) c);
            }
            return new Text(s.toString());
        });
        Builtins.add(table, "error", 1, 1, args -> {
            throw new MathError(text(args.get(0), "error"));
        });
    }

    static String text(Value v, String name) {
        if (v instanceof Text t) {
            return t.text();
        }
        throw new MathError(name + ": this value must be a string, it is " + v.kind());
    }

    private static int integer(Value v, String name) {
        return Arithmetic.scalar(v, name).integer(name);
    }
}
