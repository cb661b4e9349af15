package org.primebatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Event;
import org.primebatch.api.ItemState;
import org.primebatch.store.ItemMoves.Items;
import org.primebatch.store.ItemMoves.Move;

/** Every change of an item's state goes through one table of allowed transitions, each recorded by its event. */
class ItemMovesTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final long BATCH = 7;

    @TempDir
    Path dir;
    private Connection connection;

    @BeforeEach
    void openAFreshFile() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("queue.db"));
        Migrations.apply(connection);
        try (Statement st = connection.createStatement()) {
            st.execute("INSERT INTO batches (id, spec, priority, created, engine) VALUES (" + BATCH
                    + ", '{\"worksheet\":\"beam.mcdx\"}', 1, 0, 'echo')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyAllowedTransitionMovesTheItemAndRecordsItsEvent() throws SQLException {
        for (Transition transition : Transition.ALLOWED) {
            int seq = Transition.ALLOWED.indexOf(transition) + 1;
            long id = insertItem(seq, transition.from());
            boolean ofBatch = transition.event().startsWith("batch.");
            Items items = ofBatch ? new Items.OfBatch(BATCH, Set.of(transition.from()))
                    : new Items.One(id, BATCH, seq, transition.from());
            Tx tx = new Tx(connection);

            int moved = ItemMoves.move(tx, items, moveFor(transition), null, NOW);

            assertThat(moved).as(transition.toString()).isEqualTo(1);
            assertThat(state(id)).as(transition.toString()).isEqualTo(transition.to());
            assertThat(tx.events()).as(transition.toString()).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo(transition.event());
                assertThat(event.batch()).isEqualTo(BATCH);
                assertThat(event.item()).isEqualTo(ofBatch ? null : seq);
                if (!ofBatch) {
                    assertThat(event.state()).isEqualTo(transition.to().word());
                }
            });
            assertThat(leaseOwner(id)).as(transition.toString()).isEqualTo(
                    transition.to() == ItemState.RUNNING ? "owner" : null);
            assertThat(finished(id)).as(transition.toString()).isEqualTo(transition.to().isFinal());
            clearItems();
        }
    }

    @Test
    void aTransitionTheTableDoesNotAllowIsRefusedAndChangesNothing() throws SQLException {
        long id = insertItem(1, ItemState.SUCCEEDED);
        Tx tx = new Tx(connection);

        assertThatThrownBy(() -> ItemMoves.move(tx, new Items.One(id, BATCH, 1, ItemState.SUCCEEDED),
                Move.retry(NOW, "again"), null, NOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("succeeded").hasMessageContaining(Event.ITEM_RETRYING);
        assertThatThrownBy(() -> ItemMoves.move(tx, new Items.OfBatch(BATCH, Set.of(ItemState.SUCCEEDED)),
                Move.retryWithBatch(), null, NOW))
                .isInstanceOf(IllegalStateException.class);

        assertThat(state(id)).isEqualTo(ItemState.SUCCEEDED);
        assertThat(tx.events()).isEmpty();
    }

    @Test
    void anItemNoLongerInTheStateItWasReadInIsNotMoved() throws SQLException {
        long id = insertItem(1, ItemState.PENDING);
        Tx tx = new Tx(connection);

        assertThatThrownBy(() -> ItemMoves.move(tx, new Items.One(id, BATCH, 1, ItemState.RUNNING),
                Move.fail("boom"), null, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(state(id)).isEqualTo(ItemState.PENDING);
        assertThat(tx.events()).isEmpty();
    }

    @Test
    void theTableIsTheOneTheArchitectureShows() throws IOException {
        assertThat(documentedTransitions(Path.of("..", "docs", "architecture.md")))
                .containsExactlyInAnyOrderElementsOf(Transition.ALLOWED);
    }

    /** The rows of the table under "The queue's states": from (one state or several), to, event. */
    private static List<Transition> documentedTransitions(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        int at = lines.indexOf("## The queue's states");
        assertThat(at).as("the section in " + doc).isNotNegative();
        List<Transition> rows = new ArrayList<>();
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("| ") || line.startsWith("| from ")) {
                continue;
            }
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            ItemState to = ItemState.parse(cells[2]);
            String event = cells[4].replace("`", "");
            for (String from : cells[1].split(",")) {
                rows.add(new Transition(ItemState.parse(from.strip()), to, event));
            }
        }
        return rows;
    }

    private static Move moveFor(Transition transition) {
        return switch (transition.event()) {
            case Event.ITEM_STARTED -> Move.start("owner", NOW.plusSeconds(30), NOW);
            case Event.ITEM_SUCCEEDED -> Move.succeed(new Outcome.Succeeded(new Fence(0, "owner", 1),
                    Map.of("M", CaseValue.of(1.0, "kN*m")), List.of()));
            case Event.ITEM_RETRYING -> Move.retry(NOW.plusSeconds(2), "engine crashed");
            case Event.ITEM_REQUEUED -> Move.requeue(true);
            case Event.ITEM_FAILED -> Move.fail("bad input");
            case Event.ITEM_CANCELLED -> Move.cancel();
            case Event.BATCH_CANCELLED -> Move.cancelWithBatch();
            case Event.BATCH_RETRIED -> Move.retryWithBatch();
            case Event.BATCH_DISAGREED -> Move.rerunOn("mathcad");
            default -> throw new AssertionError("no move records " + transition.event());
        };
    }

    private long insertItem(int seq, ItemState state) throws SQLException {
        boolean running = state == ItemState.RUNNING;
        try (var st = connection.prepareStatement("INSERT INTO items (batch_id, seq, priority, state, attempts, "
                + "max_attempts, inputs, engine, lease_owner, lease_until) VALUES (?, ?, 1, ?, ?, 3, '{}', 'echo', ?, ?) "
                + "RETURNING id")) {
            st.setLong(1, BATCH);
            st.setInt(2, seq);
            st.setString(3, state.word());
            st.setInt(4, running ? 1 : 0);
            st.setString(5, running ? "owner" : null);
            st.setObject(6, running ? NOW.plusSeconds(30).toEpochMilli() : null);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private ItemState state(long id) throws SQLException {
        return ItemState.parse(column(id, "state"));
    }

    private String leaseOwner(long id) throws SQLException {
        return column(id, "lease_owner");
    }

    private boolean finished(long id) throws SQLException {
        return column(id, "finished") != null;
    }

    private String column(long id, String column) throws SQLException {
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("SELECT " + column + " FROM items WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void clearItems() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM items");
        }
    }
}
