/** Which member IKM can make a product, ranked with reasons; and business-matching rounds between buyers and IKM. */
@NullMarked
package id.sentra.matching;

import org.jspecify.annotations.NullMarked;
