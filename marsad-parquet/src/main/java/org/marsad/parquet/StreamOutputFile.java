package org.marsad.parquet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Lets Parquet write to any output stream (a file, standard output): Parquet writes front to back and only needs
 * to know how many bytes it has written. Closing the Parquet writer closes the stream.
 */
final class StreamOutputFile implements OutputFile {

    private final OutputStream target;

    StreamOutputFile(OutputStream target) {
        this.target = target;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
        return new Counting(new BufferedOutputStream(target, 1 << 16));
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
        return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
        return false;
    }

    @Override
    public long defaultBlockSize() {
        return 0;
    }

    private static final class Counting extends PositionOutputStream {

        private final OutputStream out;
        private long position;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public long getPos() {
            return position;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            position += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
