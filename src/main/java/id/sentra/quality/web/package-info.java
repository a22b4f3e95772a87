/** Pages and API of the specification library: grades with their sources, product specifications and their revisions. */
@NullMarked
package id.sentra.quality.web;

import org.jspecify.annotations.NullMarked;
