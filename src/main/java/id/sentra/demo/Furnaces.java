package id.sentra.demo;

import java.util.Random;

import id.sentra.registry.Equipment;
import id.sentra.registry.FurnaceType;

/**
 * Sizes a furnace to the workshop that runs it: more workers, a larger charge and more heats a day.
 * Cupolas in Ceper melt 500–3,000 kg a heat one to four times a day; induction furnaces 250–1,000 kg
 * up to eight times; crucibles for aluminium and brass a few dozen to 150 kg.
 */
final class Furnaces {

    private Furnaces() {
    }

    static Equipment sized(FurnaceType type, int workforce, Random random) {
        return switch (type) {
            case CUPOLA -> Equipment.furnace(type, cupolaCharge(workforce, random), cupolaHeats(workforce, random));
            case INDUCTION -> Equipment.furnace(type, inductionCharge(workforce, random),
                    clamp(3 + workforce / 12 + random.nextInt(2), 2, 8));
            case CRUCIBLE -> Equipment.furnace(type, roundTo(25, clamp(30 + workforce * 3 + random.nextInt(40), 50, 150)),
                    3 + random.nextInt(4));
        };
    }

    private static int inductionCharge(int workforce, Random random) {
        return roundTo(50, clamp(150 + workforce * 12 + random.nextInt(200) - 100, 250, 1_000));
    }

    private static int cupolaCharge(int workforce, Random random) {
        int kg = 400 + workforce * 30 + random.nextInt(500) - 250;
        return clamp(roundTo(250, kg), 500, 3_000);
    }

    private static int cupolaHeats(int workforce, Random random) {
        int heats = 1 + (workforce >= 15 ? 1 : 0) + (workforce >= 35 ? 1 : 0);
        if (workforce >= 50 && random.nextInt(10) < 4) {
            heats++;
        }
        return clamp(heats, 1, 4);
    }

    private static int roundTo(int step, int value) {
        return Math.round(value / (float) step) * step;
    }

    private static int clamp(int value, int min, int max) {
        return Math.clamp(value, min, max);
    }
}
