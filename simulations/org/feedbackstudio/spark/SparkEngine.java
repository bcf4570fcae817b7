package org.feedbackstudio.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Experiment;
import org.feedbackstudio.core.ExperimentReader;
import org.feedbackstudio.core.ExperimentWorker;
import org.feedbackstudio.core.RunRecord;
import org.feedbackstudio.core.RunTask;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.SweepEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.Iterator;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs an experiment's tasks on Apache Spark: each run is one Spark task (runs are grouped only past
 * {@link #MAX_PARTITIONS}), so a task whose executor is lost is simply run again by Spark elsewhere. The
 * tasks carry the resolved experiment as JSON and rebuild it on the executor, where {@link ExperimentWorker}
 * runs them exactly as a local thread would; records come back to the driver as each task finishes.
 *
 * <p>Spark is a provided dependency: this class is only loaded when Spark is on the class path (under
 * spark-submit, or in tests).
 */
public final class SparkEngine implements SweepEngine {
    /** Beyond this many runs, runs share tasks (each task rebuilds the experiment, so keep that rare). */
    static final int MAX_PARTITIONS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(SparkEngine.class);

    private final SparkConf conf;
    /** How long the last {@link #run} took to bring its Spark context up, in milliseconds. */
    private long startupMillis = -1;

    /**
     * @param master the master URL (local[4], spark://host:7077, yarn, k8s://…), or null to take the one
     *               spark-submit set
     * @param jars   jars the executors need that the cluster does not have (the application's own jar when
     *               not started by spark-submit); may be empty
     */
    public SparkEngine(String master, List<String> jars) {
        conf = new SparkConf().setAppName("Feedback Studio sweep");
        if (master != null) {
            conf.setMaster(master);
        }
        if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("no Spark master: give --spark MASTER or run under spark-submit --master");
        }
        if (!jars.isEmpty()) {
            List<String> all = new ArrayList<>();
            if (conf.contains("spark.jars") && !conf.get("spark.jars").isBlank()) {
                all.add(conf.get("spark.jars"));
            }
            all.addAll(jars);
            conf.set("spark.jars", String.join(",", all));
        }
        // Sweeps print their own progress; Spark's console bar would interleave with it.
        conf.set("spark.ui.showConsoleProgress", "false");
    }

    /** A setting for the Spark context, before {@link #run}. */
    public SparkEngine set(String key, String value) {
        conf.set(key, value);
        return this;
    }

    /** The time the last run spent starting its Spark context (ms), -1 before any run. */
    public long startupMillis() {
        return startupMillis;
    }

    @Override
    public String describe() {
        return "Spark " + conf.get("spark.master");
    }

    @Override
    public void run(Experiment experiment, List<RunTask> tasks, Consumer<RunRecord> onRecord, AtomicBoolean cancel)
            throws SweepEngineException {
        if (tasks.isEmpty() || cancel.get()) {
            return;
        }
        long t0 = System.nanoTime();
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            startupMillis = (System.nanoTime() - t0) / 1_000_000;
            LOG.info("Spark context on {} ready in {} ms", conf.get("spark.master"), startupMillis);
            int partitions = Math.min(tasks.size(), MAX_PARTITIONS);
            JavaRDD<RunTask> rdd = spark.parallelize(tasks, partitions);
            ClassTag<ArrayList<RunRecord>> tag = ClassTag$.MODULE$.apply(ArrayList.class);
            spark.sc().runJob(rdd.rdd(), new RunPartition(experiment.json()), new Deliver(onRecord), tag);
        } catch (RuntimeException e) {
            throw new SweepEngineException("the Spark job failed: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
        return t == e ? m : m + " (" + t + ")";
    }

    /** Runs on an executor: rebuilds the experiment from its JSON and runs the partition's tasks. */
    static final class RunPartition extends AbstractFunction1<Iterator<RunTask>, ArrayList<RunRecord>>
            implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String experimentJson;

        RunPartition(String experimentJson) {
            this.experimentJson = experimentJson;
        }

        @Override
        public ArrayList<RunRecord> apply(Iterator<RunTask> tasks) {
            Experiment experiment;
            try {
                experiment = new ExperimentReader(Catalog.standard()).read(experimentJson, "experiment.json", null);
            } catch (ScenarioException e) {
                // The driver read the same JSON; failing here means the executor has other simulators.
                throw new IllegalStateException("the executor cannot rebuild the experiment: " + e.getMessage(), e);
            }
            ExperimentWorker worker = new ExperimentWorker(experiment);
            ArrayList<RunRecord> records = new ArrayList<>();
            AtomicBoolean never = new AtomicBoolean();
            while (tasks.hasNext()) {
                records.add(worker.run(tasks.next(), never));
            }
            return records;
        }
    }

    /** Runs on the driver as each task's result arrives (one at a time). */
    static final class Deliver extends AbstractFunction2<Object, ArrayList<RunRecord>, BoxedUnit> {
        private final Consumer<RunRecord> onRecord;

        Deliver(Consumer<RunRecord> onRecord) {
            this.onRecord = onRecord;
        }

        @Override
        public BoxedUnit apply(Object partition, ArrayList<RunRecord> records) {
            records.forEach(onRecord);
            return BoxedUnit.UNIT;
        }
    }
}
