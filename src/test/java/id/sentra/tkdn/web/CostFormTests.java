package id.sentra.tkdn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.sentra.platform.FieldProblem;

/** How the cost form reads what a person typed before the cost rules judge it. */
class CostFormTests {

    private static CostForm oneLine(String unitPrice) {
        var line = new CostForm.LineForm();
        line.setItem("Besi kasar");
        line.setQuantity("1,5");
        line.setUnitPrice(unitPrice);
        var form = new CostForm();
        form.setLines(new ArrayList<>(List.of(line)));
        return form;
    }

    @Test
    void aNegativePriceIsReadSoThatTheCostRulesCanSayItMustBeAboveZero() {
        var problems = new ArrayList<FieldProblem>();

        var draft = oneLine("-5").toDraft(problems);

        assertThat(problems).isEmpty();
        assertThat(draft.lines().getFirst().unitPrice()).isEqualByComparingTo("-5");
    }

    @Test
    void wordsInANumberFieldAreReportedAgainstTheirRowAndField() {
        var problems = new ArrayList<FieldProblem>();

        oneLine("dua ribu").toDraft(problems);

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[0].unitPrice", "tkdn.error.number"));
    }

    @Test
    void aDecimalCommaIsReadAsTheDecimalSeparator() {
        var draft = oneLine("8800").toDraft(new ArrayList<>());

        assertThat(draft.lines().getFirst().quantity()).isEqualByComparingTo("1.5");
    }
}
