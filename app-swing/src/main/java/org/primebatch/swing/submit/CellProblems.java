package org.primebatch.swing.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primebatch.api.RpcException;

/**
 * The problems of a refused submission, placed on the grid where they can be: the daemon names each bad value in
 * {@code data.cells} by case (numbered from 1) and input; its {@code data.problems} are the same as lines. Problems of
 * no case and input of the grid stay general.
 *
 * @param cells   the message for each grid cell at fault
 * @param listed  every problem as a line for the list under the grid, with the grid row where there is one
 * @param general the problems of no grid cell, as lines
 */
public record CellProblems(Map<GridCell, String> cells, List<String> listed, List<String> general) {
    public CellProblems {
        cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        listed = List.copyOf(listed);
        general = List.copyOf(general);
    }

    /** The problems of {@code error} placed on the grid {@code model} was when the cases {@code sent} were taken. */
    public static CellProblems of(RpcException error, CaseRows sent, CasesGridModel model) {
        Map<GridCell, String> cells = new LinkedHashMap<>();
        List<String> listed = new ArrayList<>();
        List<String> general = new ArrayList<>();
        JsonNode byCell = error.details() == null ? null : error.details().get("cells");
        if (byCell == null || !byCell.isArray() || byCell.isEmpty()) {
            return new CellProblems(cells, problems(error), problems(error));
        }
        for (JsonNode problem : byCell) {
            String input = problem.path("input").asText();
            String message = problem.path("message").asText();
            int row = sent.rowOfCase(problem.path("case").asInt(0));
            int column = model.columnOf(input);
            if (row >= 0 && column > 0) {
                cells.merge(new GridCell(row, column), message, (a, b) -> a + "; " + b);
                listed.add("Row " + (row + 1) + ", " + input + ": " + message);
            } else {
                String line = "Case " + problem.path("case").asInt() + ", " + input + ": " + message;
                listed.add(line);
                general.add(line);
            }
        }
        return new CellProblems(cells, listed, general);
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
