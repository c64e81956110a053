/** Build-time support shared by the library's packages; not part of the api. */
@NullMarked
package io.github.commissioning.internal;

import org.jspecify.annotations.NullMarked;
