package id.sentra.registry.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;

/** Import files for tests, written the way a cooperative's spreadsheet would write them. */
public final class ImportFiles {

    public static final String HEADER = "nib,nama_usaha,pemilik,alamat,desa,kecamatan,kabupaten,provinsi,lintang,bujur,"
            + "tenaga_kerja,tahun_berdiri,proses,material,tungku,peralatan,sertifikasi,kapasitas_kg";

    private ImportFiles() {
    }

    /** A complete, valid CSV line for one member. */
    public static String row(String nib, String name) {
        return nib + ",CV " + name + ",Sutrisno,Jl. Batur 1,Batur,Ceper,Klaten,Jawa Tengah,-7.65,110.68,25,1988,"
                + "SAND_CASTING;MACHINING,GREY_IRON,CUPOLA:1500:4,LATHE:2,SNI:SNI 07-0636:2030-01-01,GREY_IRON:30000";
    }

    public static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook whose first sheet holds these rows from A1; a String or Number per cell, null for none. */
    public static byte[] xlsx(List<List<?>> rows) {
        try (var out = new ByteArrayOutputStream()) {
            var workbook = new Workbook(out, "SentraTest", "1.0");
            var sheet = workbook.newWorksheet("Anggota");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String nib(int prefix, int number) {
        return "%04d%09d".formatted(prefix, number);
    }
}
