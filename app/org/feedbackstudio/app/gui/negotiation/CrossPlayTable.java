package org.feedbackstudio.app.gui.negotiation;

import org.feedbackstudio.negotiation.NegotiationDetail;
import org.feedbackstudio.negotiation.Pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cross-play table as the studio shows it, the paper's way: a row per seller model, a column per buyer
 * model, each cell the pairing's mean deal price and deal rate. Plain Java, so it is tested without JavaFX.
 */
final class CrossPlayTable {
    private CrossPlayTable() {
    }

    /** One cell: the price line and the deal line, or a dash while the pairing waits its turn. */
    record Cell(String seller, String buyer, String price, String deals, boolean played) {
    }

    /** The cells, seller-major, in the order the detail names the models; empty when the run is no cross-play. */
    static List<List<Cell>> rows(NegotiationDetail d) {
        List<List<Cell>> rows = new ArrayList<>();
        for (String seller : d.crossPlay()) {
            List<Cell> row = new ArrayList<>();
            for (String buyer : d.crossPlay()) {
                row.add(d.pairing(seller, buyer).map(CrossPlayTable::cell)
                        .orElse(new Cell(seller, buyer, "—", "not played yet", false)));
            }
            rows.add(row);
        }
        return rows;
    }

    static Cell cell(Pairing p) {
        String price = Double.isNaN(p.meanPrice()) ? "no deal" : String.format(Locale.ROOT, "$%.2f", p.meanPrice());
        String deals = String.format(Locale.ROOT, "deal rate %.2f (%d of %d)", p.dealRate(), p.deals(), p.games())
                + (p.noAnswers() > 0 ? ", " + p.noAnswers() + " unanswered" : "")
                + (p.disagreements() > 0 ? ", " + p.disagreements() + " moderator disagreements" : "");
        return new Cell(p.seller(), p.buyer(), price, deals, true);
    }

    /** How far the run is: "3 of 4 pairings, 10 games each". */
    static String progress(NegotiationDetail d) {
        int n = d.crossPlay().size() * d.crossPlay().size();
        return d.pairings().size() + " of " + n + " pairings, " + d.gamesPerRound() + " games each";
    }
}
