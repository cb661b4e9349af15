package org.primebatch.cases;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one case file; keeps the first {@value #MAX_LISTED} and counts the rest. */
final class Problems {
    static final int MAX_LISTED = 100;

    private final List<CaseProblem> listed = new ArrayList<>();
    private int total;

    void add(int row, String column, String message) {
        total++;
        if (listed.size() < MAX_LISTED) {
            listed.add(new CaseProblem(row, column, message));
        }
    }

    boolean any() {
        return total > 0;
    }

    CaseFileException exception(String source) {
        return new CaseFileException(source, listed, total);
    }
}
