/** Cross-cutting concerns every capability uses: accounts and access, audit trail, locale and page layout. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package id.sentra.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
