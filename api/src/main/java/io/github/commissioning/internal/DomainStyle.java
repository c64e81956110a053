package io.github.commissioning.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every aggregate of the library: the generated class is
 * package-private and hidden behind the abstract type, which exposes a public {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    allParameters = false,
    depluralize = true,
    depluralizeDictionary = {"duty:duties"},
    privateNoargConstructor = false,
    // No annotations from the build's classpath (@Generated, Error Prone's): they would make
    // users' compilers warn about classes missing from their own classpath.
    allowedClasspathAnnotations = {Override.class})
public @interface DomainStyle {}
