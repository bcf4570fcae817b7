package org.feedbackstudio.negotiation;

import java.util.ArrayList;
import java.util.List;

/**
 * Who plays each role of a run: built-in, or a language model — the scenario's {@code model} block (name
 * empty) or one of its named {@code models}.
 *
 * @param sellerModel    whether a model plays the seller
 * @param buyerModel     whether a model plays the buyer
 * @param criticModel    whether a model is the critic
 * @param moderatorModel whether a model is the moderator (the built-in one then cross-checks it)
 * @param sellerName     the seller's model: a name from {@code models}, or empty for the {@code model} block
 * @param buyerName      the buyer's model, likewise
 * @param criticName     the critic's model, likewise
 * @param moderatorName  the moderator's model, likewise
 * @param promptFolder   a folder of edited prompts, or empty for the shipped ones
 * @param crossPlay      the models of a cross-play, by name from {@code models}, or empty for the improvement loop
 */
public record Roles(boolean sellerModel, boolean buyerModel, boolean criticModel, boolean moderatorModel,
                    String sellerName, String buyerName, String criticName, String moderatorName,
                    String promptFolder, List<String> crossPlay) {

    public Roles {
        crossPlay = List.copyOf(crossPlay);
    }
    /** The role names, in the order the studio and the inspector list them. */
    public static final List<String> ALL = List.of("seller", "buyer", "critic", "moderator");

    /** Every role built-in. */
    public static final Roles BUILT_IN = new Roles(false, false, false, false, "", "", "", "", "", List.of());

    /** Whether the run is a cross-play: every pairing of {@link #crossPlay} as seller × buyer. */
    public boolean isCrossPlay() {
        return !crossPlay.isEmpty();
    }

    /** Pairings of a cross-play, seller-major: pairing p is {@code crossPlay[p / n]} × {@code crossPlay[p % n]}. */
    public int pairings() {
        return crossPlay.size() * crossPlay.size();
    }

    public String pairingSeller(int p) {
        return crossPlay.get(p / crossPlay.size());
    }

    public String pairingBuyer(int p) {
        return crossPlay.get(p % crossPlay.size());
    }

    public boolean anyModel() {
        return sellerModel || buyerModel || criticModel || moderatorModel;
    }

    public boolean negotiatorModel(Side side) {
        return side == Side.SELLER ? sellerModel : buyerModel;
    }

    public boolean isModel(String role) {
        return switch (role) {
            case "seller" -> sellerModel;
            case "buyer" -> buyerModel;
            case "critic" -> criticModel;
            case "moderator" -> moderatorModel;
            default -> throw new IllegalArgumentException("no role " + role);
        };
    }

    /** The model a role names: a name from {@code models}, or empty for the {@code model} block. */
    public String modelName(String role) {
        return switch (role) {
            case "seller" -> sellerName;
            case "buyer" -> buyerName;
            case "critic" -> criticName;
            case "moderator" -> moderatorName;
            default -> throw new IllegalArgumentException("no role " + role);
        };
    }

    /** The roles a model plays, in {@link #ALL}'s order. */
    public List<String> modelRoles() {
        List<String> out = new ArrayList<>();
        for (String r : ALL) {
            if (isModel(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
