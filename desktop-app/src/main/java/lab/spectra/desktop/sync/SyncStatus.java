package lab.spectra.desktop.sync;

import java.time.Instant;
import lab.spectra.desktop.update.UpdateAvailable;

/**
 * What the status bar shows: reachable or not, how many changes wait, when the last sync
 * finished, what is happening now (pushed x of y, pulled n rows) and how many problems wait to be
 * read, and the lab's newer bench release when there is one.
 *
 * @param waitingForSignIn pending changes whose author must sign in online before they can be sent
 * @param lastError        why the last attempt failed, in words for the bench; null after a success
 * @param fileBytesSent    while files go up: the bytes of this round's files the server has
 * @param fileBytesToSend  while files go up: the bytes of every file waiting at the round's start
 * @param live             whether the server's live-update stream is open: its changes arrive
 *                         within moments instead of at the next poll
 * @param update           the lab's newer bench release, offered quietly; null when there is none
 */
public record SyncStatus(
        Connectivity connectivity,
        Phase phase,
        int pending,
        int waitingForSignIn,
        int pushed,
        int toPush,
        long pulledRows,
        int openProblems,
        Instant lastSyncAt,
        String lastError,
        long fileBytesSent,
        long fileBytesToSend,
        boolean live,
        UpdateAvailable update) {

    public enum Connectivity {
        UNKNOWN,
        ONLINE,
        OFFLINE,
        /** Reachable, but answering with errors of its own (5xx). */
        SERVER_ERROR
    }

    public enum Phase {
        IDLE,
        PUSHING,
        PULLING,
        /** Raw files of rows already sent go up after the pull, in resumable parts. */
        SENDING_FILES
    }

    /** A status with no file transfer under way. */
    public SyncStatus(
            Connectivity connectivity,
            Phase phase,
            int pending,
            int waitingForSignIn,
            int pushed,
            int toPush,
            long pulledRows,
            int openProblems,
            Instant lastSyncAt,
            String lastError) {
        this(
                connectivity,
                phase,
                pending,
                waitingForSignIn,
                pushed,
                toPush,
                pulledRows,
                openProblems,
                lastSyncAt,
                lastError,
                0,
                0,
                false,
                null);
    }

    /** A status without live updates (none are open). */
    public SyncStatus(
            Connectivity connectivity,
            Phase phase,
            int pending,
            int waitingForSignIn,
            int pushed,
            int toPush,
            long pulledRows,
            int openProblems,
            Instant lastSyncAt,
            String lastError,
            long fileBytesSent,
            long fileBytesToSend) {
        this(
                connectivity,
                phase,
                pending,
                waitingForSignIn,
                pushed,
                toPush,
                pulledRows,
                openProblems,
                lastSyncAt,
                lastError,
                fileBytesSent,
                fileBytesToSend,
                false,
                null);
    }

    public static SyncStatus initial(int pending, int openProblems, Instant lastSyncAt) {
        return new SyncStatus(Connectivity.UNKNOWN, Phase.IDLE, pending, 0, 0, 0, 0, openProblems, lastSyncAt, null);
    }

    SyncStatus with(Connectivity newConnectivity, Phase newPhase) {
        return new SyncStatus(
                newConnectivity,
                newPhase,
                pending,
                waitingForSignIn,
                pushed,
                toPush,
                pulledRows,
                openProblems,
                lastSyncAt,
                lastError,
                0,
                0,
                live,
                update);
    }

    SyncStatus pushing(int newPushed, int newToPush) {
        return new SyncStatus(
                connectivity,
                Phase.PUSHING,
                pending,
                waitingForSignIn,
                newPushed,
                newToPush,
                pulledRows,
                openProblems,
                lastSyncAt,
                lastError,
                0,
                0,
                live,
                update);
    }

    SyncStatus pulling(long newPulledRows) {
        return new SyncStatus(
                connectivity,
                Phase.PULLING,
                pending,
                waitingForSignIn,
                pushed,
                toPush,
                newPulledRows,
                openProblems,
                lastSyncAt,
                lastError,
                0,
                0,
                live,
                update);
    }

    SyncStatus counts(int newPending, int newWaitingForSignIn, int newOpenProblems) {
        return new SyncStatus(
                connectivity,
                phase,
                newPending,
                newWaitingForSignIn,
                pushed,
                toPush,
                pulledRows,
                newOpenProblems,
                lastSyncAt,
                lastError,
                fileBytesSent,
                fileBytesToSend,
                live,
                update);
    }

    SyncStatus finished(Connectivity newConnectivity, Instant newLastSyncAt, String error) {
        return new SyncStatus(
                newConnectivity,
                Phase.IDLE,
                pending,
                waitingForSignIn,
                pushed,
                toPush,
                pulledRows,
                openProblems,
                newLastSyncAt,
                error,
                0,
                0,
                live,
                update);
    }

    SyncStatus sendingFiles(long sent, long toSend) {
        return new SyncStatus(
                connectivity,
                Phase.SENDING_FILES,
                pending,
                waitingForSignIn,
                pushed,
                toPush,
                pulledRows,
                openProblems,
                lastSyncAt,
                lastError,
                sent,
                toSend,
                live,
                update);
    }

    /** The same status with live updates open or not. */
    public SyncStatus withLive(boolean nowLive) {
        return new SyncStatus(
                connectivity,
                phase,
                pending,
                waitingForSignIn,
                pushed,
                toPush,
                pulledRows,
                openProblems,
                lastSyncAt,
                lastError,
                fileBytesSent,
                fileBytesToSend,
                nowLive,
                update);
    }

    /** The same status offering the lab's newer release, or nothing ({@code null}). */
    SyncStatus offering(UpdateAvailable newUpdate) {
        return new SyncStatus(
                connectivity,
                phase,
                pending,
                waitingForSignIn,
                pushed,
                toPush,
                pulledRows,
                openProblems,
                lastSyncAt,
                lastError,
                fileBytesSent,
                fileBytesToSend,
                live,
                newUpdate);
    }
}
