package paiban.model.frame;

public enum VerticalAlign { TOP, CENTER, BOTTOM, JUSTIFY }
