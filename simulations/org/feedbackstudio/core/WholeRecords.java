package org.feedbackstudio.core;

/** An output that gathers whole records (rows, lines) and can be told to hand them to its file now. */
public interface WholeRecords {
    /** Writes what has gathered, in one write; never a part of a record. */
    void flush();
}
