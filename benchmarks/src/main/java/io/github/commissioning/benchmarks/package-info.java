/**
 * JMH benchmarks of the commissioning model, its real history, its testkit and its command-line
 * tool, with an embedded DuckDB answering the same point-in-time lookups as the peer, and
 * {@link io.github.commissioning.benchmarks.Report}, which runs them all and writes
 * {@code BENCHMARKS.md}.
 */
@NullMarked
package io.github.commissioning.benchmarks;

import org.jspecify.annotations.NullMarked;
