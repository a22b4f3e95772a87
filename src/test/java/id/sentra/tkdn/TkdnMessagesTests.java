package id.sentra.tkdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message key the calculator hands out is translated in Indonesian and English. */
class TkdnMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"/messages-tkdn.properties", "/messages-tkdn_en.properties"})
    void everyKeyTheCalculatorProducesIsInTheBundle(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = TkdnMessagesTests.class.getResourceAsStream(bundle)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(producedKeys()).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    private static List<String> producedKeys() {
        List<String> keys = new ArrayList<>();
        Stream.of(Regulation.values()).map(Regulation::messageKey).forEach(keys::add);
        Stream.of(CostCategory.values()).map(CostCategory::messageKey).forEach(keys::add);
        Stream.of(CostKind.values()).map(CostKind::messageKey).forEach(keys::add);
        Stream.of(FactoryBasis.values()).map(FactoryBasis::messageKey).forEach(keys::add);
        Stream.of(BmpFactor.values()).map(BmpFactor::messageKey).forEach(keys::add);
        Stream.of(PartKind.values()).map(PartKind::messageKey).forEach(keys::add);
        Stream.of(Supply.values()).map(Supply::messageKey).forEach(keys::add);
        Stream.of(TenderVerdict.Verdict.values()).map(TenderVerdict.Verdict::messageKey).forEach(keys::add);
        Stream.of(ProcurementRung.values()).map(ProcurementRung::messageKey).forEach(keys::add);
        keys.addAll(ruleKeys());
        keys.addAll(List.of(Permenperin35.MINIMUM_APPLIED, BmpRules.CAPPED, "tkdn.error.product", "tkdn.error.noMaterial",
                "tkdn.error.item", "tkdn.error.quantity", "tkdn.error.unitPrice", "tkdn.error.certifiedLabour",
                "tkdn.error.certifiedPercent", "tkdn.error.bmpPercent", "tkdn.error.bmpFulfilment",
                "tkdn.error.bmpFactors2011"));
        return keys;
    }

    /** The rule key of every origin on every kind of line, under every factory basis and both regulations. */
    private static List<String> ruleKeys() {
        List<Origin> origins = List.of(Origin.imported(), Origin.domestic(), Origin.domesticFromImportedMaterial(),
                Origin.certified("50"));
        List<String> keys = new ArrayList<>();
        for (CostKind kind : CostKind.values()) {
            for (Origin origin : origins) {
                if (kind.category() == CostCategory.DIRECT_LABOUR && origin instanceof Origin.Certified) {
                    continue;
                }
                CostLine line = CostLine.of("x", kind, 1, origin);
                for (FactoryBasis basis : FactoryBasis.values()) {
                    keys.add(Permenperin35.credit(line, basis).ruleKey());
                }
                keys.add(Permenperin16.credit(line, BigDecimal.valueOf(100)).ruleKey());
                keys.add(Permenperin16.credit(line, BigDecimal.ZERO).ruleKey());
            }
        }
        return keys;
    }
}
