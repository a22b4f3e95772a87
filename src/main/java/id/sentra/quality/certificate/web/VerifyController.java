package id.sentra.quality.certificate.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.sentra.quality.certificate.CertificateVerifier;

/**
 * The public verification page the certificate's QR code opens: no sign-in, since whoever holds the paper (a
 * buyer's goods-in clerk, an auditor) must be able to check it. Shows the certificate as issued and the verdict.
 */
@Controller
class VerifyController {

    private final CertificateVerifier verifier;

    VerifyController(CertificateVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    String form() {
        return "certificate/verify";
    }

    @GetMapping("/verify/{number}")
    String byNumber(@PathVariable String number, Model model) {
        model.addAttribute("verification", verifier.byNumber(number));
        return "certificate/verify";
    }

    @PostMapping("/verify/{number}")
    String byCode(@PathVariable String number, @RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("verification", verifier.byCode(number, code));
        model.addAttribute("checked", "code");
        return "certificate/verify";
    }

    @PostMapping("/verify")
    String byPdf(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model) throws IOException {
        // No file chosen reads as an empty file: "not a readable certificate", never an error page.
        model.addAttribute("verification", verifier.byPdf(file == null ? new byte[0] : file.getBytes()));
        model.addAttribute("checked", "pdf");
        return "certificate/verify";
    }
}
