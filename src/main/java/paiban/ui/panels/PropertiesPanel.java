package paiban.ui.panels;

import java.util.List;
import java.util.Optional;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import paiban.model.frame.AdFrame;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import paiban.ui.Messages;

/**
 * The selected frame's or page's properties, and the paragraph style at the
 * story editor's caret, in a ControlsFX PropertySheet.
 */
public final class PropertiesPanel extends VBox {
    private final PropertiesViewModel vm;
    private final PropertySheet sheet = new PropertySheet();
    private final Label title = new Label();
    /** Why the last value typed was refused (out of range), until the next value is taken. */
    private final Label refusal = new Label();
    /** 置入广告… / 更换… · 移除 · 刷新, shown while one ad frame is selected. */
    private final HBox adBar = new HBox(6);
    private final Button place = new Button();
    private final Button remove = new Button();
    private final Button refresh = new Button();
    /** The section last opened, by the user or {@link #expandStyle()}; kept open while the rows change under it. */
    private String expanded;

    public PropertiesPanel(PropertiesViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll("side-panel", "properties-panel");
        title.setText(Messages.get("properties.title"));
        title.getStyleClass().add("panel-title");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setId("properties-sheet");
        sheet.setPropertyEditorFactory(new RowEditors(item -> item instanceof RowItem r ? r.row : null,
                new DocumentUndoKeys(vm::undo, vm::redo)));
        // categories in the order the view model gives them (frame, geometry, text, story, style), not alphabetical
        sheet.setCategoryComparator((a, b) -> Integer.compare(categoryIndex(a), categoryIndex(b)));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        adBar.getStyleClass().add("ad-bar");
        adBar.setId("ad-bar");
        place.setId("ad-place");
        remove.setId("ad-remove");
        refresh.setId("ad-refresh");
        place.setOnAction(e -> chooseAd());
        remove.setOnAction(e -> vm.removeAd());
        refresh.setOnAction(e -> vm.refreshAds());
        labelAdBar();
        refusal.setId("properties-refusal");
        refusal.getStyleClass().add("refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(vm.refusalProperty());
        refusal.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        getChildren().addAll(title, refusal, adBar, sheet);
        vm.rows().addListener((ListChangeListener<PropertyRow>) c -> rebuild());
        vm.onRefresh(this::labelAdBar);
        rebuild();
        // the sections exist once the sheet has its skin
        sheet.skinProperty().addListener(o -> keepExpanded());
    }

    public PropertySheet sheet() { return sheet; }

    /** Title and rows in the current interface language. */
    public void relabel() {
        title.setText(Messages.get("properties.title"));
        vm.relabel();
    }

    private int categoryIndex(String category) {
        for (int i = 0; i < vm.rows().size(); i++) if (vm.rows().get(i).category().equals(category)) return i;
        return Integer.MAX_VALUE;
    }

    /** Opens the paragraph style's section (the sheet shows one section at a time), if there is one. */
    public void expandStyle() {
        vm.styleCategory().ifPresent(c -> {
            expanded = c;
            keepExpanded();
        });
    }

    /**
     * Back to the selection's sections: the style's section, opened for work
     * in the story editor, gives way to the first (the frame's or the page's);
     * another section the designer opened stays open.
     */
    public void expandSelection() {
        if (expanded == null || !expanded.equals(vm.styleCategory().orElse(null))) return;
        expanded = null;
        Accordion sections = sections();
        if (sections != null && !sections.getPanes().isEmpty()) sections.setExpandedPane(sections.getPanes().get(0));
    }

    /** The section that is open, null when none is (or the sheet is not yet shown). */
    public String expandedCategory() {
        Accordion sections = sections();
        return sections == null || sections.getExpandedPane() == null ? null : sections.getExpandedPane().getText();
    }

    /** Asks for an ad file (PDF, JPEG, PNG) and places it in the selected ad frame. */
    private void chooseAd() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ad.filter"),
                "*.pdf", "*.PDF", "*.jpg", "*.jpeg", "*.png"));
        java.nio.file.Path current = vm.editionFile();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        java.io.File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) vm.placeAd(chosen.toPath());
    }

    private void labelAdBar() {
        Optional<AdFrame> ad = vm.selectedAd();
        adBar.setVisible(ad.isPresent());
        adBar.setManaged(ad.isPresent());
        boolean placed = ad.isPresent() && !ad.get().placedFile().isBlank();
        place.setText(Messages.get(placed ? "ad.replace" : "ad.place"));
        remove.setText(Messages.get("ad.remove"));
        refresh.setText(Messages.get("ad.refresh"));
        adBar.getChildren().setAll(placed ? List.of(place, remove, refresh) : List.of(place));
    }

    private void rebuild() {
        labelAdBar();
        sheet.getItems().setAll(vm.rows().stream().map(RowItem::new).toList());
        keepExpanded();
    }

    /**
     * The sheet builds its sections anew with every new set of rows, the first
     * one open; the one the designer had open stays open instead.
     */
    private void keepExpanded() {
        Accordion sections = sections();
        if (sections == null) return;
        for (TitledPane pane : sections.getPanes()) {
            if (pane.getText().equals(expanded)) sections.setExpandedPane(pane);
            detachWhileClosed(pane);
        }
        if (!sections.getProperties().containsKey(PropertiesPanel.class)) {
            sections.getProperties().put(PropertiesPanel.class, Boolean.TRUE);
            sections.expandedPaneProperty().addListener((o, old, now) -> {
                if (now != null) expanded = now.getText();
            });
        }
    }

    /**
     * A closed section keeps its rows out of the scene graph, put back as it opens: JavaFX walks
     * every node of the window each frame (bounds, and CSS when asked), and the closed sections of
     * a frame's sheet hold most of the window's nodes (a thousand of its 1,300 with a text frame
     * selected), which slowed every frame of a drag by about a millisecond.
     */
    private static void detachWhileClosed(TitledPane pane) {
        if (pane.getProperties().containsKey(PropertiesPanel.class)) return;
        Node[] rows = {pane.getContent()};
        pane.getProperties().put(PropertiesPanel.class, rows);
        pane.expandedProperty().addListener((o, was, open) -> {
            if (open && pane.getContent() == null) pane.setContent(rows[0]);
            else if (!open && pane.getContent() != null) {
                rows[0] = pane.getContent();
                pane.setContent(null);
            }
        });
        if (!pane.isExpanded()) pane.setContent(null);
    }

    private Accordion sections() {
        return sheet.lookup(".accordion") instanceof Accordion a ? a : null;
    }

    private final class RowItem implements PropertySheet.Item {
        private final PropertyRow row;

        RowItem(PropertyRow row) { this.row = row; }

        @Override public Class<?> getType() { return row.type(); }

        @Override public String getCategory() { return row.category(); }

        @Override public String getName() { return row.name(); }

        @Override public String getDescription() { return row.name(); }

        @Override public Object getValue() { return row.value(); }

        @Override public void setValue(Object value) { vm.set(row, value); }

        @Override public boolean isEditable() { return row.editable(); }

        @Override public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(row.valueProperty());
        }
    }
}
