/**
 * Organisations and how they stand to each other: {@link io.github.commissioning.organisation.OdsCode
 * codes}, {@link io.github.commissioning.organisation.OrganisationKind kinds} with their
 * {@link io.github.commissioning.organisation.Capacity capacities},
 * {@link io.github.commissioning.organisation.Organisation organisations} and dated
 * {@link io.github.commissioning.organisation.Relationship relationships}.
 */
@NullMarked
package io.github.commissioning.organisation;

import org.jspecify.annotations.NullMarked;
