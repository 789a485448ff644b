package io.zonewright.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Connection ids as rule comments carry them, so that an audit maps a deployed rule back to its
 * connection. Firewalls bound a comment's length (nft 128 bytes, iptables 255): a longer id keeps its
 * beginning and ends in a digest of the whole, the same on every export. Ids are made of letters, digits
 * and {@code . _ - > : / *}; anything else (never written by this program) would be replaced.
 */
public final class CommentIds {

    private CommentIds() {
    }

    private static final String SAFE_PUNCTUATION = "._-:/>*+=@,";

    public static String of(String id, int maxBytes) {
        boolean safe = true;
        for (int i = 0; i < id.length() && safe; i++) {
            safe = isSafe(id.charAt(i));
        }
        if (safe && id.length() <= maxBytes) {
            return id;
        }
        StringBuilder folded = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            folded.append(isSafe(id.charAt(i)) ? id.charAt(i) : '_');
        }
        String digest = "~" + digest(id);
        return folded.substring(0, Math.min(folded.length(), maxBytes - digest.length())) + digest;
    }

    private static boolean isSafe(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || SAFE_PUNCTUATION.indexOf(c) >= 0);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
