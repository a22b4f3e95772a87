package id.sentra.generator;

/**
 * The single sampling plan for a lot at ISO 2859-1 general inspection level II, AQL 1.0, normal inspection
 * (Table 1 code letter, Table 2-A with its arrows: up to 150 pieces the plan of letter E, n = 13, Ac 0, Re 1).
 */
record Sampling(String letter, int sample, int acceptance, int rejection) {

    static Sampling forLot(int lotSize) {
        if (lotSize <= 150) {
            return new Sampling("E", 13, 0, 1);
        }
        if (lotSize <= 500) {
            return new Sampling("H", 50, 1, 2);
        }
        if (lotSize <= 1200) {
            return new Sampling("J", 80, 2, 3);
        }
        return new Sampling("K", 125, 3, 4);
    }

    String text() {
        return "ISO 2859-1, level II, AQL 1.0, NORMAL: " + letter + ", n = " + sample + ", Ac " + acceptance + ", Re " + rejection;
    }
}
