package org.feedbackstudio.core;

import java.io.Serializable;

/**
 * One run of an experiment, by position: the unit of work a sweep engine hands a thread or a cluster
 * task. Small and serialisable; the worker looks the run up in the experiment it rebuilt.
 */
public record RunTask(int condition, int point, int replicate) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The run's key in its condition's sweep.csv. */
    public String key() {
        return point + "/" + replicate;
    }
}
