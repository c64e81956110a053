package io.github.commissioning.cli;

import java.util.Map;

/** A small JSON writer: objects, arrays, strings, numbers and booleans, with commas placed. */
final class Json {
  private final StringBuilder text = new StringBuilder();
  private boolean needsComma;

  Json open() {
    comma();
    text.append('{');
    needsComma = false;
    return this;
  }

  Json close() {
    text.append('}');
    needsComma = true;
    return this;
  }

  Json array() {
    comma();
    text.append('[');
    needsComma = false;
    return this;
  }

  Json endArray() {
    text.append(']');
    needsComma = true;
    return this;
  }

  Json name(String name) {
    comma();
    string(name);
    text.append(':');
    needsComma = false;
    return this;
  }

  Json value(String value) {
    comma();
    string(value);
    needsComma = true;
    return this;
  }

  void field(String name, String value) {
    name(name).value(value);
  }

  void field(String name, long value) {
    name(name);
    text.append(value);
    needsComma = true;
  }

  void field(String name, boolean value) {
    name(name);
    text.append(value);
    needsComma = true;
  }

  void counts(String name, Map<?, ? extends Number> counts) {
    name(name).open();
    counts.forEach((key, count) -> field(key.toString(), count.longValue()));
    close();
  }

  void pence(String name, Map<?, io.github.commissioning.money.Money> amounts) {
    name(name).open();
    amounts.forEach((key, amount) -> field(key.toString(), amount.pence()));
    close();
  }

  private void comma() {
    if (needsComma) {
      text.append(',');
    }
  }

  private void string(String value) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        default -> {
          if (c < 0x20) {
            text.append(String.format("\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
    text.append('"');
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
