package org.feedbackstudio.negotiation;

/**
 * Prices are whole cents on the inside, so that "a deal strictly between $10 and $20" is an exact
 * comparison and every price the dialogue shows is the price the game used.
 */
public final class Money {
    private Money() {
    }

    public static int cents(double dollars) {
        return (int) Math.round(dollars * 100.0);
    }

    public static double dollars(int cents) {
        return cents / 100.0;
    }

    /** "$17.50", "$15": whole dollars without decimals, the way people write prices. */
    public static String format(int cents) {
        StringBuilder sb = new StringBuilder(8);
        appendTo(sb, cents);
        return sb.toString();
    }

    public static void appendTo(StringBuilder sb, int cents) {
        if (cents < 0) {
            sb.append('-');
            cents = -cents;
        }
        sb.append('$').append(cents / 100);
        int rest = cents % 100;
        if (rest != 0) {
            sb.append('.');
            if (rest < 10) {
                sb.append('0');
            }
            sb.append(rest);
        }
    }
}
