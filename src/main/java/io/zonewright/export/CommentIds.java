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
        StringBuilder safe = new StringBuilder(id.length());
        boolean changed = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || SAFE_PUNCTUATION.indexOf(c) >= 0);
            safe.append(ok ? c : '_');
            changed |= !ok;
        }
        if (!changed && id.length() <= maxBytes) {
            return id;
        }
        if (safe.length() <= maxBytes && safe.equals(id)) {
            return id;
        }
        String digest = "~" + digest(id);
        return safe.substring(0, Math.min(safe.length(), maxBytes - digest.length())) + digest;
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
