package org.feedbackstudio.creators;

import java.util.Arrays;

/** Every (user, item, label) the platform has recorded: 1 for a watch, 0 for a skip or a sampled negative. */
final class InteractionLog {
    private int size;
    private int[] users = new int[1024];
    private int[] items = new int[1024];
    private byte[] labels = new byte[1024];

    void add(int user, int item, boolean watched) {
        if (size == users.length) {
            int n = size * 2;
            users = Arrays.copyOf(users, n);
            items = Arrays.copyOf(items, n);
            labels = Arrays.copyOf(labels, n);
        }
        users[size] = user;
        items[size] = item;
        labels[size] = (byte) (watched ? 1 : 0);
        size++;
    }

    int size() {
        return size;
    }

    int user(int i) {
        return users[i];
    }

    int item(int i) {
        return items[i];
    }

    boolean watched(int i) {
        return labels[i] == 1;
    }

    long positives() {
        long n = 0;
        for (int i = 0; i < size; i++) {
            n += labels[i];
        }
        return n;
    }
}
