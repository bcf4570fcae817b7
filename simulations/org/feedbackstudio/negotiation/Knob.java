package org.feedbackstudio.negotiation;

/** A parameter of a {@link Tactic} that feedback can change. */
public enum Knob {
    OPENING("opening offer", true),
    RESERVATION("walk-away price", true),
    EXPONENT("concession exponent", false),
    TIT_FOR_TAT("tit-for-tat share", false);

    private final String label;
    private final boolean price;

    Knob(String label, boolean price) {
        this.label = label;
        this.price = price;
    }

    public String label() {
        return label;
    }

    /** Whether the knob's value is a price in cents. */
    public boolean isPrice() {
        return price;
    }

    public double valueIn(Tactic tactic) {
        return switch (this) {
            case OPENING -> tactic.openingCents();
            case RESERVATION -> tactic.reservationCents();
            case EXPONENT -> tactic.exponent();
            case TIT_FOR_TAT -> tactic.titForTat();
        };
    }

    public Tactic set(Tactic tactic, double value) {
        return switch (this) {
            case OPENING -> tactic.withOpening((int) Math.round(value));
            case RESERVATION -> tactic.withReservation((int) Math.round(value));
            case EXPONENT -> tactic.withExponent(value);
            case TIT_FOR_TAT -> tactic.withTitForTat(value);
        };
    }
}
