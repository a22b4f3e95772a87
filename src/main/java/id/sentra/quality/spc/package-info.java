/** Statistical process control: X̄-R, X̄-S and individuals charts with their signals, and process capability. */
@NullMarked
package id.sentra.quality.spc;

import org.jspecify.annotations.NullMarked;
