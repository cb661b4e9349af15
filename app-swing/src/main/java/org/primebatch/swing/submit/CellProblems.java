package org.primebatch.swing.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primebatch.api.RpcException;

/**
 * The problems of a refused submission, placed on the grid where they can be: the daemon lists them in
 * {@code data.problems} as {@code case 3 (name), input 'L': why}, numbering cases from 1. Problems that name no
 * case and input of the grid stay general.
 *
 * @param cells   the message for each grid cell at fault
 * @param listed  every problem as a line for the list under the grid, with the grid row where there is one
 */
public record CellProblems(Map<GridCell, String> cells, List<String> listed) {
    private static final Pattern CASE_INPUT = Pattern.compile("case (\\d+)(?: \\(.*\\))?, input '([^']*)': (.*)", Pattern.DOTALL);

    public CellProblems {
        cells = Map.copyOf(cells);
        listed = List.copyOf(listed);
    }

    /** The problems of {@code error} placed on the grid {@code model} was when the cases {@code sent} were taken. */
    public static CellProblems of(RpcException error, CaseRows sent, CasesTableModel model) {
        Map<GridCell, String> cells = new LinkedHashMap<>();
        List<String> listed = new ArrayList<>();
        for (String problem : problems(error)) {
            Matcher matcher = CASE_INPUT.matcher(problem);
            if (matcher.matches()) {
                int row = sent.rowOfCase(Integer.parseInt(matcher.group(1)));
                int column = model.columnOf(matcher.group(2));
                if (row >= 0 && column > 0) {
                    cells.merge(new GridCell(row, column), matcher.group(3), (a, b) -> a + "; " + b);
                    listed.add("Row " + (row + 1) + ", " + matcher.group(2) + ": " + matcher.group(3));
                    continue;
                }
            }
            listed.add(problem);
        }
        return new CellProblems(cells, listed);
    }

    /** The daemon's list of problems, or its message when it sent none. */
    static List<String> problems(RpcException error) {
        JsonNode details = error.details();
        JsonNode problems = details == null ? null : details.get("problems");
        List<String> lines = new ArrayList<>();
        if (problems != null && problems.isArray()) {
            for (JsonNode problem : problems) {
                lines.add(problem.isTextual() ? problem.asText() : problemText(problem));
            }
        }
        if (lines.isEmpty()) {
            lines.add(error.getMessage());
        }
        return lines;
    }

    /** A case file problem ({@code row}, {@code column}, {@code message}) as a line. */
    private static String problemText(JsonNode problem) {
        String message = problem.path("message").asText(problem.toString());
        int row = problem.path("row").asInt(0);
        String column = problem.path("column").isTextual() ? problem.get("column").asText() : null;
        return (row > 0 ? "row " + row + (column != null ? ", column " + column : "") + ": " : "") + message;
    }
}
