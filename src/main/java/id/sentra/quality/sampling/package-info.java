/** Attribute sampling by ISO 2859-1 / ANSI/ASQ Z1.4 single sampling plans, with the switching rules between severities. */
@NullMarked
package id.sentra.quality.sampling;

import org.jspecify.annotations.NullMarked;
