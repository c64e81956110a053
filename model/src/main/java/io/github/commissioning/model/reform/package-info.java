/**
 * The reforms of the seed articles as executable scenarios: the landscape of England on
 * 31 March 2010 built from the bundled real data ({@link
 * io.github.commissioning.model.reform.England2010}), the weighted capitation that funds it
 * ({@link io.github.commissioning.model.reform.Capitation}), and the 2009 opposition plan and the
 * 2010 white paper as reorganisations of it ({@link io.github.commissioning.model.reform.SeedReform}).
 */
@NullMarked
package io.github.commissioning.model.reform;

import org.jspecify.annotations.NullMarked;
