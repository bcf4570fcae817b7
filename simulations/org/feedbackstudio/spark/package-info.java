/**
 * Sweeps on Apache Spark. Spark is a provided dependency: nothing here is loaded unless Spark is on the
 * class path (spark-submit puts it there).
 */
package org.feedbackstudio.spark;
