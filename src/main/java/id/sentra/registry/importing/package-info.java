/** Member import from .xlsx and .csv files, checked row by row before anything is saved, and the member list as .xlsx. */
@NullMarked
package id.sentra.registry.importing;

import org.jspecify.annotations.NullMarked;
