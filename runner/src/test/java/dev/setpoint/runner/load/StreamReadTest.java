package dev.setpoint.runner.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamReadTest {

    private static final String TEXT = "data: {\"choices\": [{\"index\": 0, \"text\": \" a\"}]}";

    @Test
    void timesTheFirstTextAndTakesTheServersTokenCountFromTheUsage() {
        StreamRead read = new StreamRead(1_000);

        assertThat(read.line(": keep-alive comment", 1_500)).isFalse();
        assertThat(read.line("data: {\"choices\": [{\"index\": 0, \"text\": \"\"}]}", 1_800))
                .isFalse();
        assertThat(read.line(TEXT, 2_000)).isFalse();
        assertThat(read.line(TEXT, 3_000)).isFalse();
        assertThat(read.line("", 3_100)).isFalse();
        assertThat(read.line("data: {\"choices\": [], \"usage\": {\"completion_tokens\": 5}}", 3_200))
                .isFalse();
        assertThat(read.line("data: [DONE]", 3_300)).isTrue();

        assertThat(read.result(4_000)).isEqualTo(new RequestResult(1_000, 3_000, 5, null));
    }

    @Test
    void withoutUsageEveryChunkWithTextIsOneTokenAndChatDeltasCount() {
        StreamRead read = new StreamRead(0);
        read.line("data: {\"choices\": [{\"delta\": {\"content\": \"Hi\"}}]}", 10);
        read.line("data: {\"choices\": [{\"delta\": {\"role\": \"assistant\"}}]}", 15);
        read.line(TEXT, 20);
        read.line("data:[DONE]", 30);

        RequestResult result = read.result(30);

        assertThat(result.tokens()).isEqualTo(2);
        assertThat(result.ttftNanos()).isEqualTo(10);
        assertThat(result.tpotMillis()).isEqualTo(20 / 1e6);
    }

    @Test
    void anErrorEventFailsTheRequestWithTheServersWords() {
        StreamRead read = new StreamRead(0);
        read.line(TEXT, 1);

        assertThat(read.line("data: {\"error\": {\"message\": \"out of KV cache\"}}", 2))
                .isTrue();
        assertThat(read.result(3).error()).isEqualTo("the server sent an error: {\"message\":\"out of KV cache\"}");
    }

    @Test
    void aChunkThatIsNotAJsonObjectFailsTheRequestQuotingIt() {
        StreamRead read = new StreamRead(0);

        assertThat(read.line("data: {not json", 1)).isTrue();
        assertThat(read.result(2).error()).isEqualTo("a chunk was not a JSON object: {not json");
        StreamRead array = new StreamRead(0);
        array.line("data: [1]", 1);
        assertThat(array.result(2).error()).isEqualTo("a chunk was not a JSON object: [1]");
        StreamRead longOne = new StreamRead(0);
        longOne.line("data: " + "x".repeat(300), 1);
        assertThat(longOne.result(2).error()).endsWith("x".repeat(200) + "...");
    }

    @Test
    void aStreamThatStopsEarlyOrCarriesNoTextFails() {
        StreamRead cut = new StreamRead(0);
        cut.line(TEXT, 1);
        StreamRead empty = new StreamRead(0);
        empty.line("data: [DONE]", 1);

        assertThat(cut.result(2)).isEqualTo(RequestResult.failed("the stream ended before data: [DONE]", 2));
        assertThat(empty.result(2).error()).isEqualTo("the stream carried no text");
        assertThat(empty.result(2).succeeded()).isFalse();
    }

    @Test
    void aOneTokenAnswerHasNoTimePerOutputToken() {
        assertThat(new RequestResult(1, 2, 1, null).tpotMillis()).isNaN();
    }
}
