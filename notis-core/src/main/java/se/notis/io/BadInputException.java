package se.notis.io;

/** Input that cannot be read as a document; the message is one line meant for the user. */
public final class BadInputException extends Exception {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
