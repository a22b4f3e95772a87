package id.sentra.registry.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A CSV file a cooperative can fill in: every column, and one example row that imports as it stands. */
public final class MemberFileTemplate {

    private static final String[] EXAMPLE = {
            "3310010000001", "CV Logam Jaya", "Sutrisno", "Jl. Raya Ceper No. 12", "Tegalrejo", "Ceper", "Klaten",
            "Jawa Tengah", "-7.6730", "110.6780", "25", "1988", "SAND_CASTING;MACHINING", "GREY_IRON;DUCTILE_IRON",
            "CUPOLA:1500:4;INDUCTION:500:6", "SPECTROMETER;LATHE:2",
            "ISO_9001:QMS-123:2027-05-31;SNI:SNI 07-0636:2028-01-01", "GREY_IRON:30000;DUCTILE_IRON:8000"};

    private MemberFileTemplate() {
    }

    public static String csv() {
        var out = new StringBuilder();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(Arrays.stream(Column.values()).map(Column::heading));
            printer.printRecord((Object[]) EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The column headings a file must have ({@code required}) or may have, in template order. */
    public static List<String> headings(boolean required) {
        return MemberColumns.headingsInOrder(required);
    }

    public static String filename() {
        return "sentra-anggota-contoh.csv";
    }
}
