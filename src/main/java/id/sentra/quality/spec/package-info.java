/** The specification library's internals: the shipped grade tables, product specifications and their revisions, and who may see them. */
@NullMarked
package id.sentra.quality.spec;

import org.jspecify.annotations.NullMarked;
