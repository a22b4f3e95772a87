package id.sentra.quality.certificate;

import java.awt.image.BufferedImage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a certificate PDF as a person with a phone would: the first page as an image, its QR code decoded. */
final class CertificateReading {

    private CertificateReading() {
    }

    static String qrText(byte[] pdf) throws Exception {
        BufferedImage page;
        try (var document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 200);
        }
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
