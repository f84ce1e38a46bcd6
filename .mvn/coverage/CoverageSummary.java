import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Prints a module's line and branch coverage from JaCoCo's CSV report, in verify, on success too
 * (JaCoCo's check prints nothing when the gate holds). Run by the parent pom as a single-file
 * program: {@code java CoverageSummary.java <module> <jacoco.csv> <line minimum>}.
 */
class CoverageSummary {

    public static void main(String[] args) throws Exception {
        String module = args[0];
        Path csv = Path.of(args[1]);
        double minimum = Double.parseDouble(args[2]);
        if (!Files.exists(csv)) {
            return; // no test ran (-DskipTests, or the parent pom itself)
        }
        List<String> rows = Files.readAllLines(csv);
        List<String> header = Arrays.asList(rows.get(0).split(","));
        long[] lines = sum(rows, header.indexOf("LINE_MISSED"), header.indexOf("LINE_COVERED"));
        long[] branches = sum(rows, header.indexOf("BRANCH_MISSED"), header.indexOf("BRANCH_COVERED"));
        System.out.printf("Coverage of %s: lines %s, branches %s (gate: lines >= %.0f%%)%n",
                module, ratio(lines), ratio(branches), minimum * 100);
    }

    /** The missed and covered counts of every class row added up. */
    private static long[] sum(List<String> rows, int missedColumn, int coveredColumn) {
        long missed = 0;
        long covered = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            missed += Long.parseLong(cells[missedColumn]);
            covered += Long.parseLong(cells[coveredColumn]);
        }
        return new long[] {missed, covered};
    }

    private static String ratio(long[] missedAndCovered) {
        long total = missedAndCovered[0] + missedAndCovered[1];
        if (total == 0) {
            return "n/a (0 of 0)";
        }
        return String.format("%.1f%% (%d of %d)", 100.0 * missedAndCovered[1] / total, missedAndCovered[1], total);
    }
}
