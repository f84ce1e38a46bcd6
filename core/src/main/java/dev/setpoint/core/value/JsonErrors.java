package dev.setpoint.core.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * What went wrong reading JSON or YAML text, in the words of the text ("unexpected character ','
 * (line 1, column 5)"), never Jackson's: its messages name its classes, features and settings,
 * which mean nothing to whoever wrote the text. The parser's exceptions carry no more than a kind
 * and a location, so the message's fixed phrases are matched; anything unknown becomes a general
 * "not well-formed".
 */
public final class JsonErrors {

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.{1,40})");
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([^\"]*)\"");
    private static final Pattern CONTROL_CHARACTER =
            Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '(.{1,40})");
    private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");
    /** What a message of YAML's parser may say of Java; such a message is not passed on. */
    private static final Pattern INTERNALS =
            Pattern.compile("java\\.|jackson|fasterxml|snakeyaml|Feature|Constraints|`");

    private JsonErrors() {}

    /** The problem in plain words, with the line and column where the parser stopped. */
    public static String describe(JacksonException e, String format) {
        return what(e, format) + where(e.getLocation());
    }

    /** The problem in plain words, without a location; {@code format} is JSON or YAML. */
    public static String what(JacksonException e, String format) {
        String message = firstLine(e.getOriginalMessage());
        if (e instanceof UnexpectedEndOfInputException || message.startsWith("Unexpected end-of-input")) {
            return "the " + format + " ends before it is complete";
        }
        if (e instanceof StreamConstraintsException) {
            return limit(message);
        }
        if (message.startsWith("Trailing token")) {
            return "there is more after the " + format + " value: send one " + format + " document";
        }
        if (message.startsWith("Invalid numeric value: Leading zeroes")) {
            return "a number starts with a zero: write 7, not 07";
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Invalid exponent")) {
            return "a number is malformed";
        }
        if (message.startsWith("Invalid UTF-8")) {
            return "the text is not valid UTF-8";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "a string has an invalid escape: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX";
        }
        return matched(message, format);
    }

    private static String matched(String message, String format) {
        Matcher m = UNEXPECTED_CHARACTER.matcher(message);
        if (m.lookingAt()) {
            return "unexpected character '" + m.group(1) + "'" + expected(message);
        }
        if ((m = NON_NUMERIC.matcher(message)).lookingAt()) {
            return m.group(1) + " is not valid " + format + ": numbers are finite";
        }
        if ((m = UNRECOGNIZED_TOKEN.matcher(message)).lookingAt()) {
            String word = m.group(1).replaceAll("'?:.*", "");
            return "unexpected word '" + word + "': expected a string, number, array, object, true, false or null";
        }
        if ((m = DUPLICATE.matcher(message)).lookingAt()) {
            return "property '" + m.group(1) + "' is given twice";
        }
        if ((m = CONTROL_CHARACTER.matcher(message)).lookingAt()) {
            return "a string holds control character " + m.group(1) + " unescaped: write it as \\n, \\t or \\uXXXX";
        }
        if ((m = MALFORMED_NUMBER.matcher(message)).lookingAt()) {
            return "'" + m.group(1).replaceAll("[:'].*", "") + "' is not a number " + format + " can hold here";
        }
        return INTERNALS.matcher(message).find() || message.isBlank()
                ? "the " + format + " is not well-formed"
                : message.replaceAll("\\s+at \\[Source.*", "").strip();
    }

    /** Jackson's words after an unexpected character, as what the text should have had there. */
    private static String expected(String message) {
        if (message.contains("double-quote to start property name")
                || message.contains("double-quote to start field name")) {
            return ": expected a property name in double quotes";
        }
        if (message.contains("comma to separate Object entries")) {
            return ": expected ',' or '}'";
        }
        if (message.contains("comma to separate Array entries")) {
            return ": expected ',' or ']'";
        }
        if (message.contains("in numeric value")) {
            return " in a number";
        }
        if (message.contains("colon to separate")) {
            return ": expected ':'";
        }
        return message.contains("expected a valid value") || message.contains("expected a value")
                ? ": expected a string, number, array, object, true, false or null"
                : "";
    }

    /** A parser limit, with its number (the reader's own: the server's request mapper has other limits). */
    private static String limit(String message) {
        Matcher max = MAXIMUM.matcher(message);
        String most = max.find() ? max.group(1) : "the limit";
        if (message.startsWith("Number value length") || message.startsWith("Number length")) {
            return "a number has more digits than " + most;
        }
        if (message.contains("nesting depth")) {
            return "arrays and objects nest deeper than " + most + " levels";
        }
        if (message.startsWith("String value length")) {
            return "a string is longer than " + most + " characters";
        }
        if (message.startsWith("Name length")) {
            return "a property name is longer than " + most + " characters";
        }
        return "the document is longer than " + most + " characters";
    }

    private static String where(@Nullable TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
