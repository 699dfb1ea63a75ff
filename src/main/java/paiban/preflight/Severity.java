package paiban.preflight;

/** How bad a finding is: errors stop a page going to the plant, warnings ask for a look. */
public enum Severity { ERROR, WARNING }
