package org.feedbackstudio.creators;

import org.feedbackstudio.core.Choice;
import org.feedbackstudio.core.ParameterValues;

import static org.feedbackstudio.creators.CreatorPlatformSimulator.*;

/** The parameters of one platform run, typed; the names match the scenario's parameter names. */
public record PlatformSettings(
        int rounds,
        int users,
        int creators,
        int genres,
        int maxNewItems,
        RecommenderKind recommender,
        RerankerKind reranker,
        double tradeoff,
        int slateSize,
        int recencyWindow,
        int retrainEvery,
        int rerankStart,
        int embeddingSize,
        double learningRate,
        int batchSize,
        int epochs,
        double userActivity,
        double interestWatch,
        double otherWatch,
        double leaveChance,
        CreatorPolicyKind creatorPolicy,
        boolean modelDriven,
        double creatorActivity,
        int leaveWindow,
        int leaveFrom,
        double modelShare,
        String promptFolder) {

    public static PlatformSettings from(ParameterValues v) {
        return new PlatformSettings(
                v.getInt(ROUNDS), v.getInt(USERS), v.getInt(CREATORS), v.getInt(GENRES), v.getInt(MAX_NEW_ITEMS),
                Choice.byId(RecommenderKind.class, v.get(RECOMMENDER)),
                Choice.byId(RerankerKind.class, v.get(RERANKER)),
                v.get(TRADEOFF), v.getInt(SLATE_SIZE), v.getInt(RECENCY_WINDOW), v.getInt(RETRAIN_EVERY),
                v.getInt(RERANK_START), v.getInt(EMBEDDING_SIZE), v.get(LEARNING_RATE), v.getInt(BATCH_SIZE),
                v.getInt(EPOCHS), v.get(USER_ACTIVITY), v.get(INTEREST_WATCH), v.get(OTHER_WATCH),
                v.get(LEAVE_CHANCE),
                Choice.byId(CreatorPolicyKind.class, v.get(CREATOR_POLICY)), v.get(CREATOR_MODE).equals("model"),
                v.get(CREATOR_ACTIVITY), v.getInt(LEAVE_WINDOW), v.getInt(LEAVE_FROM), v.get(MODEL_SHARE),
                v.get(PROMPT_FOLDER));
    }

    /** In model mode, how many creators the language model drives (the first ones by id); else 0. */
    public int modelCreators() {
        return modelDriven ? (int) Math.round(modelShare * creators) : 0;
    }
}
