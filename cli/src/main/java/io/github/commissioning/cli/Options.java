package io.github.commissioning.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments, parsed strictly: each option is {@code --name VALUE} or
 * {@code --name=VALUE}, known to the command and given at most once; every other argument is
 * positional. Anything else is a usage error.
 */
final class Options {
  private final String command;
  private final Map<String, String> values;
  private final List<String> positional;

  private Options(String command, Map<String, String> values, List<String> positional) {
    this.command = command;
    this.values = values;
    this.positional = positional;
  }

  static Options parse(String command, List<String> args, Set<String> known, int positionals) {
    Map<String, String> values = new HashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-")) {
        positional.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (!known.contains(name)) {
        throw CommandException.usage(command + " has no option '" + name + "'");
      }
      if (equals < 0 && i + 1 == args.size()) {
        throw CommandException.usage(command + " option " + name + " needs a value");
      }
      String value = equals < 0 ? args.get(++i) : arg.substring(equals + 1);
      if (values.put(name, value) != null) {
        throw CommandException.usage(command + " option " + name + " is given twice");
      }
    }
    if (positional.size() != positionals) {
      throw CommandException.usage(command + (positionals == 0 ? " takes no arguments"
          : " takes exactly one argument") + " besides its options, not " + positional.size());
    }
    return new Options(command, values, positional);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String positional(int index) {
    return positional.get(index);
  }

  /** Returns the value of a date option, which must be an ISO date, or the default if absent. */
  Optional<LocalDate> date(String name) {
    return get(name).map(text -> isoDate(text).orElseThrow(() -> CommandException.usage(
        command + " option " + name + " '" + text + "' is not a valid ISO date (YYYY-MM-DD)")));
  }

  /** Reads a date written exactly YYYY-MM-DD, with no sign, spaces or other forms. */
  static Optional<LocalDate> isoDate(CharSequence text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException notACalendarDay) {
      return Optional.empty();
    }
  }

  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
