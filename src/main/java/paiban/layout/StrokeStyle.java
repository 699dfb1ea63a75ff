package paiban.layout;

/** How a rule is stroked: a full line, dashes of four weights, or round dots two weights apart. */
public enum StrokeStyle { SOLID, DASHED, DOTTED }
