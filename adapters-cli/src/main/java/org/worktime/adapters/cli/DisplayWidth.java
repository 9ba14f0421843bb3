package org.worktime.adapters.cli;

/**
 * How many columns of a terminal a text takes, to align tables whose cells hold Hebrew, accents or
 * emoji: combining marks, joiners and variation selectors take none, East Asian wide letters and
 * emoji take two, everything else one. An approximation of Unicode's East Asian Width (UAX #11): an
 * emoji built of several joined ones counts each part.
 */
public final class DisplayWidth {

  private DisplayWidth() {}

  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      width += columns(codePoint);
    }
    return width;
  }

  /** {@code text} followed by spaces up to {@code width} columns. */
  public static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  static int columns(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL
        || isSkinTone(codePoint)) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  private static boolean isSkinTone(int codePoint) {
    return codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x231A && c <= 0x231B)
        || (c >= 0x23E9 && c <= 0x23EC)
        || (c >= 0x25FD && c <= 0x25FE)
        || (c >= 0x2614 && c <= 0x2615)
        || (c >= 0x2648 && c <= 0x2653)
        || c == 0x26A1
        || (c >= 0x26AA && c <= 0x26AB)
        || (c >= 0x26BD && c <= 0x26BE)
        || (c >= 0x26F5 && c <= 0x26FA)
        || c == 0x2705
        || (c >= 0x270A && c <= 0x270B)
        || c == 0x2728
        || c == 0x274C
        || (c >= 0x2753 && c <= 0x2755)
        || (c >= 0x2795 && c <= 0x2797)
        || c == 0x2B50
        || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F004 && c <= 0x1F0CF)
        || (c >= 0x1F18E && c <= 0x1F19A)
        || (c >= 0x1F200 && c <= 0x1F251)
        || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F680 && c <= 0x1F6FF)
        || (c >= 0x1F7E0 && c <= 0x1F7EB)
        || (c >= 0x1F90C && c <= 0x1F9FF)
        || (c >= 0x1FA70 && c <= 0x1FAFF)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
