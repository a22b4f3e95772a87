/** Deterministic demo data: the Ceper and Tegal clusters, their members, the buyers from the articles, their contracts and demo logins. */
@NullMarked
package id.sentra.demo;

import org.jspecify.annotations.NullMarked;
