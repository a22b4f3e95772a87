/** Certificate pages for the parties and the public verification page the QR code opens. */
@NullMarked
package id.sentra.quality.certificate.web;

import org.jspecify.annotations.NullMarked;
