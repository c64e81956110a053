package io.github.commissioning.testkit.property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fixes the seed of every {@link Property} checked in a JUnit 5 test that has no seed of its own,
 * to replay a failure:
 *
 * <pre>{@code
 * @Test
 * @Seed(-4_211_830_914_275_523_347L)
 * void sumsStayBelowTheCap() {
 *   Property.forAll(Gen.listOf(Gen.integers(0, 100), 0, 20)).checkThat(...);
 * }
 * }</pre>
 *
 * <p>On a class, it fixes the seed of every test in the class that has no annotation of its own.
 * The annotation brings its {@link PropertyExtension} with it. A seed given to the property by
 * {@link Property#withSeed(long)} takes precedence, and this annotation over the system property
 * {@value Property#SEED_PROPERTY}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ExtendWith(PropertyExtension.class)
public @interface Seed {
  /**
   * Returns the seed.
   *
   * @return the seed, such as one a {@link PropertyFailure} reported
   */
  long value();
}
