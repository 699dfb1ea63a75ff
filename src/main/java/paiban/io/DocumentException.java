package paiban.io;

/** A document that cannot be read: the message names the file, the place in it and what is wrong. */
public class DocumentException extends Exception {
    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
