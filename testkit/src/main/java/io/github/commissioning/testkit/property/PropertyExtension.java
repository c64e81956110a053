package io.github.commissioning.testkit.property;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.jspecify.annotations.Nullable;

/**
 * The JUnit 5 extension behind {@link Seed}: while a test method runs, it puts in force the seed
 * of the nearest {@code @Seed} annotation, on the method or else on its class or an enclosing
 * class. {@code @Seed} registers it, so there is rarely a need to name it.
 *
 * <p>Properties need no extension: with none, each run uses a new random seed.
 */
public final class PropertyExtension implements InvocationInterceptor {

  /** Creates the extension; JUnit does so. */
  public PropertyExtension() {}

  /**
   * Runs a test method with the seed of its {@link Seed} annotation in force, if it has one.
   *
   * @param invocation the test method's invocation
   * @param invocationContext the method and its arguments
   * @param extensionContext the context of the test
   * @throws Throwable whatever the test method throws
   */
  @Override
  public void interceptTestMethod(Invocation<@Nullable Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext)
      throws Throwable {
    proceedWithSeed(invocation, extensionContext);
  }

  /**
   * Runs an invocation of a test template, such as a parameterized or repeated test, with the
   * seed of its {@link Seed} annotation in force, if it has one.
   *
   * @param invocation the invocation
   * @param invocationContext the method and its arguments
   * @param extensionContext the context of the invocation
   * @throws Throwable whatever the test method throws
   */
  @Override
  public void interceptTestTemplateMethod(Invocation<@Nullable Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext)
      throws Throwable {
    proceedWithSeed(invocation, extensionContext);
  }

  private static void proceedWithSeed(Invocation<@Nullable Void> invocation,
      ExtensionContext context) throws Throwable {
    @Nullable Seed seed = seedOf(context);
    if (seed == null) {
      invocation.proceed();
    } else {
      Runner.withAnnotatedSeed(seed.value(), invocation::proceed);
    }
  }

  private static @Nullable Seed seedOf(ExtensionContext context) {
    for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent();
        current = current.get().getParent()) {
      Optional<AnnotatedElement> element = current.get().getElement();
      if (element.isPresent() && element.get().isAnnotationPresent(Seed.class)) {
        return element.get().getAnnotation(Seed.class);
      }
    }
    return null;
  }
}
