package dev.setpoint.runner.builtin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.jcodec.api.transcode.SinkImpl;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.encode.RateControl;
import org.jcodec.codecs.h264.io.model.SliceType;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.VideoEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.scale.ColorUtil;
import org.jcodec.scale.Transform;

/**
 * Encodes RGB frames as H.264 (jcodec, pure Java) in an MP4 at one fixed quantiser, in the
 * studio-range YUV that decoders assume. jcodec's {@code SequenceEncoder} feeds full-range YUV, which
 * decoders read as studio range (shifted colours), and quantises by a bit budget; a fixed fine
 * quantiser keeps the codec's loss small and equal at every level.
 */
final class H264Writer implements AutoCloseable {

    /** H.264 quantiser: 0 is lossless, 51 coarsest; 12 is visually transparent. */
    static final int QP = 12;

    private final SeekableByteChannel channel;
    private final SinkImpl sink;
    private final H264Encoder encoder = new H264Encoder(new FixedQp());
    private final Transform toYuv = ColorUtil.getTransform(ColorSpace.RGB, ColorSpace.YUV420);
    private final VideoCodecMeta meta;
    private final int fps;
    private int frame;

    H264Writer(Path file, int fps, int width, int height) throws IOException {
        this.channel = NIOUtils.writableChannel(file.toFile());
        this.sink = SinkImpl.createWithStream(channel, Format.MOV, Codec.H264, null);
        this.sink.init();
        this.fps = fps;
        this.meta = VideoCodecMeta.createSimpleVideoCodecMeta(new Size(width, height), ColorSpace.YUV420J);
    }

    void write(Picture rgb) throws IOException {
        Picture studio = Picture.create(rgb.getWidth(), rgb.getHeight(), ColorSpace.YUV420);
        toYuv.transform(rgb, studio);
        // The encoder accepts only the full-range label; the bitstream carries no range, so it is
        // the studio-range values that decoders see.
        Picture yuv = Picture.createPicture(rgb.getWidth(), rgb.getHeight(), studio.getData(), ColorSpace.YUV420J);
        ByteBuffer buffer = ByteBuffer.allocate(encoder.estimateBufferSize(yuv));
        VideoEncoder.EncodedFrame encoded = encoder.encodeFrame(yuv, buffer);
        sink.outputVideoPacket(
                Packet.createPacket(
                        encoded.getData(),
                        frame,
                        fps,
                        1,
                        frame,
                        encoded.isKeyFrame() ? Packet.FrameType.KEY : Packet.FrameType.INTER,
                        null),
                meta);
        frame++;
    }

    void finish() throws IOException {
        sink.finish();
        channel.close();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static final class FixedQp implements RateControl {
        @Override
        public int startPicture(Size size, int maxSize, SliceType type) {
            return QP;
        }

        @Override
        public int initialQpDelta() {
            return 0;
        }

        @Override
        public int accept(int bits) {
            return 0;
        }
    }
}
