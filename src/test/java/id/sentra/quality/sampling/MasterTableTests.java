package id.sentra.quality.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole rows of the single sampling master tables, arrows already followed, written as
 * "n:Ac/Re" for each of the 26 AQLs from 0.010 to 1000. Transcribed from the resolved tables of the
 * R package AQLSchemes (J. Lawson, "An Introduction to Acceptance Sampling and SPC with R", 2021;
 * fork fjgonzalezmgt/AQLSchemesCust, R/AAZ14Single.R, which reproduces ANSI/ASQ Z1.4 = MIL-STD-105E
 * Tables II-A, II-B, II-C) and checked against the arrows of the MIL-STD-105E derived tables 1-A and
 * 1-B published by NIBS (www.nibs.org/FMOC/DPW_AC/AC-TABLE.ASC, AQL 0.65–15) and the row listings of
 * the MIL-STD-105E Table II-A reproduction (scribd "Tablas", page 18).
 */
class MasterTableTests {

    private static final String[] AQLS = {"0.010", "0.015", "0.025", "0.040", "0.065", "0.10", "0.15",
            "0.25", "0.40", "0.65", "1.0", "1.5", "2.5", "4.0", "6.5", "10", "15", "25", "40", "65", "100",
            "150", "250", "400", "650", "1000"};

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
            // Table II-A, normal. Row A: 0/1 at 6.5; AQL 10 in row A points to the first plan below (C).
            "NORMAL; A; 1250:0/1 800:0/1 500:0/1 315:0/1 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 5:0/1 3:0/1 2:0/1 5:1/2 3:1/2 2:1/2 2:2/3 2:3/4 2:5/6 2:7/8 2:10/11 2:14/15 2:21/22 2:30/31",
            "NORMAL; D; 1250:0/1 800:0/1 500:0/1 315:0/1 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 5:0/1 13:1/2 8:1/2 8:2/3 8:3/4 8:5/6 8:7/8 8:10/11 8:14/15 8:21/22 8:30/31 8:44/45 5:44/45 3:44/45",
            "NORMAL; J; 1250:0/1 800:0/1 500:0/1 315:0/1 200:0/1 125:0/1 80:0/1 50:0/1 125:1/2 80:1/2 80:2/3 80:3/4 80:5/6 80:7/8 80:10/11 80:14/15 80:21/22 50:21/22 32:21/22 20:21/22 13:21/22 13:30/31 13:44/45 8:44/45 5:44/45 3:44/45",
            "NORMAL; R; 1250:0/1 800:0/1 2000:1/2 2000:2/3 2000:3/4 2000:5/6 2000:7/8 2000:10/11 2000:14/15 2000:21/22 1250:21/22 800:21/22 500:21/22 315:21/22 200:21/22 125:21/22 80:21/22 50:21/22 32:21/22 20:21/22 13:21/22 13:30/31 13:44/45 8:44/45 5:44/45 3:44/45",
            // Table II-B, tightened. Row A has no 0/1 plan; code letter S (3150) only at AQL 0.025.
            "TIGHTENED; A; 2000:0/1 1250:0/1 800:0/1 500:0/1 315:0/1 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 5:0/1 3:0/1 8:1/2 5:1/2 3:1/2 2:1/2 2:2/3 2:3/4 2:5/6 2:8/9 2:12/13 2:18/19 2:27/28",
            "TIGHTENED; D; 2000:0/1 1250:0/1 800:0/1 500:0/1 315:0/1 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 20:1/2 13:1/2 8:1/2 8:2/3 8:3/4 8:5/6 8:8/9 8:12/13 8:18/19 8:27/28 8:41/42 5:41/42 3:41/42",
            "TIGHTENED; Q; 2000:0/1 1250:0/1 3150:1/2 2000:1/2 1250:1/2 1250:2/3 1250:3/4 1250:5/6 1250:8/9 1250:12/13 1250:18/19 800:18/19 500:18/19 315:18/19 200:18/19 125:18/19 80:18/19 50:18/19 32:18/19 20:18/19 13:18/19 13:27/28 13:41/42 8:41/42 5:41/42 3:41/42",
            "TIGHTENED; R; 2000:0/1 1250:0/1 3150:1/2 2000:1/2 2000:2/3 2000:3/4 2000:5/6 2000:8/9 2000:12/13 2000:18/19 1250:18/19 800:18/19 500:18/19 315:18/19 200:18/19 125:18/19 80:18/19 50:18/19 32:18/19 20:18/19 13:18/19 13:27/28 13:41/42 8:41/42 5:41/42 3:41/42",
            // Table II-C, reduced (with the gap between Ac and Re). Rows A, B and C all draw 2 items.
            "REDUCED; A; 500:0/1 315:0/1 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 5:0/1 3:0/1 2:0/1 2:0/1 2:0/1 2:0/2 2:0/2 2:1/2 2:2/3 2:3/4 2:5/6 2:7/8 2:10/11 2:14/15 2:21/22 2:30/31",
            "REDUCED; B; 500:0/1 315:0/1 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 5:0/1 3:0/1 2:0/1 2:0/1 2:0/1 2:0/2 2:0/2 2:1/3 2:2/4 2:3/5 2:5/6 2:7/8 2:10/11 2:14/15 2:21/22 2:30/31",
            "REDUCED; C; 500:0/1 315:0/1 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 5:0/1 3:0/1 2:0/1 2:0/1 3:0/2 2:0/2 2:1/3 2:1/4 2:2/5 2:3/6 2:5/8 2:7/10 2:10/13 2:14/17 2:21/24 2:30/31",
            "REDUCED; K; 500:0/1 315:0/1 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 80:0/2 50:0/2 50:1/3 50:1/4 50:2/5 50:3/6 50:5/8 50:7/10 50:10/13 32:10/13 20:10/13 13:10/13 8:10/13 5:10/13 5:14/17 5:21/24 3:21/24 2:21/24 2:30/31"})
    void resolvesEveryCellOfARowToThePublishedPlan(Severity severity, CodeLetter letter, String row) {
        String[] cells = row.split(" ");
        assertThat(cells).hasSize(AQLS.length);
        for (int i = 0; i < AQLS.length; i++) {
            SamplingPlan plan = SamplingPlans.plan(letter, Aql.of(AQLS[i]), severity, Integer.MAX_VALUE);
            assertThat(plan.sampleSize() + ":" + plan.acceptance() + "/" + plan.rejection())
                    .as("%s %s AQL %s", severity, letter, AQLS[i]).isEqualTo(cells[i]);
        }
    }

    @ParameterizedTest(name = "{1} AQL {2} {0}")
    @CsvSource({
            // Column checks of Table II-A: a down arrow moves to a new code letter and its sample size.
            "NORMAL, B, 6.5, A, 2, 0, 1",
            "NORMAL, B, 10, C, 5, 1, 2",
            "NORMAL, G, 0.65, F, 20, 0, 1",
            "NORMAL, G, 1.0, H, 50, 1, 2",
            "NORMAL, K, 0.15, J, 80, 0, 1",
            "NORMAL, K, 0.25, L, 200, 1, 2",
            "NORMAL, L, 1.0, L, 200, 5, 6",
            "NORMAL, F, 100, E, 13, 21, 22",
            "NORMAL, C, 1000, B, 3, 44, 45",
            "TIGHTENED, B, 6.5, B, 3, 0, 1",
            "TIGHTENED, C, 6.5, E, 13, 1, 2",
            "TIGHTENED, G, 1.0, J, 80, 1, 2",
            "TIGHTENED, F, 100, E, 13, 18, 19",
            "REDUCED, G, 0.65, F, 8, 0, 1",
            "REDUCED, H, 0.65, J, 32, 0, 2",
            "REDUCED, F, 100, E, 5, 10, 13"})
    void followsArrowsToTheFirstPlanInTheColumn(Severity severity, CodeLetter letter, String aql,
                                                CodeLetter used, int n, int ac, int re) {
        SamplingPlan plan = SamplingPlans.plan(letter, Aql.of(aql), severity, Integer.MAX_VALUE);

        assertThat(plan.codeLetter()).isEqualTo(used);
        assertThat(plan.indexedLetter()).isEqualTo(letter);
        assertThat(plan.sampleSize()).isEqualTo(n);
        assertThat(plan.acceptance()).isEqualTo(ac);
        assertThat(plan.rejection()).isEqualTo(re);
    }
}
