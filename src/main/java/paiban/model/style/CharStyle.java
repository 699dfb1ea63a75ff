package paiban.model.style;

/**
 * A named character style laid over part of a paragraph. Null fields inherit
 * from the paragraph style.
 */
public record CharStyle(String name, FontFamily family, Boolean bold, Cmyk color) {
    public CharStyle {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("character style needs a name");
    }
}
