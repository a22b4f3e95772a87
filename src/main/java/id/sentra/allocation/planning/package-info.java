/** The realistic allocation model: members × contract lines × months, solved with CP-SAT and explained. */
@NullMarked
package id.sentra.allocation.planning;

import org.jspecify.annotations.NullMarked;
