/** The allocation engine core: solves generalized assignment problems (agents with capacities, jobs with per-agent cost and size). */
@NullMarked
package id.sentra.allocation.engine;

import org.jspecify.annotations.NullMarked;
