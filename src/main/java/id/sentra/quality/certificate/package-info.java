/** Inspection certificates in the EN 10204 3.1 style: issued for accepted lots, sealed with a keyed hash, verified by anyone. */
@NullMarked
package id.sentra.quality.certificate;

import org.jspecify.annotations.NullMarked;
