/** The ministry's pages: import substitution by cluster and product family, with its Excel download. */
@NullMarked
package id.sentra.insight.web;

import org.jspecify.annotations.NullMarked;
