package org.harmattan.cli;

/**
 * What the terminal may show of a document number. Console output ends up in scheduler logs, and
 * document numbers are personal data, so the terminal shows only the first two and last two
 * characters; the CSV file an analyst asks for with {@code --csv} carries the full number.
 */
final class Redaction {
  private Redaction() {}

  static String documentNumber(String number) {
    if (number == null) {
      return null;
    }
    return number.length() <= 4 ? "*".repeat(number.length())
        : number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
  }
}
