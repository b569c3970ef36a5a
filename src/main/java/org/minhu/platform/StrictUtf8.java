package org.minhu.platform;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that bytes arriving in pieces are well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing past U+10FFFF), with the JDK's decoder set to report rather than replace.
 * The bytes of a character split across two pieces wait in a small buffer for the rest, so memory
 * stays bounded however long the body; the decoded text is thrown away.
 */
final class StrictUtf8 {

    private static final int CHUNK = 1024;

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // in write mode between calls: what it holds is the start of a character still to be completed
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private boolean ended;
    private boolean malformed;

    /** Checks the next byte of the stream. */
    void accept(int b) throws RequestBodyGuard.NotUtf8 {
        bytes.put((byte) b);
        decode(false);
    }

    /** Checks the next {@code length} bytes of the stream. */
    void accept(byte[] buffer, int offset, int length) throws RequestBodyGuard.NotUtf8 {
        int from = offset;
        int left = length;
        while (left > 0) {
            int n = Math.min(left, bytes.remaining());
            bytes.put(buffer, from, n);
            from += n;
            left -= n;
            decode(false);
        }
    }

    /** The stream has ended: a character still waiting for its last bytes is malformed. */
    void end() throws RequestBodyGuard.NotUtf8 {
        if (!ended) {
            decode(true);
            check(decoder.flush(chars.clear()));
            ended = true;
        }
    }

    private void decode(boolean endOfInput) throws RequestBodyGuard.NotUtf8 {
        check(CoderResult.UNDERFLOW);
        bytes.flip();
        CoderResult result;
        do {
            result = decoder.decode(bytes, chars.clear(), endOfInput);
        } while (result.isOverflow());
        check(result);
        bytes.compact();
    }

    // once malformed, always: a caller that reads on after the refusal is refused again
    private void check(CoderResult result) throws RequestBodyGuard.NotUtf8 {
        malformed |= result.isError();
        if (malformed) {
            throw new RequestBodyGuard.NotUtf8();
        }
    }
}
