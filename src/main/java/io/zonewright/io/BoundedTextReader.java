package io.zonewright.io;

import io.zonewright.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a design file as strict UTF-8 text, refusing directories, huge files and bytes that are not UTF-8
 * with a message a user can act on. Reading stops at the size limit, so a file that grows or lies about
 * its size cannot exhaust memory.
 */
final class BoundedTextReader {

    /** Far above the 20,000-service designs the tool is built for (about 10 MB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private BoundedTextReader() {
    }

    /** The name standard input goes by, in messages and as a file argument ({@code -}). */
    static final String STANDARD_INPUT = "-";

    /**
     * The text of the file (or of standard input for {@code -}), or an exception whose message is ready for
     * the user. Anything but a regular file is refused before it is opened: reading a FIFO or a device
     * would wait for a writer, or never end.
     */
    static String read(Path file) throws IOException, InputTooLargeException {
        if (file.toString().equals(STANDARD_INPUT)) {
            return bounded(System.in, file.toString());
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        }
        if (attributes.isDirectory()) {
            throw new IOException("is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException("is not a regular file (a FIFO, a device or a socket): give a design file, or - for standard input");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return bounded(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        }
    }

    private static String bounded(InputStream in, String name) throws IOException, InputTooLargeException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InputTooLargeException("file is larger than " + (MAX_BYTES >> 20) + " MiB; refusing to read it");
        }
        return decode(bytes, name);
    }

    static String decode(byte[] bytes, String fileName) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new MalformedTextException(firstBadByte(bytes, fileName));
        }
    }

    /** Locates the first byte that is not UTF-8, as line and column, by decoding up to it. */
    private static SourceLocation firstBadByte(byte[] bytes, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return SourceLocation.of(fileName, line, column);
    }

    /** Text that is not UTF-8; carries where the first bad byte is. */
    static final class MalformedTextException extends IOException {
        private final transient SourceLocation location;

        MalformedTextException(SourceLocation location) {
            super("not UTF-8 text (first bad byte here); save the file as UTF-8");
            this.location = location;
        }

        SourceLocation location() {
            return location;
        }
    }
}
