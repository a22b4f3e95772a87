/** Heats, their spectrometer import and lots of work orders: the production records quality is judged on. */
@NullMarked
package id.sentra.quality.production;

import org.jspecify.annotations.NullMarked;
