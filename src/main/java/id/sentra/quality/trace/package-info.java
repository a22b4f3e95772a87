/** Traceability both ways: a lot or certificate back to its heats, charge, member, order and buyer; a heat forward to every lot and buyer it reached. */
@NullMarked
package id.sentra.quality.trace;

import org.jspecify.annotations.NullMarked;
