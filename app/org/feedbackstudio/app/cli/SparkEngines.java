package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.SweepEngine;
import org.feedbackstudio.spark.SparkEngine;

import java.util.List;

/**
 * The one place the command line names Spark's engine: loaded only after Spark was found on the class
 * path, so a plain {@code java -jar} never touches a Spark class.
 */
final class SparkEngines {
    private SparkEngines() {
    }

    static SweepEngine create(String master, List<String> jars) {
        return new SparkEngine(master, jars);
    }
}
