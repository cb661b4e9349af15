package org.primebatch.cases;

import java.util.List;

/** A case file that cannot be used; lists every problem found (up to {@link Problems#MAX_LISTED}). */
public class CaseFileException extends RuntimeException {
    private final String source;
    private final List<CaseProblem> problems;
    private final int total;

    public CaseFileException(String source, List<CaseProblem> problems, int total) {
        super(describe(source, problems, total));
        this.source = source;
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public String source() {
        return source;
    }

    /** The problems listed, at most {@link Problems#MAX_LISTED}. */
    public List<CaseProblem> problems() {
        return problems;
    }

    /** How many problems were found, including those not listed. */
    public int total() {
        return total;
    }

    private static String describe(String source, List<CaseProblem> problems, int total) {
        StringBuilder text = new StringBuilder()
                .append(source).append(": ").append(total).append(total == 1 ? " problem" : " problems");
        for (CaseProblem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        if (total > problems.size()) {
            text.append(System.lineSeparator()).append("  … and ").append(total - problems.size()).append(" more");
        }
        return text.toString();
    }
}
