package id.sentra.registry.importing;

import java.io.IOException;
import java.io.InputStream;

/** Reads an import file of one format into rows of text cells. */
interface MemberFileReader {

    /**
     * Reads the header and the non-blank data rows, stopping once more than {@code maxRows} are
     * seen, so that an oversized file is refused without being read to its end.
     *
     * @throws FileRefusedException when the content is empty or cannot be read in this format
     */
    MemberSheet read(InputStream content, int maxRows) throws IOException;
}
