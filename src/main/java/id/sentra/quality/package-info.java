/** Proves quality lot by lot: the specification library, heats and lots, sampling, disposition, SPC, certificates and traceability. */
@NullMarked
package id.sentra.quality;

import org.jspecify.annotations.NullMarked;
