package paiban.ui.panels;

/**
 * A value a row refuses, with the reason in the interface language (the
 * bound it passed), for the panel to show; the old value stays.
 */
public final class RefusedValue extends IllegalArgumentException {
    RefusedValue(String message) { super(message); }
}
