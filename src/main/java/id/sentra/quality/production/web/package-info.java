/** Pages for heats, spectrometer import and lots: the member's phone-friendly forms and the operator's read view. */
@NullMarked
package id.sentra.quality.production.web;

import org.jspecify.annotations.NullMarked;
