package lab.spectra.desktop.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Callback;

/**
 * Every table of a window made readable at any size: the columns share the table's whole width
 * (no unused space beside cut values), no column is narrower than its header's text, and a value
 * too long for its cell is shown whole in the cell's tooltip.
 */
public final class Tables {

    static final String FITTED = "spectra.tables.fitted";
    /** Room for the sort arrow beside a header's text. */
    private static final double SORT_ARROW = 14;

    private Tables() {}

    /** Once the table's headers exist (it has been laid out); later calls do nothing. */
    public static void fit(TableView<?> table) {
        if (table.getProperties().containsKey(FITTED) || table.getSkin() == null) {
            return;
        }
        boolean headersFound = false;
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader) {
                headersFound |= keepHeaderWhole((TableColumnHeader) node);
            }
        }
        if (!headersFound && !table.getColumns().isEmpty()) {
            return; // not laid out yet: try after the next layout
        }
        table.getProperties().put(FITTED, Boolean.TRUE);
        if (table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        table.getColumns().forEach(Tables::tooltipsOnCells);
    }

    private static boolean keepHeaderWhole(TableColumnHeader header) {
        TableColumn<?, ?> column =
                header.getTableColumn() instanceof TableColumn ? (TableColumn<?, ?>) header.getTableColumn() : null;
        if (column == null || !column.getColumns().isEmpty()) {
            return false;
        }
        Node label = header.lookup(".label");
        if (!(label instanceof Label)) {
            return false;
        }
        double needed = ((Label) label).prefWidth(-1)
                + header.snappedLeftInset()
                + header.snappedRightInset()
                + (column.isSortable() ? SORT_ARROW : 0);
        if (column.getMinWidth() < needed) {
            column.setMinWidth(Math.ceil(needed));
        }
        if (column.getPrefWidth() < column.getMinWidth()) {
            column.setPrefWidth(column.getMinWidth());
        }
        return true;
    }

    private static <S, T> void tooltipsOnCells(TableColumn<S, T> column) {
        column.getColumns().forEach(Tables::tooltipsOnCells);
        wrap(column);
        // A screen that sets its own cell factory later keeps the tooltips too.
        column.cellFactoryProperty().addListener((observable, before, factory) -> {
            if (!(factory instanceof WithTooltips)) {
                wrap(column);
            }
        });
    }

    private static <S, T> void wrap(TableColumn<S, T> column) {
        if (!(column.getCellFactory() instanceof WithTooltips)) {
            column.setCellFactory(new WithTooltips<>(column.getCellFactory()));
        }
    }

    /** A cell factory that adds the whole value as a tooltip to the cells of another. */
    private static final class WithTooltips<S, T> implements Callback<TableColumn<S, T>, TableCell<S, T>> {

        private final Callback<TableColumn<S, T>, TableCell<S, T>> cells;

        WithTooltips(Callback<TableColumn<S, T>, TableCell<S, T>> cells) {
            this.cells = cells;
        }

        @Override
        public TableCell<S, T> call(TableColumn<S, T> column) {
            TableCell<S, T> cell = cells.call(column);
            Tooltip whole = new Tooltip();
            whole.setWrapText(true);
            whole.setMaxWidth(480);
            whole.textProperty().bind(cell.textProperty());
            cell.textProperty().addListener((observable, before, text) -> {
                if (cell.getTooltip() == null || cell.getTooltip() == whole) {
                    cell.setTooltip(text == null || text.isBlank() ? null : whole);
                }
            });
            return cell;
        }
    }
}
