package io.github.commissioning.model.reform;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.commissioning.model.ods.RegisteredPatients;
import io.github.commissioning.model.ods.RegisteredPatients.AgeBand;
import io.github.commissioning.money.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted-capitation formula: each registered patient counts for a weight by sex and age band,
 * and money is divided between bodies in proportion to their weighted populations, exactly to the
 * penny.
 *
 * <p>The weights are the library's own illustrative figures, in hundredths of an average adult's
 * need: they follow the familiar shape of health spending by age (young children and the old cost
 * most; women of child-bearing age more than men) but are not the Department of Health's formula,
 * which also weighs deprivation, market forces and local need.
 *
 * <table>
 *   <caption>Weights per patient, in hundredths</caption>
 *   <tr><th>Band</th><th>Male</th><th>Female</th></tr>
 *   <tr><td>0-4</td><td>100</td><td>95</td></tr>
 *   <tr><td>5-14</td><td>55</td><td>55</td></tr>
 *   <tr><td>15-24</td><td>60</td><td>90</td></tr>
 *   <tr><td>25-34</td><td>65</td><td>110</td></tr>
 *   <tr><td>35-44</td><td>75</td><td>95</td></tr>
 *   <tr><td>45-54</td><td>95</td><td>105</td></tr>
 *   <tr><td>55-64</td><td>135</td><td>135</td></tr>
 *   <tr><td>65-74</td><td>210</td><td>190</td></tr>
 *   <tr><td>75+</td><td>340</td><td>320</td></tr>
 * </table>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Capitation {
  private static final int[] MALE = {100, 55, 60, 65, 75, 95, 135, 210, 340};
  private static final int[] FEMALE = {95, 55, 90, 110, 95, 105, 135, 190, 320};

  private Capitation() {}

  /**
   * Returns the weight of one patient, in hundredths.
   *
   * @param female whether the patient is female
   * @param band the patient's age band
   * @return the weight, positive
   */
  public static int weight(boolean female, AgeBand band) {
    checkNotNull(band, "band");
    return (female ? FEMALE : MALE)[band.ordinal()];
  }

  /**
   * Returns a practice's weighted population, in hundredths of a patient.
   *
   * @param patients the practice's registered patients
   * @return the sum over bands of patients times weight
   */
  public static long weighted(RegisteredPatients patients) {
    checkNotNull(patients, "patients");
    long total = 0;
    for (AgeBand band : AgeBand.values()) {
      total += (long) patients.males(band) * weight(false, band)
          + (long) patients.females(band) * weight(true, band);
    }
    return total;
  }

  /**
   * Divides an amount in proportion to weights, exactly to the penny: each part is its exact
   * share rounded down, and the pence left over go one each to the largest remainders (the
   * earlier key first on a tie).
   *
   * @param amount the amount, not negative
   * @param weights each key's weight, none negative, at least one positive
   * @param <K> the key
   * @return each key's part, in the order of the weights, adding up to {@code amount}
   * @throws IllegalArgumentException if the amount is negative, a weight is negative, or all are
   *     zero
   */
  public static <K> ImmutableMap<K, Money> apportion(Money amount, Map<K, Long> weights) {
    checkNotNull(amount, "amount");
    checkNotNull(weights, "weights");
    checkArgument(!amount.isNegative(), "Cannot apportion a negative amount: %s", amount);
    BigInteger total = BigInteger.ZERO;
    for (Map.Entry<K, Long> weight : weights.entrySet()) {
      checkArgument(weight.getValue() >= 0, "The weight of %s is negative: %s", weight.getKey(),
          weight.getValue());
      total = total.add(BigInteger.valueOf(weight.getValue()));
    }
    checkArgument(total.signum() > 0, "Cannot apportion %s when every weight is zero", amount);
    BigInteger pence = BigInteger.valueOf(amount.pence());
    Map<K, Long> parts = new LinkedHashMap<>();
    List<Map.Entry<K, BigInteger>> remainders = new ArrayList<>();
    long given = 0;
    for (Map.Entry<K, Long> weight : weights.entrySet()) {
      BigInteger[] division = pence.multiply(BigInteger.valueOf(weight.getValue()))
          .divideAndRemainder(total);
      parts.put(weight.getKey(), division[0].longValueExact());
      given += division[0].longValueExact();
      remainders.add(Map.entry(weight.getKey(), division[1]));
    }
    List<Map.Entry<K, BigInteger>> byRemainder = new ArrayList<>(remainders);
    byRemainder.sort(Comparator.comparing((Map.Entry<K, BigInteger> e) -> e.getValue()).reversed());
    for (int i = 0; i < amount.pence() - given; i++) {
      parts.merge(byRemainder.get(i).getKey(), 1L, Long::sum);
    }
    ImmutableMap.Builder<K, Money> result = ImmutableMap.builder();
    parts.forEach((key, part) -> result.put(key, Money.ofPence(part)));
    return result.buildOrThrow();
  }
}
