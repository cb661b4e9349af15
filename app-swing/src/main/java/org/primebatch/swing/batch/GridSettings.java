package org.primebatch.swing.batch;

import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import org.primebatch.api.BatchView;
import org.primebatch.swing.model.Edt;

/**
 * The cases table's {@link GridPreferences} as they stand, shared by the table, its header's menu and the main
 * window's View menu; the client listens to save them. Touched only on the event dispatch thread.
 */
public final class GridSettings implements CasesTableModel.HiddenColumns {
    private final List<Consumer<GridPreferences>> listeners = new CopyOnWriteArrayList<>();
    private final List<Action> figureActions = new ArrayList<>();
    private GridPreferences preferences = GridPreferences.DEFAULTS;

    public GridSettings() {
        for (int figures = GridPreferences.MIN_FIGURES; figures <= GridPreferences.MAX_FIGURES; figures++) {
            int chosen = figures;
            Action action = new AbstractAction(figures + " significant figures") {
                @Override
                public void actionPerformed(ActionEvent event) {
                    setSignificantFigures(chosen);
                }
            };
            action.putValue(Action.SHORT_DESCRIPTION, "Show numbers in the cases table to " + figures
                    + " significant figures; copies and exports keep every digit");
            action.putValue(Action.ACTION_COMMAND_KEY, "figures" + figures);
            figureActions.add(action);
        }
        selectFigures();
    }

    public GridPreferences get() {
        return preferences;
    }

    /** Takes {@code next} as they are, as when they are read at start; tells the listeners when they changed. */
    public void set(GridPreferences next) {
        Edt.require();
        if (next.equals(preferences)) {
            return;
        }
        preferences = next;
        selectFigures();
        listeners.forEach(listener -> listener.accept(next));
    }

    public int significantFigures() {
        return preferences.significantFigures();
    }

    public void setSignificantFigures(int figures) {
        set(preferences.withSignificantFigures(figures));
    }

    /** Called with the new preferences whenever they change. */
    public void addChangeListener(Consumer<GridPreferences> listener) {
        listeners.add(listener);
    }

    /**
     * One action per number of significant figures, selected ({@link Action#SELECTED_KEY}) when it is the one in use;
     * for radio-button menu items.
     */
    public List<Action> significantFigureActions() {
        return List.copyOf(figureActions);
    }

    @Override
    public Set<String> hiddenIn(BatchView batch) {
        return preferences.hiddenIn(worksheetOf(batch));
    }

    @Override
    public void hide(BatchView batch, Set<String> keys) {
        set(preferences.withHidden(worksheetOf(batch), keys));
    }

    private static String worksheetOf(BatchView batch) {
        return batch == null || batch.spec() == null ? null : batch.spec().worksheet();
    }

    private void selectFigures() {
        for (int i = 0; i < figureActions.size(); i++) {
            figureActions.get(i).putValue(Action.SELECTED_KEY,
                    GridPreferences.MIN_FIGURES + i == preferences.significantFigures());
        }
    }
}
