package paiban.layout;

public enum FrameKind { TEXT, HEADLINE, IMAGE, RULE, AD, HEADER, TABLE }
