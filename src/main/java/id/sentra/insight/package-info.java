/** Cluster and national figures for the ministry: import substitution by cluster and product family. */
@NullMarked
package id.sentra.insight;

import org.jspecify.annotations.NullMarked;
