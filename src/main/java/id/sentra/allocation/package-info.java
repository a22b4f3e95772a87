/** Splits contracts over cooperative members: the optimisation engine and, later, its plans and work orders. */
@NullMarked
package id.sentra.allocation;

import org.jspecify.annotations.NullMarked;
