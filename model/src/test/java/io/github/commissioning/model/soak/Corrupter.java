package io.github.commissioning.model.soak;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.policy.Policies;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.policy.Policy;
import io.github.commissioning.testkit.generator.Codes;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.time.Period;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Makes bad input out of good: replaces one part of a value (a transition, a landscape's parts)
 * with a bad one of the same type, chosen to break a rule: a date before the landscape's or at the
 * end of time, a code no body has or a closed body's or one of another kind, money at the edge of
 * a long, shares that do not add up, a part dropped from a list or a bad one added. Records are
 * taken apart and built again through their canonical constructors, so any record works.
 */
final class Corrupter {
  private final Landscape landscape;
  private final List<OdsCode> codes;

  Corrupter(Landscape landscape) {
    this.landscape = landscape;
    this.codes = landscape.organisations().stream().map(Organisation::code).toList();
  }

  /** A record with its components, one or two of them replaced: built later, by the call. */
  record Recipe(Record original, Object[] components, String changed) {
    /** Builds the record from the components, throwing what its constructor throws. */
    Object build() throws Exception {
      return construct(original.getClass(), components);
    }

    @Override
    public String toString() {
      return changed + " in " + original;
    }
  }

  /** Replaces one or two components of a record with bad values, or null now and then. */
  Recipe corruptComponents(Record value, Source source) {
    RecordComponent[] parts = value.getClass().getRecordComponents();
    Object[] components = components(value);
    StringBuilder changed = new StringBuilder();
    int times = source.drawBoolean(0.2) ? 2 : 1;
    for (int t = 0; t < times; t++) {
      int which = source.drawInt(parts.length - 1);
      Object bad = source.drawInt(40) == 0 ? null
          : corrupt(components[which], parts[which].getGenericType().getTypeName(), source, 0);
      components[which] = bad;
      changed.append(changed.length() == 0 ? "" : " and ").append(parts[which].getName())
          .append(" = ").append(bad);
    }
    return new Recipe(value, components, changed.toString());
  }

  /** A bad value of the same type as the given one, or the value itself if none can be made. */
  Object corrupt(Object value, String type, Source source, int depth) {
    if (value instanceof LocalDate date) {
      return date(date, source);
    } else if (value instanceof OdsCode) {
      return code(source);
    } else if (value instanceof Money) {
      return Money.ofPence(Junk.longs().generate(source));
    } else if (value instanceof Share) {
      long denominator = 1 + source.draw(11);
      return Share.of(source.draw(denominator), denominator);
    } else if (value instanceof FinancialYear year) {
      return FinancialYear.of(Math.max(FinancialYear.MIN_START_YEAR, Math.min(
          FinancialYear.MAX_START_YEAR, year.startYear() + source.drawInt(20) - 10)));
    } else if (value instanceof String) {
      return Junk.text(8).generate(source);
    } else if (value instanceof Enum<?> constant) {
      Object[] all = constant.getDeclaringClass().getEnumConstants();
      return all[source.drawInt(all.length - 1)];
    } else if (value instanceof Optional<?> optional) {
      return optional.isEmpty() || source.drawBoolean(0.5) ? Optional.empty()
          : Optional.of(corrupt(optional.get(), inner(type), source, depth + 1));
    } else if (value instanceof ImmutableSet<?> set) {
      return ImmutableSet.copyOf(corruptList(new ArrayList<Object>(set), inner(type), source, depth));
    } else if (value instanceof ImmutableList<?> list) {
      return ImmutableList.copyOf(corruptList(new ArrayList<Object>(list), inner(type), source,
          depth));
    } else if (value instanceof Organisation body) {
      return organisation(body, source);
    } else if (value instanceof Allocation allocation) {
      return allocation(allocation, source);
    } else if (value instanceof Contract contract) {
      return contract.withPrice(Money.ofPence(Math.abs(Junk.longs().generate(source) / 2)));
    } else if (value instanceof Policy) {
      return source.drawBoolean(0.5) ? Policies.OPPOSITION_2009 : Policies.WHITE_PAPER_2010;
    } else if (value instanceof Record record && depth < 3) {
      Recipe recipe = corruptComponents(record, source);
      try {
        return recipe.build();
      } catch (Exception refused) {
        return value; // a bad part of a part is refused on its own, as the value soak shows
      }
    }
    return value;
  }

  private List<Object> corruptList(List<Object> items, String elementType, Source source,
      int depth) {
    int action = source.drawInt(4);
    if (items.isEmpty() || action == 0) {
      if (elementType.endsWith("OdsCode")) {
        items.add(code(source));
      }
      return items;
    }
    int at = source.drawInt(items.size() - 1);
    switch (action) {
      case 1 -> items.remove(at);
      case 2 -> items.add(corrupt(items.get(at), elementType, source, depth + 1));
      case 3 -> items.clear();
      default -> items.set(at, corrupt(items.get(at), elementType, source, depth + 1));
    }
    return items;
  }

  /** A date the landscape's changes must not have: before it, at the ends of time, or near it. */
  LocalDate date(LocalDate near, Source source) {
    int choice = source.drawInt(4);
    if (choice == 4 && (near.getYear() < -999_999_000 || near.getYear() > 999_999_000)) {
      return near;
    }
    return switch (choice) {
      case 0 -> landscape.date().minusDays(1 + source.drawInt(3650));
      case 1 -> source.drawBoolean(0.5) ? LocalDate.MIN : LocalDate.MAX;
      case 2 -> LocalDate.of(1900 + source.drawInt(8099), 1 + source.drawInt(11),
          1 + source.drawInt(27));
      case 3 -> landscape.date();
      default -> near.plusDays(source.drawInt(400) - 200);
    };
  }

  /** A code no body has, a body's of the landscape (perhaps closed), or one of any kind. */
  OdsCode code(Source source) {
    if (!codes.isEmpty() && source.drawBoolean(0.5)) {
      return codes.get(source.drawInt(codes.size() - 1));
    }
    OrganisationKind[] kinds = OrganisationKind.values();
    return Codes.valid(kinds[source.drawInt(kinds.length - 1)]).generate(source);
  }

  private Organisation organisation(Organisation body, Source source) {
    OrganisationKind[] kinds = OrganisationKind.values();
    try {
      return switch (source.drawInt(3)) {
        case 0 -> Organisation.of(body.code(), body.name(), kinds[source.drawInt(kinds.length - 1)],
            body.operational());
        case 1 -> body.withOperational(Period.from(date(body.operational().start(), source)));
        case 2 -> body.closedOn(body.operational().start().plusDays(source.drawInt(30)));
        default -> Organisation.of(code(source), body.name(), body.kind(), body.operational());
      };
    } catch (RuntimeException refused) {
      return body;
    }
  }

  private Allocation allocation(Allocation allocation, Source source) {
    try {
      return switch (source.drawInt(3)) {
        case 0 -> allocation.withAmount(Money.ofPence(Math.abs(Junk.longs().generate(source) / 2)));
        case 1 -> allocation.withHolder(code(source));
        case 2 -> allocation.withAccountingOfficer(code(source));
        default -> allocation.withFunding(source.drawBoolean(0.5)
            ? io.github.commissioning.finance.Funding.CASH
            : io.github.commissioning.finance.Funding.INDICATIVE);
      };
    } catch (RuntimeException refused) {
      return allocation;
    }
  }

  /** The type argument of a generic type name such as {@code ImmutableSet<OdsCode>}. */
  private static String inner(String type) {
    int open = type.indexOf('<');
    return open < 0 ? "" : type.substring(open + 1, type.length() - 1);
  }

  static Object[] components(Record value) {
    RecordComponent[] parts = value.getClass().getRecordComponents();
    Object[] components = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        components[i] = parts[i].getAccessor().invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + parts[i], e);
      }
    }
    return components;
  }

  /** Calls a record's canonical constructor, throwing what it throws. */
  static Object construct(Class<?> type, Object[] components) throws Exception {
    Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
        .toArray(Class<?>[]::new);
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    try {
      return canonical.newInstance(components);
    } catch (InvocationTargetException thrown) {
      if (thrown.getCause() instanceof Exception cause) {
        throw cause;
      }
      if (thrown.getCause() instanceof Error error) {
        throw error;
      }
      throw thrown;
    }
  }
}
